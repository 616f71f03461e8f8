import Foundation
import PropertyBased
import Testing
import Yams
@testable import CasebookKit

/// The tree `YAMLComposer` builds from the budget's events must be the one Yams composes, and
/// whatever it does not take (or Yams rejects) must be left to Yams.
@Suite struct YAMLComposerTests {
    /// Every field the readers (or anyone) could look at, tags as written (unresolved) and marks included.
    static func dump(_ node: Node) -> String {
        switch node {
        case let .scalar(scalar):
            "S(\(scalar.string.debugDescription) tag=\(scalar.tag) \(scalar.style) @\(String(describing: scalar.mark)) \(String(describing: scalar.anchor)))"
        case let .sequence(sequence):
            "Q(tag=\(sequence.tag) \(sequence.style) @\(String(describing: sequence.mark)) [" + sequence.map(dump).joined(separator: ", ") + "])"
        case let .mapping(mapping):
            "M(tag=\(mapping.tag) \(mapping.style) @\(String(describing: mapping.mark)) {"
                + mapping.map { dump($0.key) + ": " + dump($0.value) }.joined(separator: ", ") + "})"
        case .alias:
            "alias"
        }
    }

    /// What the composer gives for `text`: `.some(tree)` when it took the document, `nil` when it left it to Yams.
    static func composed(_ text: String) -> Node?? {
        var composer = YAMLComposer()
        guard YAMLBudget.check(text, file: "x.yml", lineOffset: 0, composer: &composer) == nil else { return nil }
        return composer.document
    }

    static func check(_ text: String) {
        let yams = Result { try Yams.compose(yaml: text, .basic, .default, .utf8) }
        guard let mine = composed(text) else { return }
        switch yams {
        case let .success(expected):
            #expect(mine.map(dump) == expected.map(dump), "\(text.debugDescription)")
            #expect(mine == expected, "\(text.debugDescription)")
        case let .failure(error):
            Issue.record("composed a document Yams rejects (\(error)): \(text.debugDescription)")
        }
    }

    @Test func generatedDocumentsComposeAsYamsComposesThem() async {
        let lines = ["title: Zwrot towaru", "title: \"Zwrot \\\"pilny\\\"\"", "title: 'Łódź – ąę'", "title: Zwrot",
                     "tags: [płatność, email]", "tags: []", "tags: {}", "tags:", "  - a", "  - 'b c'", "- x", "  -", "    - głęboko",
                     "steps: {a: 1, b: [2, 3]}", "key: |", "  literal line", "  second", "key: >-", "  folded", "key: |+",
                     "a: &x 1", "b: *x", "c: !!str 5", "d: !custom x", "e: !!map {}", "---", "--- x", "...", "# komentarz", "",
                     "date: 2025-01-01", "outcome: ~", "x: null", "  nested: value", "    deeper: v", "e: \"\\u0141\\t\"",
                     "f: 'it''s'", "g: :colon", "h: [a, {b: c}, [d]]", "\t", "i: a # trailing", "? complex", ": value",
                     "j: 😀 x", "%YAML 1.1", "k: -1", "l: \"multi", "  line\"", "m: 'open", "n: [1, 2", "o: {p: q}",
                     "plain", "\"quoted\"", "  indented: 1", "q: - r", "s: t: u", "'v': w", "\"v\": w", "v: x", ": empty key",
                     "y: a\u{301}ccent", "z: \u{A0}nbsp"]
        await propertyCheck(count: 4_000, input: Gen.int(in: 0...(lines.count - 1)).array(of: 0...10), Gen.int(in: 0...5)) { picks, flags in
            let ending = flags & 1 == 0 ? "\n" : "\r\n"
            var text = picks.map { lines[$0] }.joined(separator: ending)
            if flags & 2 != 0 { text += ending }
            if flags == 5 { text = "\u{FEFF}" + text }
            Self.check(text)
        }
    }

    /// Well-formed mappings, so that most documents take the fast path and are compared in full.
    @Test func generatedMappingsComposeAsYamsComposesThem() async {
        let values = [" Zwrot", " \"Zwrot – \\\"x\\\"\"", " 'it''s'", " ~", "", " 2025-01-01", " -1.5", " 😀 i a\u{301}", " [a, 'b', \"c\"]",
                      " []", " {}", " {a: 1, 'b': [2, {c: d}]}", " |\n  jeden\n  dwa", " >-\n  złożony\n  tekst", " |+\n  x\n",
                      "\n  - a\n  - 'b'\n  - [c]", "\n  nested: v\n  'other': \"w\"", "\n  - key: vip\n    label: VIP", " a # komentarz",
                      " \"multi\n  line\"", " plain\n  continued", " \"\\u0141\\t\"", " :colon", " x\u{A0}y"]
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...(values.count - 1)).array(of: 0...8), Gen.int(in: 0...3)) { picks, flags in
            let ending = flags & 1 == 0 ? "\n" : "\r\n"
            let pairs = picks.enumerated().map { index, pick in (index % 3 == 1 ? "'k\(index)':" : "k\(index):") + values[pick] }
            var text = pairs.joined(separator: "\n") + "\n"
            if flags & 2 != 0 { text = "---\n" + text + "...\n" }
            Self.check(text.replacingOccurrences(of: "\n", with: ending))
            #expect(Self.composed(text) != nil, "\(text.debugDescription) was left to Yams")
        }
    }

    @Test func frontMatterAndSiteSettingsTakeTheFastPath() throws {
        let frontMatter = """
            title: "Spór o fakturę (ZG-0000031)"
            date: 2025-01-01
            customer: KL-005386
            tickets: [ZG-0000031]
            steps: [przeprosiny, zrozumienie]
            outcome: accepted
            summary: >
              Klient zapłacił dwa razy.
            tags:
              - płatność
              - 'e-mail'

            """
        let site = "title: Reklamacje\nlanguage: pl\ndata:\n  tickets: { file: data/tickets.csv, delimiter: ';' }\nclient_types:\n  - key: vip\n    label: VIP\n"
        for text in [frontMatter, site, "", "# tylko komentarz\n", "---\n", "--- \ntitle: x\n...\n"] {
            let mine = try #require(Self.composed(text), "\(text.debugDescription) was left to Yams")
            #expect(mine.map(Self.dump) == (try Yams.compose(yaml: text, .basic, .default, .utf8)).map(Self.dump))
        }
    }

    @Test func whatTheComposerDoesNotTakeIsLeftToYams() {
        for text in ["a: &x 1\nb: *x\n", "a: !!str 5\n", "a: !x [1]\n", "a: 1\na: 2\n", "a: 1\n'a': 2\n", "a: 1\n---\nb: 2\n",
                     "a: [1, 2\n", "a: 'open\n", "? [a]\n: 1\n"] {
            #expect(Self.composed(text) == nil, "\(text.debugDescription)")
        }
    }

    @Test func duplicateKeysAreStillReportedInYamsWordsAtTheFirstKey() {
        let (node, diagnostics) = YAMLDocument.parse("title: a\ndate: 2025-01-01\ntitle: b\n", file: "c.md", lineOffset: 1)
        #expect(node == nil)
        #expect(diagnostics.map(\.headline) == ["c.md:2:1: error: duplicate key 'title': each key may appear once"])
    }

    @Test func aMarkIsMadeWithTheLineAndColumnGiven() {
        let mark = YAMLComposer.makeMark(line: 12, column: 7)
        #expect(mark.line == 12)
        #expect(mark.column == 7)
    }
}
