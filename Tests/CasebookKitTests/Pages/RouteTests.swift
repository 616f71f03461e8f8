import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct RouteTests {
    @Test(arguments: [
        ("index.html", "cases/index.html", "cases/index.html"),
        ("index.html", "index.html", "index.html"),
        ("cases/index.html", "index.html", "../index.html"),
        ("cases/index.html", "cases/late-parcel/index.html", "late-parcel/index.html"),
        ("cases/late-parcel/index.html", "playbooks/five-p/index.html", "../../playbooks/five-p/index.html"),
        ("cases/late-parcel/index.html", "cases/index.html", "../index.html"),
        ("cases/late-parcel/index.html", "cases/other/index.html", "../other/index.html"),
        ("cases/late-parcel/index.html", "cases/late-parcel/index.html", "index.html"),
        ("cases/by-tag/index.html", "assets/casebook.css", "../../assets/casebook.css"),
        ("tags/index.html", "tags/sad-urzad/index.html", "sad-urzad/index.html"),
    ])
    func linksRelatively(from: String, to: String, expected: String) {
        #expect(Route(path: from).relativeLink(to: Route(path: to)) == expected)
    }

    /// The link is worked out on bytes; it must be what splitting both paths into folders gives.
    @Test func linksAsSplittingIntoFoldersDoes() async {
        let parts = ["cases", "case", "a", "ab", "by-tag", "tags", "ż", "index.html", "casebook.css"]
        let path = Gen.int(in: 0...(parts.count - 1)).array(of: 1...4).map { $0.map { parts[$0] }.joined(separator: "/") }
        await propertyCheck(count: 1_000, input: path, path) { from, to in
            #expect(Route(path: from).relativeLink(to: Route(path: to)) == Self.componentLink(from: from, to: to), "\(from) → \(to)")
        }
    }

    /// The link as it was first written, on path components, kept as the reference.
    static func componentLink(from: String, to: String) -> String {
        let folders = Array(from.split(separator: "/").dropLast())
        let target = to.split(separator: "/")
        var shared = 0
        while shared < folders.count, shared < target.count - 1, folders[shared] == target[shared] { shared += 1 }
        return (Array(repeating: "..", count: folders.count - shared) + target[shared...].map(String.init)).joined(separator: "/")
    }

    @Test func notFoundLinksAreAbsoluteFromTheBasePath() {
        let links = LinkBase(route: .notFound, style: .absolute(basePath: "/intranet/"))
        #expect(links.href(.forCase(slug: "a")) == "/intranet/cases/a/index.html")
        #expect(links.href(.stylesheet) == "/intranet/assets/casebook.css")
        #expect(LinkBase(route: .notFound, style: .absolute(basePath: "/")).href(.home) == "/index.html")
    }

    @Test func pagesUsePrettyURLs() {
        #expect(Route.forCase(slug: "late-parcel").path == "cases/late-parcel/index.html")
        #expect(Route.forPlaybook(slug: "five-p").path == "playbooks/five-p/index.html")
        #expect(Route.forTag(slug: "sad-urzad").path == "tags/sad-urzad/index.html")
        #expect(Route.notFound.path == "404.html")
    }
}
