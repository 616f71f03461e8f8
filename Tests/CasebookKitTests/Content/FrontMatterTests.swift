import Testing
@testable import CasebookKit

@Suite struct FrontMatterTests {
    @Test func recordsWhereEachPartStarts() throws {
        let (matter, problem) = FrontMatter.split("---\na: 1\nb: 2\n---\n\nBody\n", file: "x.md")
        #expect(problem == nil)
        let m = try #require(matter)
        #expect(m.yaml == "a: 1\nb: 2")
        #expect(m.yamlLine == 2)
        #expect(m.bodyLine == 5)
        #expect(m.body == "\nBody\n")
    }

    @Test func toleratesBOMAndTrailingSpaces() {
        #expect(FrontMatter.split("\u{FEFF}--- \na: 1\n---\t\n", file: "x.md").0 != nil)
    }
}
