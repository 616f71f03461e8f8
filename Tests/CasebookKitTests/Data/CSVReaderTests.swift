import Testing
@testable import CasebookKit

@Suite struct CSVReaderTests {
    /// Every step of reading `text`, as "line: field|field" or "line:column: issue".
    static func read(_ bytes: [UInt8], delimiter: UInt8? = nil, chunkSize: Int = 1 << 20) -> [String] {
        let reader = CSVReader(source: MemoryByteSource(bytes, chunkSize: chunkSize), delimiter: delimiter,
                               chunkSize: chunkSize)
        var steps: [String] = []
        while true {
            switch reader.next() {
            case .record(let record): steps.append("\(record.line): " + record.strings.joined(separator: "|"))
            case .issue(let issue): steps.append("\(issue.line):\(issue.column.map(String.init) ?? "-"): \(issue.message)")
            case .end: return steps
            }
        }
    }

    static func read(_ text: String, delimiter: UInt8? = nil, chunkSize: Int = 1 << 20) -> [String] {
        read(Array(text.utf8), delimiter: delimiter, chunkSize: chunkSize)
    }

    @Test func plainRecordsWithLineNumbers() {
        #expect(Self.read("a,b\n1,2\n3,4\n") == ["1: a|b", "2: 1|2", "3: 3|4"])
        #expect(Self.read("a,b\n1,2") == ["1: a|b", "2: 1|2"])
    }

    @Test func byteOrderMarkIsIgnored() {
        #expect(Self.read([0xEF, 0xBB, 0xBF] + Array("id,name\n1,x\n".utf8)) == ["1: id|name", "2: 1|x"])
    }

    @Test func crlfAndLoneCRLineEnds() {
        #expect(Self.read("a,b\r\n1,2\r\n3,4\r\n") == ["1: a|b", "2: 1|2", "3: 3|4"])
        #expect(Self.read("a,b\r1,2\r3,4") == ["1: a|b", "2: 1|2", "3: 3|4"])
    }

    @Test func blankLinesAreSkippedButCounted() {
        #expect(Self.read("a,b\n\n1,2\r\n\r\n3,4\n\n") == ["1: a|b", "3: 1|2", "5: 3|4"])
    }

    @Test func quotedFieldsKeepDelimitersQuotesAndLineBreaks() {
        let text = "id,text,n\n1,\"a, b\",2\n2,\"say \"\"hi\"\"\",3\n3,\"two\r\nlines\nhere\",4\n4,\"lone\rcr\",5\n5,\"\",6\n"
        #expect(Self.read(text) == [
            "1: id|text|n", "2: 1|a, b|2", "3: 2|say \"hi\"|3", "4: 3|two\r\nlines\nhere|4", "7: 4|lone\rcr|5", "8: 5||6",
        ])
    }

    @Test func emptyFieldsAndTrailingDelimiter() {
        #expect(Self.read("a,b,c\n,,\n1,,\n") == ["1: a|b|c", "2: ||", "3: 1||"])
        #expect(Self.read("a,b\n1,") == ["1: a|b", "2: 1|"])
    }

    @Test(arguments: [
        ("a;b;c\n1,5;2;3\n", "2: 1,5|2|3"),
        ("a\tb\tc\n1,5\t2;x\t3\n", "2: 1,5|2;x|3"),
        ("a,b;c\n1;2,3\n", "2: 1;2|3"),
        ("\"x;y;z\",b\n1,2\n", "2: 1|2"),
    ])
    func delimiterIsDetectedFromTheHeader(text: String, secondRow: String) {
        #expect(Self.read(text)[1] == secondRow)
    }

    @Test func fixedDelimiterIsNotDetected() {
        #expect(Self.read("a;b\n1;2\n", delimiter: UInt8(ascii: ",")) == ["1: a;b", "2: 1;2"])
    }

    @Test func raggedRowNamesBothCounts() {
        #expect(Self.read("a,b,c\n1,2\n1,2,3,4\n5,6,7\n") == [
            "1: a|b|c",
            "2:3: row has 2 fields, but the header has 3",
            "3:4: row has 4 fields, but the header has 3",
            "4: 5|6|7",
        ])
    }

    @Test func unterminatedQuoteIsReportedWhereItOpened() {
        #expect(Self.read("a,b\n1,2\n3,\"open\nmore\n4,5\n") == [
            "1: a|b", "2: 1|2", "3:2: unterminated quote: the quote that opens this field is never closed",
        ])
    }

    @Test func textAfterClosingQuoteSpoilsOnlyThatRow() {
        #expect(Self.read("a,b\n\"x\"y,1\n2,3\n") == [
            "1: a|b", "2:1: unexpected text after the closing quote of a quoted field", "3: 2|3",
        ])
    }

    @Test func invalidUTF8IsReportedWithItsColumn() {
        let bytes = Array("a,b\n1,za\u{17C}\u{F3}\u{142}\u{107}\n2,".utf8) + [0xB3, 0x61] + Array("\n3,\u{17A}\n".utf8)
        #expect(Self.read(bytes) == ["1: a|b", "2: 1|zażółć", "3:2: text is not valid UTF-8 (byte offset 19)", "4: 3|ź"])
    }

    @Test func utf8Validation() {
        func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(UTF8Validation.isValid) }
        #expect(valid(Array("ąęł €𝄞".utf8)))
        #expect(!valid([0xC0, 0xAF]))  // overlong
        #expect(!valid([0xED, 0xA0, 0x80]))  // surrogate
        #expect(!valid([0xF4, 0x90, 0x80, 0x80]))  // past U+10FFFF
        #expect(!valid([0xE2, 0x82]))  // truncated
        #expect(!valid([0x80]))
    }

    /// Every chunk size from 1 byte up must give the same steps as reading the file at once.
    @Test func recordsSpanningChunkBoundaries() {
        let text = "\u{FEFF}id;text;amount\r\n1;\"a;\"\"b\"\"\r\nc\";12,5\r\n2;zażółć;3\r\n\r\n3;\"\";\r\n4;x\"y;7\r\n5;\"q\"z;1\r\n6;\"unterminated\r\n"
        let whole = Self.read(text)
        #expect(whole == [
            "1: id|text|amount", "2: 1|a;\"b\"\r\nc|12,5", "4: 2|zażółć|3", "6: 3||", "7: 4|x\"y|7",
            "8:2: unexpected text after the closing quote of a quoted field",
            "9:2: unterminated quote: the quote that opens this field is never closed",
        ])
        for chunkSize in 1...40 {
            #expect(Self.read(text, chunkSize: chunkSize) == whole, "chunk size \(chunkSize)")
        }
    }

    @Test func wideRowsGrowTheFieldTable() {
        let header = (1...100).map { "c\($0)" }.joined(separator: ",")
        let row = (1...100).map { "\($0)" }.joined(separator: ",")
        let steps = Self.read(header + "\n" + row + "\n", chunkSize: 7)
        #expect(steps.count == 2)
        #expect(steps[1] == "2: " + (1...100).map { "\($0)" }.joined(separator: "|"))
    }

    @Test func emptyInput() {
        #expect(Self.read("") == [])
        #expect(Self.read([0xEF, 0xBB, 0xBF]) == [])
    }
}
