/// A view model a page template reads; stored, display-ready properties only.
///
/// swift-mustache looks values up with `Mirror`, which sees stored properties but not computed
/// ones, and renders a missing key as nothing. So views hold finished strings, `Bool` flags
/// instead of optionals (a `nil` makes Mustache search the enclosing scopes for the same name),
/// and arrays for lists.
protocol PageView: Sendable {}

/// One HTML page of the site: where it goes, which template draws it, and what it shows.
struct Page: Sendable {
    let route: Route
    /// The template's name in the `TemplateSet`, e.g. `case` for `case.mustache`.
    let template: String
    /// What the layout shows on every page: title, navigation, stylesheet.
    let chrome: SiteChrome
    let view: any PageView
    /// What made this page, for diagnostics such as two pages claiming one path.
    let origin: PageOrigin
}

/// A page known by its path, template and origin before its view is built: the build checks
/// the paths of all pages first, then builds each view only to draw it and lets it go, so the
/// views of 10,000 case pages (some 160 MiB) are never all held at once.
struct PagePlan: Sendable {
    let route: Route
    let template: String
    let origin: PageOrigin
    /// Builds the page; its route, template and origin are the plan's.
    let make: @Sendable () -> Page

    init(route: Route, template: String, origin: PageOrigin, make: @escaping @Sendable () -> Page) {
        (self.route, self.template, self.origin, self.make) = (route, template, origin, make)
    }
}

/// The content file (or built-in page) a page comes from.
struct PageOrigin: Sendable {
    /// Names the page in a message, e.g. "case 'late-parcel'" or "the built-in tags index".
    let label: String
    /// Where to point the reader; `nil` for built-in pages.
    let location: SourceLocation?
    /// Advice printed when this page collides with another.
    let hint: String?

    init(label: String, location: SourceLocation? = nil, hint: String? = nil) {
        self.label = label
        self.location = location
        self.hint = hint
    }

    static func builtIn(_ name: String) -> PageOrigin { PageOrigin(label: "the built-in \(name)") }
}
