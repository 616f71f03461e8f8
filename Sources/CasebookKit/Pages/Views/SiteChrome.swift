/// What the layout template shows around every page: `<title>`, navigation, stylesheet, footer.
struct SiteChrome: Sendable {
    let lang: String
    let siteTitle: String
    /// The `<title>`: "Page · Site", or just the site title on the home page.
    let documentTitle: String
    /// `<meta name="description">`, shown when `hasDescription`.
    let description: String
    let hasDescription: Bool
    let homeHref: String
    let stylesheetHref: String
    let nav: [LinkItem]
}

/// The top-level navigation sections, to mark the current one.
enum NavSection: Sendable { case home, cases, playbooks, tags, none }
