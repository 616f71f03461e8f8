import Mustache
import Testing
@testable import CasebookKit

/// `ReflectedFields` must be invisible: every template renders the same bytes from the box as
/// from the value swift-mustache would otherwise reflect field by field.
struct ReflectedFieldsTests {
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
        let boxed = template.render(ReflectedFields(Self.view))
        #expect(boxed == plain)
        #expect(plain.contains("[Pierwsza 2 0.5 uznana! <a><b> Sprawy &lt;i&gt;&amp;&lt;/i&gt; notka ]"))
        #expect(plain.contains("no badge none"))
    }

    @Test func leavesStringsAndArraysOfStringsAlone() {
        #expect(ReflectedFields.boxed("tekst") as? String == "tekst")
        #expect(ReflectedFields.boxed(["a", "b"]) as? [String] == ["a", "b"])
        #expect(ReflectedFields.boxed(3) as? Int == 3)
        #expect(ReflectedFields.boxed([Self.view.rows[0]]) is [Any])
        #expect(ReflectedFields.boxed(Self.view.rows[0]) is ReflectedFields)
    }

    @Test func missingAndNoneFieldsAreNil() {
        let box = ReflectedFields(Self.view)
        #expect(box.child(named: "missing") == nil)
        #expect(box.child(named: "nonexistent") == nil)
        #expect(box.child(named: "note") as? String == "notka")
    }
}
