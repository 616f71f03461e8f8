import Mustache
import Testing
@testable import CasebookKit

/// casebook's own drawing must give, byte for byte, what swift-mustache gives for the same
/// template and view; where it cannot, it must decline so the page goes to swift-mustache.
struct CompiledTemplateTests {
    struct Badge { let label: String; let isRecorded: Bool }
    struct Row { let title: String; let badge: Badge?; let tags: [String] }
    struct View {
        let heading: String
        let rows: [Row]
        let empty: [Row]
        let blank: String
        let zero: Int
        let share: Double
        let flag: Bool
        let off: Bool
        let none: String?
        let badge: Badge?
        let words: [String]
    }

    static let view = View(
        heading: #"<a href="x">'Zażółć' & "gęślą"</a> ✓"#,
        rows: [Row(title: "Pierwsza", badge: Badge(label: "uznana", isRecorded: true), tags: ["a", "b"]),
               Row(title: "Druga", badge: nil, tags: [])],
        empty: [], blank: "", zero: 0, share: 0.25, flag: true, off: false, none: nil,
        badge: Badge(label: "zewnętrzna", isRecorded: false), words: ["x", "<y>"])

    /// swift-mustache on the plain view (its own reflection), and casebook's drawing on the values;
    /// the drawing straight from the view's memory must give what the drawing of its values gives.
    static func bothWays(_ files: [String: String], page: String = "page", view: Any = view,
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (String, String?) {
        var library = MustacheLibrary()
        var compiled: [String: CompiledTemplate?] = [:]
        for (name, text) in files {
            let template = try MustacheTemplate(string: text)
            library.register(template, named: name)
            compiled.updateValue(CompiledTemplate(template), forKey: name)
        }
        let reference = library.render(view, withTemplate: page) ?? "<missing>"
        var drawing = TemplateDrawing(library: compiled)
        let drawn = (compiled[page] ?? nil).flatMap { drawing.draw($0, root: TemplateValue(reflecting: view)) }
        func fromMemory<V>(_ view: V) -> [UInt8]? { (compiled[page] ?? nil).flatMap { drawing.draw($0, view: view) } }
        #expect(_openExistential(view, do: fromMemory) == drawn, sourceLocation: sourceLocation)
        return (reference, drawn.map { String(decoding: $0, as: UTF8.self) })
    }

    static let cases: [(String, [String: String])] = [
        ("escaping", ["page": "{{heading}}|{{{heading}}}|{{& heading}}|{{#words}}{{.}} {{/words}}"]),
        ("standalone lines", ["page": "  {{#rows}}\n  - {{title}}\n  {{/rows}}\n{{! comment }}\n\t{{^empty}}none{{/empty}}\r\n  {{#flag}}  \r\n on\n {{/flag}}\nend"]),
        ("section values", ["page": "{{#blank}}[{{.}}]{{/blank}}{{#zero}}<{{.}}>{{/zero}}{{#share}}{{.}}{{/share}}{{^empty}}({{.}}){{/empty}}"
                              + "{{#flag}}{{heading}}{{/flag}}{{^flag}}no{{/flag}}{{#off}}never{{/off}}{{^off}}off{{/off}}"
                              + "{{#none}}never{{/none}}{{^none}}none{{/none}}{{flag}}{{zero}}{{share}}{{words}}"]),
        ("names", ["page": "{{#rows}}{{heading}}|{{.title}}|{{.heading}}|{{badge.label}}|{{rows.title}}|{{#badge}}{{label}}{{heading}}{{/badge}};{{/rows}}"
                     + "{{badge.label}}{{badge.nothing}}{{nothing.label}}{{#badge}}{{.label}}{{/badge}}"]),
        ("indented partials", ["page": "<ul>\n  {{>item}}\n</ul>\n{{#rows}}\n    {{>row}}\n{{/rows}}\n\t{{>item}} tail\n",
                               "item": "<li>{{heading}}</li>\n<li>{{#words}}\n{{.}}\n{{/words}}</li>\n",
                               "row": "a\nb {{title}}\r\nc\n{{#tags}}\n  {{>tag}}\n{{/tags}}",
                               "tag": "#{{.}}\n"]),
        ("inheritance", ["layout": "<h1>{{$title}}Default{{/title}}</h1>\n  {{$body}}\n  body default\n  {{/body}}\n<p>{{$foot}}foot{{/foot}}</p>\n",
                         "middle": "{{<layout}}\n{{$body}}\n  middle {{heading}}\n{{/body}}\n{{$title}}middle title{{/title}}\n{{/layout}}\n",
                         "page": "{{<middle}}\n{{$title}}T: {{#rows}}{{title}},{{/rows}}{{/title}}\n{{/middle}}\nafter\n"]),
        ("parent with a partial", ["page": "{{#rows}}{{<layout}}{{$body}}{{title}}{{>tag}}{{/body}}{{/layout}}{{/rows}}",
                                   "layout": "[{{$body}}{{/body}}]\n", "tag": "({{#tags}}{{.}}{{/tags}})"]),
        ("missing partial and delimiters", ["page": "a{{>nothing}}b\n{{=<% %>=}}<% heading %>\n<%={{ }}=%>{{zero}}"]),
    ]

    @Test(arguments: cases.map(\.0))
    func drawsWhatSwiftMustacheDraws(name: String) throws {
        let files = Self.cases.first { $0.0 == name }!.1
        let (reference, drawn) = try Self.bothWays(files)
        #expect(drawn == reference)
    }

    @Test func escapesEveryOneOfTheFiveCharacters() throws {
        let (_, drawn) = try Self.bothWays(["page": "{{heading}}"])
        #expect(drawn == "&lt;a href=&quot;x&quot;&gt;&#39;Zażółć&#39; &amp; &quot;gęślą&quot;&lt;/a&gt; ✓")
    }

    @Test func declinesWhatOnlySwiftMustacheCanDraw() throws {
        #expect(CompiledTemplate(try MustacheTemplate(string: "{{uppercased(heading)}}")) == nil)
        #expect(CompiledTemplate(try MustacheTemplate(string: "{{>*dynamic}}")) == nil)
        #expect(CompiledTemplate(try MustacheTemplate(string: "{{%CONTENT_TYPE: TEXT}}{{heading}}")) == nil)
        // A page reaching a value swift-mustache treats in its own way is declined as it is drawn.
        struct WithDictionary { let extra: [String: String] }
        let (reference, drawn) = try Self.bothWays(["page": "[{{extra.key}}]"], view: WithDictionary(extra: ["key": "v"]))
        #expect(reference == "[v]")
        #expect(drawn == nil)
        // Or printing a whole record, which swift-mustache spells as its type's description.
        let (_, record) = try Self.bothWays(["page": "{{#badge}}{{.}}{{/badge}}"])
        #expect(record == nil)
        // So is a page whose partial did not compile.
        let (_, viaPartial) = try Self.bothWays(["page": "a{{>upper}}", "upper": "{{uppercased(heading)}}"])
        #expect(viaPartial == nil)
    }

    @Test func everyBuiltInTemplateCompiles() {
        let set = TemplateSet.defaults
        #expect(set.compiled.count == set.templateFiles.count)
        #expect(set.compiled.filter { $0.value == nil }.keys.sorted() == [])
    }

    @Test(arguments: [SiteConfig.Language.pl, .en])
    func theFixtureSiteIsDrawnAsSwiftMustacheDrawsIt(language: SiteConfig.Language) {
        let library = RenderFixture.library(language: language)
        var reference = SiteRenderer(library: library, templates: .defaults)
        reference.compilesTemplates = false
        let expected = reference.render().files
        let files = SiteRenderer(library: library, templates: .defaults).render().files
        #expect(files.map(\.path) == expected.map(\.path))
        for (file, wanted) in zip(files, expected) { #expect(file.bytes == wanted.bytes, "\(file.path)") }
    }
}
