import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct MarkdownLimitsTests {
    /// The word-at-a-time scan must find the paragraph the byte-at-a-time rule finds, at the same
    /// line and column (columns in characters), or none.
    @Test func scanAgreesWithTheRuleByteByByte() async {
        let pieces = ["[", String(repeating: "[", count: 60), String(repeating: "[x](y) ", count: 30), "\\[", "\\\\[", "\\",
                      "\n", "\n\n", " \t\n", "\r\n", " ", "ż", "zażółć gęślą", "abcdefghij", "]"]
        await propertyCheck(count: 1_500, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...120)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            let bytes = Array(text.utf8)
            let found = bytes.withUnsafeBufferPointer { MarkdownLimits.scan($0, file: "c.md", firstLine: 4) }
            let expected = Self.rule(bytes, firstLine: 4)
            #expect(found?.location?.line == expected?.line && found?.location?.column == expected?.column)
        }
    }

    @Test func errorIsPlacedAtTheBracketPastTheLimit() throws {
        let text = "wstęp\n\nżółw " + String(repeating: "[a] ", count: 300) + "\n" + String(repeating: "[b]", count: 300)
        let bytes = Array(text.utf8)
        let found = try #require(bytes.withUnsafeBufferPointer { MarkdownLimits.scan($0, file: "c.md", firstLine: 4) })
        let expected = try #require(Self.rule(bytes, firstLine: 4))
        #expect(found.location?.line == expected.line && found.location?.column == expected.column)
        #expect(expected.line == 7)
    }

    /// The rule as first written: one byte at a time, the column counted along.
    static func rule(_ bytes: [UInt8], firstLine: Int) -> (line: Int, column: Int)? {
        var line = firstLine, column = 0, brackets = 0, blank = true, escaped = false
        for byte in bytes {
            if byte & 0xC0 != 0x80 { column += 1 }
            switch byte {
            case UInt8(ascii: "\n"):
                if blank { brackets = 0 }
                line += 1
                column = 0
                blank = true
                escaped = false
                continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            case UInt8(ascii: "["):
                blank = false
                if !escaped { brackets += 1 }
                if brackets > MarkdownLimits.maxBracketsPerParagraph { return (line, column) }
            default:
                blank = false
            }
            escaped = byte == UInt8(ascii: "\\") && !escaped
        }
        return nil
    }
}
