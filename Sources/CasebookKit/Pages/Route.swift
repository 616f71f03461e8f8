/// Where one page or asset is written under the output folder, and how other pages link to it.
///
/// Every page is a directory with an `index.html` (pretty URLs), except the root `404.html`.
/// Links name `index.html` explicitly so the site also works opened from disk via `file://`.
struct Route: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Relative to the output folder, `/`-separated, e.g. `cases/late-parcel/index.html`.
    let path: String

    init(path: String) { self.path = path }

    var description: String { path }

    static func < (a: Route, b: Route) -> Bool { a.path < b.path }

    // MARK: - The site's routes

    static let home = Route(path: "index.html")
    static let notFound = Route(path: "404.html")
    static let cases = Route(path: "cases/index.html")
    static let casesByClientType = Route(path: "cases/by-client-type/index.html")
    static let casesByTag = Route(path: "cases/by-tag/index.html")
    static let playbooks = Route(path: "playbooks/index.html")
    static let tags = Route(path: "tags/index.html")
    static let stylesheet = Route(path: "assets/casebook.css")

    // The dashboards behind the overview (the home page).
    static let deadlines = Route(path: "reports/deadlines/index.html")
    static let retention = Route(path: "reports/retention/index.html")
    static let costs = Route(path: "reports/costs/index.html")
    static let refunds = Route(path: "reports/refunds/index.html")
    static let clientTypes = Route(path: "reports/client-types/index.html")
    static let agents = Route(path: "reports/agents/index.html")
    static let dataQuality = Route(path: "reports/data-quality/index.html")

    static func forCase(slug: String) -> Route { Route(path: "cases/\(slug)/index.html") }
    static func forPlaybook(slug: String) -> Route { Route(path: "playbooks/\(slug)/index.html") }
    static func forTag(slug: String) -> Route { Route(path: "tags/\(slug)/index.html") }

    // MARK: - Links

    /// The folders this route's file sits in, e.g. `["cases", "late-parcel"]`.
    var directories: [Substring] { Array(path.split(separator: "/").dropLast()) }

    /// A link from this route's page to `target`, relative so it works from any base path
    /// and from disk: `cases/a/index.html` → `playbooks/b/index.html` is `../../playbooks/b/index.html`.
    func relativeLink(to target: Route) -> String {
        let from = directories
        let to = target.path.split(separator: "/")
        var shared = 0
        // Only folders can be shared; the target's last component is its file name.
        while shared < from.count, shared < to.count - 1, from[shared] == to[shared] { shared += 1 }
        let up = Array(repeating: "..", count: from.count - shared)
        return (up + to[shared...].map(String.init)).joined(separator: "/")
    }

    /// A link absolute from the site's base path (which begins and ends with `/`).
    func absoluteLink(basePath: String) -> String { basePath + path }
}
