import Testing
@testable import CasebookKit

/// Copies share one box until one is changed; a change must never show through another copy.
@Suite struct CopyOnWriteTests {
    @Test func changingACopyLeavesTheOthersAlone() {
        var first = CopyOnWrite(["a", "b"])
        var second = first
        second.value.append("c")
        #expect(first.value == ["a", "b"] && second.value == ["a", "b", "c"])
        first.value[0] = "z"
        #expect(first.value == ["z", "b"] && second.value == ["a", "b", "c"])
    }

    /// Tables of what is derived from a case are keyed by its identity: copies share it, and a
    /// changed copy must not (it would be shown with the original's tags).
    @Test func identityIsSharedUntilAChange() {
        let original = Case(title: "Reklamacja", date: LocalDate(year: 2026, month: 1, day: 5)!, slug: "reklamacja",
                            source: "cases/reklamacja.md")
        var copy = original
        #expect(copy.identity == original.identity)
        copy.tags = ["dostawa"]
        #expect(copy.identity != original.identity)
        #expect(original.tags.isEmpty)
    }

    @Test func aCaseIsAValue() {
        var original = Case(title: "Zwrot po 30 dniach", date: LocalDate(year: 2026, month: 3, day: 2)!, slug: "zwrot",
                            source: "cases/zwrot.md")
        original.tags = ["zwroty"]
        var copy = original
        copy.tags.append("gwarancja")
        copy.title = "Inny"
        copy.keyLocations["tags"] = SourceLocation(file: "cases/zwrot.md", line: 4, column: 7)
        #expect(original.tags == ["zwroty"] && original.title == "Zwrot po 30 dniach")
        #expect(original.location(ofKey: "tags") == SourceLocation(file: "cases/zwrot.md", line: 1, column: 1))
        #expect(copy.tags == ["zwroty", "gwarancja"] && copy.title == "Inny")
        #expect(copy.location(ofKey: "tags") == SourceLocation(file: "cases/zwrot.md", line: 4, column: 7))
    }
}
