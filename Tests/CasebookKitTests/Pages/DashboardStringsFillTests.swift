import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct DashboardStringsFillTests {
    @Test func placeholdersAreReplacedByTheirValues() {
        #expect(DashboardStrings.fill("{count} z {total} w {days} dni", [("count", "412"), ("total", "503"), ("days", "7")]) == "412 z 503 w 7 dni")
        #expect(DashboardStrings.fill("{a}{a} {b} {c}", [("a", "ż"), ("b", "")]) == "żż  {c}")
        #expect(DashboardStrings.fill("{{a}} {a", [("a", "1")]) == "{1} {a")
        #expect(DashboardStrings.fill("{a}", [("a", "1"), ("a", "2")]) == "1")
    }

    /// A value is put in as written: a client-type label "{days}" stays that text.
    @Test func valuesAreNeverReadForKeys() {
        #expect(DashboardStrings.fill("{label}: {days}", [("label", "{days}"), ("days", "7")]) == "{days}: 7")
        #expect(DashboardStrings.fill("{{a}}", [("a", "b"), ("b", "1")]) == "{b}")
    }

    /// The same rule written on Unicode scalars with the standard library's searching.
    static func reference(_ text: String, _ values: [(String, String)]) -> String {
        var out = String.UnicodeScalarView(), rest = Substring(text).unicodeScalars
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(where: { $0 == "}" || $0 == "{" }), after[close] == "}",
               let value = values.first(where: { $0.0.unicodeScalars.elementsEqual(after[..<close]) }) {
                out += value.1.unicodeScalars
                rest = after[after.index(after: close)...]
            } else {
                out.append("{")
                rest = after
            }
        }
        out += rest
        return String(out)
    }

    @Test func agreesWithTheRuleOnAnyText() async {
        let pieces = ["{", "}", "a", "b", "ab", "{a}", "{b}", "{ab}", " ", "ą", "\u{301}", "{{", "}}", "x"]
        let values = ["1", "", "ż", "{a}", "}", "{b", "długi tekst"]
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...10),
                            Gen.int(in: 0...(values.count - 1)).array(of: 0...3)) { picks, chosen in
            let text = picks.map { pieces[$0] }.joined()
            let pairs = chosen.enumerated().map { index, pick in (["a", "b", "ab", "a"][index], values[pick]) }
            #expect(DashboardStrings.fill(text, pairs) == Self.reference(text, pairs), "\(text.debugDescription) \(pairs)")
        }
    }
}
