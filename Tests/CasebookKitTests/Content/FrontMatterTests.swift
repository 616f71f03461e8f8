import PropertyBased
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

    /// The splitter works on bytes; it must cut exactly where a split on Characters cuts, with
    /// "\n", "\r\n" and a lone "\r" all ending a line.
    @Test func cutsWhereASplitOnCharactersCuts() async {
        let pieces = ["---", "...", "\n", "\r\n", "\r", " ", "\t", "a: 1", "é", "\u{FEFF}", "-", "\u{301}", "\u{600}"]
        await propertyCheck(count: 500, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...24)) { picks in
            let text = (picks.first.map { $0 % 2 == 0 } ?? false ? "---\n" : "") + picks.map { pieces[$0] }.joined()
            let (matter, problem) = FrontMatter.split(text, file: "x.md")
            let (expected, expectedProblem) = Self.characterSplit(text)
            #expect(matter == expected, "\(text.debugDescription)")
            #expect((problem == nil) == (expectedProblem == nil), "\(text.debugDescription)")
        }
    }

    /// The same without CR, so that most texts take the split made on the bytes as they are.
    @Test func cutsWhereASplitOnCharactersCutsWithoutCR() async {
        let pieces = ["---", "...", "\n", "\n", "\n", " ", "\t", "a: 1", "é", "\u{FEFF}", "-", "\u{301}", "\u{600}", "--- ", "...\t"]
        await propertyCheck(count: 1_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...24)) { picks in
            let text = (picks.first.map { $0 % 3 != 0 } ?? false ? (picks.count % 2 == 0 ? "\u{FEFF}---\n" : "---\n") : "") + picks.map { pieces[$0] }.joined()
            let (matter, problem) = FrontMatter.split(text, file: "x.md")
            let (expected, expectedProblem) = Self.characterSplit(text)
            #expect(matter == expected, "\(text.debugDescription)")
            #expect((problem == nil) == (expectedProblem == nil), "\(text.debugDescription)")
        }
    }

    /// The splitter as it was written on Characters, kept as the reference.
    static func characterSplit(_ text: String) -> (FrontMatter?, String?) {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })[...]
        func trimmed(_ line: Substring) -> Substring {
            var line = line
            while line.last == " " || line.last == "\t" { line = line.dropLast() }
            return line
        }
        guard let first = lines.first, trimmed(first.hasPrefix("\u{FEFF}") ? first.dropFirst() : first) == "---" else { return (nil, "open") }
        lines = lines.dropFirst()
        guard let close = lines.firstIndex(where: { let t = trimmed($0); return t == "---" || t == "..." }) else { return (nil, "close") }
        return (FrontMatter(yaml: lines[lines.startIndex..<close].joined(separator: "\n"), yamlLine: 2,
                            body: lines[(close + 1)...].joined(separator: "\n"), bodyLine: close + 2), nil)
    }
}
