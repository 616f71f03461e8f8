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

    struct Failure: Error { let message: String; init(_ message: String) { self.message = message } }
}
