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

    /// A link from this route's page to `target`, relative so it works from any base path
    /// and from disk: `cases/a/index.html` → `playbooks/b/index.html` is `../../playbooks/b/index.html`.
    ///
    /// Worked on bytes: list pages write one link per row and tag, and splitting both paths into
    /// components each time was a fifteenth of the rendering time (1,000 cases).
    func relativeLink(to target: Route) -> String {
        var from = path, to = target.path
        return from.withUTF8 { from in to.withUTF8 { to in Self.relative(from: from, to: to) } }
    }

    private static func relative(from: UnsafeBufferPointer<UInt8>, to: UnsafeBufferPointer<UInt8>) -> String {
        let slash = UInt8(ascii: "/")
        // The folders both paths share end at the last `/` of their common prefix; only folders
        // can be shared, and a `/` in both at the same place ends the same folder in both.
        var shared = 0, index = 0
        while index < from.count, index < to.count, from[index] == to[index] {
            if from[index] == slash { shared = index + 1 }
            index += 1
        }
        var ups = 0
        for byte in from[shared...] where byte == slash { ups += 1 }
        let rest = to.count - shared
        return String(unsafeUninitializedCapacity: ups * 3 + rest) { buffer in
            var out = 0
            for _ in 0..<ups {
                buffer[out] = UInt8(ascii: "."); buffer[out + 1] = UInt8(ascii: "."); buffer[out + 2] = slash
                out += 3
            }
            for byte in to[shared...] { buffer[out] = byte; out += 1 }
            return out
        }
    }

    /// A link absolute from the site's base path (which begins and ends with `/`).
    func absoluteLink(basePath: String) -> String { basePath + path }
}
