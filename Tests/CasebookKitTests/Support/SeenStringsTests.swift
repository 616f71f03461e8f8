import Testing
@testable import CasebookKit

@Suite struct SeenStringsTests {
    /// The answer must not depend on whether the array or the dictionary holds the entries: every
    /// repeat gets the first place, before and after the switch at 16 entries, for lists around it.
    @Test(arguments: [0, 1, 15, 16, 17, 40])
    func everyRepeatGetsItsFirstPlace(distinct: Int) {
        var seen = SeenStrings<Int>()
        for index in 0..<distinct { #expect(seen.insert("k\(index)", at: index) == nil) }
        for index in 0..<distinct { #expect(seen.insert("k\(index)", at: 1_000 + index) == index) }
        #expect(seen.insert("new", at: 7) == nil)
        #expect(seen.insert("new", at: 8) == 7)
    }

    @Test func withoutPlacesItTellsNewFromSeen() {
        var seen = SeenStrings<Void>()
        let inserted = ["a", "b", "a", "ą", "b", "a\u{301}", "á"].map { seen.insert($0) }
        // Swift's String equality is canonical: "a" + combining acute equals "á".
        #expect(inserted == [true, true, false, true, false, true, false])
    }
}
