/// What the layout template shows around every page: `<title>`, navigation, stylesheet, footer.
struct SiteChrome: Sendable {
    let lang: String
    let siteTitle: String
    /// The `<title>`: "Page — Site", or just the site title on the home page.
    let documentTitle: String
    /// `<meta name="description">`, shown when `hasDescription`.
    let description: String
    let hasDescription: Bool
    let homeHref: String
    let stylesheetHref: String
    let nav: [LinkItem]
}

/// A link with its label, and whether it points at the page being shown (`aria-current`).
struct LinkItem: Sendable {
    let label: String
    let href: String
    let isCurrent: Bool

    init(label: String, href: String, isCurrent: Bool = false) {
        self.label = label
        self.href = href
        self.isCurrent = isCurrent
    }
}

/// The top-level navigation sections, to mark the current one.
enum NavSection: Sendable { case home, cases, playbooks, tags, none }
