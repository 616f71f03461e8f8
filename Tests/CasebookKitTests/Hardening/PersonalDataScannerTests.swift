import PropertyBased
import Testing
@testable import CasebookKit

/// RODO: what counts as a customer's personal data in a write-up, and what only looks like it.
@Suite struct PersonalDataScannerTests {
    let scanner = PersonalDataScanner()

    func kinds(_ line: String) -> [String] {
        scanner.scan(line[...]).map { "\($0.kind.rawValue) \($0.masked) @\($0.column)" }
    }

    @Test(arguments: [
        ("Pisał z jan.kowalski@gmail.com wczoraj.", "e-mail address j***@***.com @9"),
        ("Tel. +48 600 123 456.", "phone number ********456 @6"),
        ("Tel. 0048 600123456", "phone number **********456 @6"),
        ("dzwonił: 600-123-456", "phone number ******456 @10"),
        ("biuro 22 123 45 67", "phone number ******567 @7"),
        ("komórka 512345678", "phone number ******678 @9"),
        ("PESEL 44051401359", "PESEL ********359 @7"),
        ("NIP 526-000-12-46", "NIP *******246 @5"),
        ("NIP 5260001246", "NIP *******246 @5"),
        ("konto PL61 1090 1014 0000 0712 1981 2874", "bank account number ***********************874 @7"),
        ("konto 61109010140000071219812874", "bank account number ***********************874 @7"),
        ("karta 4111 1111 1111 1111", "payment card number *************111 @7"),
        ("Łódź, ul. Piotrkowska: ala@firma.pl", "e-mail address a***@***.pl @24"),
    ])
    func findsPersonalData(_ line: String, _ expected: String) {
        #expect(kinds(line) == [expected])
    }

    /// Same shapes with a wrong check digit or an impossible date, and the numbers a write-up is full of.
    @Test(arguments: [
        "PESEL 44051401358",                      // checksum off by one
        "PESEL 44133001350",                      // checksum fine, month 13 does not exist
        "NIP 5260001247",                         // checksum off by one
        "konto PL61 1090 1014 0000 0712 1981 2875", // mod 97 fails
        "karta 4111 1111 1111 1112",              // Luhn fails
        "zgłoszenie ZG-600123456 i zamówienie ZAM-1042",
        "otwarte 2026-03-02 10:00, zamknięte 2026-03-05 09:00",
        "kwota 1234,56 zł, 3 dni, 45 minut, 100.00",
        "numer 123456789",                         // nine digits, not a mobile range nor grouped
        "adres @firma bez domeny, user@localhost",
    ])
    func ignoresLookAlikes(_ line: String) {
        #expect(kinds(line) == [])
    }

    @Test func markerOnTheLineAllowsIt() {
        let text = "---\ntitle: X\n---\nPisz na reklamacje@firma.pl <!-- casebook:allow-pii -->\nlub jan@gmail.com\n"
        #expect(scanner.diagnostics(for: text, file: "c.md").map(\.headline) == [
            "c.md:5:5: error: personal data in a case write-up: e-mail address j***@***.com; remove it (RODO); if it may be published, put <!-- casebook:allow-pii --> on the line or list it under privacy.allow in site.yml",
        ])
    }

    /// A Windows editor's line ends count as line ends: the finding is on line 5, and the marker
    /// on line 4 does not reach it.
    @Test func crlfLinesAreLinesToo() {
        let text = "---\r\ntitle: X\r\n---\r\nPisz na reklamacje@firma.pl <!-- casebook:allow-pii -->\r\nlub jan@gmail.com\r\n"
        #expect(scanner.diagnostics(for: text, file: "c.md").map(\.location?.line) == [5])
        #expect(scanner.diagnostics(for: text, file: "c.md").map(\.location?.column) == [5])
    }

    @Test func allowListMatchesWhateverTheSpacing() {
        let allowing = PersonalDataScanner(allowed: ["526-000-12-46", "Reklamacje@Firma.pl"])
        #expect(allowing.diagnostics(for: "NIP 5260001246, reklamacje@firma.pl", file: "c.md").isEmpty)
        #expect(allowing.diagnostics(for: "NIP 5260001246, jan@firma.pl", file: "c.md").count == 1)
    }

    @Test func frontMatterIsScannedToo() throws {
        let parser = CaseParser(clientTypes: [])
        let (item, diagnostics) = parser.parse("---\ntitle: Sprawa\ndate: 2026-03-02\nsummary: Klient 44051401359\n---\nTreść.\n",
                                               file: "c.md", defaultSlug: "c")
        #expect(item == nil)
        #expect(diagnostics.map(\.headline).first?.hasPrefix("c.md:4:17: error: personal data in a case write-up: PESEL ********359;") == true,
                "\(diagnostics.map(\.headline))")
    }

    /// Numbers with fewer digits than `fewestDigits` are passed over without their digits being
    /// kept; that is only right while no kind is found in fewer, whatever the grouping and prefix.
    @Test func noKindIsFoundInFewerDigitsThanTheScanSkips() {
        var groupings: [[Int]] = []
        for count in 1..<PersonalDataScanner.fewestDigits {
            let shapes: [[Int]] = [[count], [1, count - 1], [count / 2, count - count / 2], [2, 2, count - 4], [3, 3, count - 6]]
            groupings += shapes.filter { shape in shape.allSatisfy { $0 > 0 } }
        }
        let bytes: [UInt8] = []
        bytes.withUnsafeBufferPointer { empty in
            for groups in groupings {
                for first in 0...9 {
                    let digits = (0..<groups.reduce(0, +)).map { ($0 * 7 + first) % 10 }
                    for (plus, country) in [(false, false), (true, false), (false, true)] {
                        let number = PersonalDataScanner.Number(digits: digits, groups: groups, prefixStart: 0, end: 0, plus: plus, countryPL: country)
                        #expect(scanner.classify(number, in: empty) == nil, "\(digits) \(groups)")
                    }
                }
            }
        }
        #expect(scanner.scan("Zadzwoń: 601 234 567, kod 12-345, kwota 1 249,00 zł").map(\.kind) == [.phone])
    }

    /// The word test that lets the scan pass over eight bytes must never miss a digit or an '@',
    /// wherever it sits and whatever surrounds it (Polish letters' UTF-8 included).
    @Test func wordTestNeverMissesADigitOrAnAt() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...255).array(of: 8...8)) { bytes in
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            if bytes.contains(where: { (0x30...0x39).contains($0) || $0 == 0x40 }) {
                #expect(PersonalDataScanner.hasDigitOrAt(word), "\(bytes)")
            }
        }
        for value in 0...255 {
            for position in 0..<8 {
                for filler: UInt64 in [0, 0x2020_2020_2020_2020, 0xC5C5_C5C5_C5C5_C5C5, 0x7F7F_7F7F_7F7F_7F7F, 0x4141_4141_4141_4141] {
                    let shift = UInt64(8 * position)
                    let word = (filler & ~(0xFF << shift)) | UInt64(value) << shift
                    let isDigitOrAt = (0x30...0x39).contains(value) || value == 0x40
                    if isDigitOrAt { #expect(PersonalDataScanner.hasDigitOrAt(word)) }
                    if !isDigitOrAt && !(0x3A...0x3F).contains(value) && (filler == 0 || filler == 0x2020_2020_2020_2020) {
                        #expect(!PersonalDataScanner.hasDigitOrAt(word), "\(value) at \(position)")
                    }
                }
            }
        }
    }
}

