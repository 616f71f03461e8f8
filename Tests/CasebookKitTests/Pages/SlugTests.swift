import Testing
@testable import CasebookKit

@Suite struct SlugTests {
    @Test(arguments: [
        ("Opóźniona dostawa", "opozniona-dostawa"),
        ("ąćęłńóśźż", "acelnoszz"),
        ("ĄĆĘŁŃÓŚŹŻ", "acelnoszz"),
        ("Sąd & urząd", "sad-urzad"),
        ("  Boże   Narodzenie! ", "boze-narodzenie"),
        ("Café Müller", "cafe-muller"),
        ("zwrot-towaru", "zwrot-towaru"),
        ("RODO/2026", "rodo-2026"),
        ("???", ""),
    ])
    func makesSlugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func tagsDifferingInCaseOrDiacriticsAreOneTag() {
        #expect(Slug.tagKey("Opóźnienie") == Slug.tagKey("opoznienie"))
        #expect(Slug.tagKey("OPÓŹNIENIE") == Slug.tagKey(" opóźnienie "))
        #expect(Slug.tagKey("zwrot  towaru") == Slug.tagKey("Zwrot towaru"))
        #expect(Slug.tagKey("zwrot towaru") != Slug.tagKey("zwrot-towaru"))
    }

    @Test(arguments: [("late-parcel", true), ("a1", true), ("", false), ("../etc", false), ("Late", false), ("a/b", false)])
    func validatesGivenSlugs(slug: String, valid: Bool) {
        #expect(Slug.isValid(slug) == valid)
    }
}
