import Testing
@testable import CasebookKit

/// Inputs the frontmatter fuzz target (Fuzz/frontmatter.swift) found, kept so they stay fixed.
@Suite struct FrontMatterFuzzRegressionTests {
    /// A lone CR ends a line for YAML and cmark, so the split must count it too, or every line
    /// reported after it is off by one (the fuzzer's input had `\r\r\n` inside the YAML).
    @Test func countsALoneCarriageReturnAsALineEnd() throws {
        let (matter, problem) = FrontMatter.split("---\ntitle: x\r\r\ndate: 2026-01-05\n---\nBody\n", file: "x.md")
        #expect(problem == nil)
        let m = try #require(matter)
        #expect(m.yaml == "title: x\n\ndate: 2026-01-05")
        #expect(m.bodyLine == 6)
        #expect(m.body == "Body\n")
    }

    /// A file saved with classic Mac line ends (CR only) has front matter like any other.
    @Test func readsAFileWithOnlyCarriageReturns() throws {
        let (matter, problem) = FrontMatter.split("---\rtitle: x\r---\rBody\r", file: "x.md")
        #expect(problem == nil)
        let m = try #require(matter)
        #expect(m.yaml == "title: x")
        #expect(m.bodyLine == 4)
        #expect(m.body == "Body\n")
    }
}
