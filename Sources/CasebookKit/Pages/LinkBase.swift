/// How hrefs are written on one page: relative to the page itself, or (for the 404 page, which a
/// server shows at any URL) absolute from the site's base path.
struct LinkBase: Sendable {
    enum Style: Sendable { case relative, absolute(basePath: String) }

    /// The page the links are written on.
    let route: Route
    let style: Style

    static func relative(from route: Route) -> LinkBase { LinkBase(route: route, style: .relative) }

    /// The href of `target` as written on this page.
    func href(_ target: Route) -> String {
        switch style {
        case .relative: route.relativeLink(to: target)
        case .absolute(let basePath): target.absoluteLink(basePath: basePath)
        }
    }
}
