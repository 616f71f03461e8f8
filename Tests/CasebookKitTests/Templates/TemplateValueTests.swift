import Mustache
import Testing
@testable import CasebookKit

/// `TemplateValue` must be invisible to swift-mustache: every template renders the same bytes
/// from its records as from the view swift-mustache would otherwise reflect field by field.
struct TemplateValueTests {
    struct Badge { let label: String; let isRecorded: Bool }
    struct Row { let title: String; let badge: Badge?; let tags: [String]; let count: Int; let share: Double }
    struct View {
        let heading: String
        let rows: [Row]
        let empty: [Row]
        let missing: String?
        let note: String?
        let flag: Bool
        let words: [String]
    }

    static let view = View(
        heading: "Sprawy <i>&</i>",
        rows: [Row(title: "Pierwsza", badge: Badge(label: "uznana", isRecorded: true), tags: ["a", "b"], count: 2, share: 0.5),
               Row(title: "Druga", badge: nil, tags: [], count: 0, share: 1)],
        empty: [], missing: nil, note: "notka", flag: true, words: ["x", "y"])

    static let template = """
        {{heading}}|{{{heading}}}|{{#rows}}[{{title}} {{count}} {{share}} {{#badge}}{{label}}{{#isRecorded}}!{{/isRecorded}}{{/badge}}\
        {{^badge}}no badge{{/badge}} {{#tags}}<{{.}}>{{/tags}}{{^tags}}none{{/tags}} {{heading}} {{note}} {{missing}}]{{/rows}}\
        {{^empty}}nothing{{/empty}}{{#missing}}never{{/missing}}{{^missing}}absent{{/missing}}{{#flag}}on{{/flag}}\
        {{#words}}{{.}},{{/words}}{{rows.0.title}}{{badge.label}}
        """

    @Test func rendersTheSameBytesAsReflectionFieldByField() throws {
        let template = try MustacheTemplate(string: Self.template)
        let plain = template.render(Self.view)
        let boxed = template.render(TemplateValue(reflecting: Self.view).mustacheObject)
        #expect(boxed == plain)
        #expect(plain.contains("[Pierwsza 2 0.5 uznana! <a><b> Sprawy &lt;i&gt;&amp;&lt;/i&gt; notka ]"))
        #expect(plain.contains("no badge none"))
    }

    @Test func givesSwiftMustacheStringsAndArraysOfStringsAsTheyWere() {
        #expect(TemplateValue(reflecting: "tekst").mustacheObject as? String == "tekst")
        #expect(TemplateValue(reflecting: ["a", "b"]).mustacheObject as? [String] == ["a", "b"])
        #expect(TemplateValue(reflecting: 3).mustacheObject as? Int == 3)
        #expect(TemplateValue(reflecting: [Self.view.rows[0]]).mustacheObject is [Any])
        #expect(TemplateValue(reflecting: Self.view.rows[0]).mustacheObject is TemplateRecord)
    }

    @Test func missingAndNoneFieldsAreNil() throws {
        guard case let .record(record) = TemplateValue(reflecting: Self.view) else { throw Failure("not a record") }
        #expect(record.child(named: "missing") == nil)
        #expect(record.child(named: "nonexistent") == nil)
        #expect(record.child(named: "note") as? String == "notka")
        #expect(record.fieldLabels == ["heading", "rows", "empty", "note", "flag", "words"])
    }

    @Test func valuesOnlySwiftMustacheUnderstandsStayOpaque() {
        guard case .opaque = TemplateValue(reflecting: ["k": "v"] as [String: Any]) else { Issue.record("dictionary"); return }
        guard case .opaque = TemplateValue(reflecting: try! MustacheTemplate(string: "x")) else { Issue.record("template"); return }
    }

    @Test func theFingerprintSeesEveryValue() {
        func key(_ view: View) -> String {
            var fingerprint = Fingerprint()
            _ = TemplateValue(reflecting: view, fingerprint: &fingerprint)
            return fingerprint.hex
        }
        let other = View(heading: Self.view.heading, rows: [Self.view.rows[1]], empty: [], missing: nil, note: "notka",
                         flag: true, words: ["x", "y"])
        #expect(key(Self.view) == key(Self.view))
        #expect(key(Self.view) != key(other))
    }

    enum Mood { case calm, angry }
    final class Agent { let name = "Ola" }
    struct Mirrored: CustomReflectable {
        let hidden: Int
        var customMirror: Mirror { Mirror(self, children: ["shown": hidden + 1]) }
    }
    struct Odd {
        let twice: String??
        let twiceNone: String??
        let innerNone: String??
        let anything: Any
        let anyOptional: Any?
        let mixed: [Any]
        let maybes: [String?]
        let mood: Mood
        let agent: Agent
        let pair: (Int, String)
        let mirrored: Mirrored
        let nested: [[Badge]]
        let empty: Empty
    }
    struct Empty {}

    /// Values the typed readers hand to the general reading (nested optionals, protocol types,
    /// enums, classes, tuples, custom mirrors) must still render as swift-mustache renders them.
    @Test func everyKindOfFieldRendersAsSwiftMustacheRendersIt() throws {
        let odd = Odd(twice: .some("dwa"), twiceNone: nil, innerNone: .some(nil), anything: Badge(label: "b", isRecorded: false),
                      anyOptional: "jest", mixed: [1, "x", Badge(label: "c", isRecorded: true), Optional<Int>.none as Any],
                      maybes: ["a", nil], mood: .angry, agent: Agent(), pair: (4, "cztery"), mirrored: Mirrored(hidden: 1),
                      nested: [[Badge(label: "d", isRecorded: true)], []], empty: Empty())
        let template = try MustacheTemplate(string: """
            {{twice}}|{{twiceNone}}|{{innerNone}}|{{#anything}}{{label}}{{isRecorded}}{{/anything}}|{{anyOptional}}|\
            {{#mixed}}<{{.}}{{label}}>{{/mixed}}|{{#maybes}}({{.}}){{/maybes}}|{{mood}}|{{#agent}}{{name}}{{/agent}}|{{pair}}|\
            {{#mirrored}}{{shown}}{{hidden}}{{/mirrored}}|{{#nested}}[{{#.}}{{label}}{{/.}}]{{/nested}}|{{#empty}}e{{/empty}}
            """)
        let plain = template.render(odd)
        let values = TemplateValue(reflecting: odd)
        #expect(template.render(values.mustacheObject) == plain)
        // casebook's drawing may decline such values (then swift-mustache draws), never differ.
        var drawing = TemplateDrawing(library: [:])
        if let compiled = CompiledTemplate(template), let drawn = drawing.draw(compiled, root: values) {
            #expect(String(decoding: drawn, as: UTF8.self) == plain)
        }
        #expect(plain.contains("dwa||"))
        #expect(plain.contains("|angry|Ola|"))
    }

    struct Failure: Error { let message: String; init(_ message: String) { self.message = message } }
}
