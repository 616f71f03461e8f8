import Testing
@testable import CasebookKit

@Suite struct CellParserTests {
    func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var text = text
        return text.withUTF8 { body(CellParser.trimmed($0)) }
    }

    @Test(arguments: [
        ("yes", true), ("no", false), ("YES", true), ("No", false),
        ("true", true), ("false", false), ("TRUE", true), ("False", false),
        ("1", true), ("0", false),
        ("tak", true), ("nie", false), ("Tak", true), ("NIE", false),
        (" yes ", true),
    ])
    func booleans(text: String, value: Bool) {
        #expect(withBytes(text, CellParser.bool) == value)
    }

    @Test(arguments: ["y", "n", "t", "2", "-1", "yess", "prawda", "fałsz", "on", "off", "10", ""])
    func notBooleans(text: String) {
        #expect(withBytes(text, CellParser.bool) == nil)
    }

    @Test(arguments: [("12", 12.0), ("12.5", 12.5), ("12,5", 12.5), ("0", 0), ("0,01", 0.01), ("-3.25", -3.25),
                      ("1234567.89", 1234567.89), ("007", 7), ("  42,0  ", 42),
                      ("12345678901234567.5", 12345678901234567.5)])
    func decimals(text: String, value: Double) {
        #expect(withBytes(text, CellParser.decimal) == value)
    }

    @Test func decimalCommaAndPointGiveTheSameDouble() {
        for text in ["0.1", "19.99", "1234.56", "0.3", "99999.995"] {
            let comma = text.replacingOccurrences(of: ".", with: ",")
            #expect(withBytes(text, CellParser.decimal) == Double(text))
            #expect(withBytes(comma, CellParser.decimal) == Double(text))
        }
    }

    @Test(arguments: ["1 234", "1.234,5", "1,234.5", "abc", "NaN", "nan", "inf", "-inf", "Infinity", ".5", "5.", ",5",
                      "1e3", "+5", "--5", "-", "1_000", "12 zł", "1\u{A0}234", ""])
    func notDecimals(text: String) {
        #expect(withBytes(text, CellParser.decimal) == nil)
    }

    @Test(arguments: [("5", 5), ("-5", -5), ("0", 0), ("007", 7)])
    func integers(text: String, value: Int) {
        #expect(withBytes(text, CellParser.integer) == value)
    }

    @Test(arguments: ["3.5", "3,0", "five", "1e2", "+1", "-", "1234567890123456789", ""])
    func notIntegers(text: String) {
        #expect(withBytes(text, CellParser.integer) == nil)
    }

    @Test func trimmingSpacesAndTabs() {
        #expect(withBytes(" \t x y \t", { String(decoding: $0, as: UTF8.self) }) == "x y")
        #expect(withBytes("   ", { $0.count }) == 0)
    }

    @Test func choicesIgnoreLetterCase() {
        let list = ChoiceList(["accepted", "rejected", "partial"])
        #expect(withBytes("Rejected", list.index(of:)) == 1)
        #expect(withBytes("PARTIAL", list.index(of:)) == 2)
        #expect(withBytes("reject", list.index(of:)) == nil)
        #expect(list.message("outcome", "x") == "outcome: unknown value 'x' (expected accepted, rejected or partial)")
    }

    @Test func internedStringsAreEqualToFreshOnes() {
        let interner = StringInterner(limit: 2)
        for text in ["Opóźniona dostawa", "Uszkodzony towar", "krótki", "Opóźniona dostawa", "Trzecia kategoria długa"] {
            #expect(withBytes(text, interner.string) == text)
        }
        // Short values are told apart by their bytes and length, whatever the padding or the
        // 16-byte prefix they share with longer ones.
        let short = StringInterner()
        let texts = ["", "a", "a\u{0}", "email", "e-mail", "telefon", "Marta W.", "Ewa S.", "abcdefghijklmnop",
                     "abcdefghijklmnopq", "abcdefghijklmnopr", "obsługa", "ż"]
        for _ in 0..<3 {
            for text in texts { #expect(withBytes(text, short.string) == text, "\(text.debugDescription)") }
        }
    }

    @Test func firstLineIndexInAndOutOfOrder() {
        var index = FirstLineIndex()
        #expect(index.insert("T-9", line: 2) == nil)
        #expect(index.insert("T-10", line: 3) == nil)  // shorter sorts first, so still in order
        #expect(index.insert("T-11", line: 4) == nil)
        #expect(index.insert("T-10", line: 5) == 3)  // out of order: switches to the table
        #expect(index.insert("A-1", line: 6) == nil)
        #expect(index.insert("T-9", line: 7) == 2)
        #expect(index.insert("A-1", line: 8) == 6)
        for i in 0..<5000 { #expect(index.insert("X\((i * 7919) % 5000)", line: 100 + i) == nil) }
        #expect(index.insert("X42", line: 9999) != nil)
    }
}
