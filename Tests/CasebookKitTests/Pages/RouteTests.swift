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
