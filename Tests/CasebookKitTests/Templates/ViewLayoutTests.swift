import Testing
@testable import CasebookKit

/// The page cache keys a page by the fingerprint its view's layout takes: every value a template
/// can reach must move it, and equal views must give equal keys.
@Suite struct ViewLayoutTests {
    typealias View = CompiledTemplateTests.View
    typealias Row = CompiledTemplateTests.Row
    typealias Badge = CompiledTemplateTests.Badge

    static func key(_ view: View) -> String {
        var view = view, fingerprint = Fingerprint()
        let layout = ViewLayout.of(view)
        withUnsafeBytes(of: &view) { layout.fingerprint(TypedReaders.address(of: $0, for: View.self), into: &fingerprint) }
        return fingerprint.hex
    }

    static func changed(_ base: View, heading: String? = nil, rows: [Row]? = nil, zero: Int? = nil, share: Double? = nil,
                        flag: Bool? = nil, none: String?? = nil, badge: Badge?? = nil, words: [String]? = nil) -> View {
        View(heading: heading ?? base.heading, rows: rows ?? base.rows, empty: base.empty, blank: base.blank, zero: zero ?? base.zero,
             share: share ?? base.share, flag: flag ?? base.flag, off: base.off, none: none ?? base.none, badge: badge ?? base.badge,
             words: words ?? base.words)
    }

    @Test func everyVisibleValueMovesTheKey() {
        let base = CompiledTemplateTests.view
        let baseKey = Self.key(base)
        #expect(Self.key(base) == baseKey)
        var rows = base.rows
        rows[1] = Row(title: "Druga", badge: Badge(label: "x", isRecorded: false), tags: [])
        var retitled = base.rows
        retitled[0] = Row(title: "Pierwsza!", badge: retitled[0].badge, tags: retitled[0].tags)
        let variants = [
            Self.changed(base, heading: base.heading + " "), Self.changed(base, rows: rows), Self.changed(base, rows: retitled),
            Self.changed(base, rows: Array(base.rows.prefix(1))), Self.changed(base, zero: 1), Self.changed(base, share: 0.5),
            Self.changed(base, flag: false), Self.changed(base, none: .some("tekst")), Self.changed(base, none: .some("")),
            Self.changed(base, badge: .some(nil)), Self.changed(base, badge: Badge(label: "zewnętrzna", isRecorded: true)),
            Self.changed(base, words: ["x", "<y>", ""]), Self.changed(base, words: ["x<y>"]),
        ]
        let keys = variants.map(Self.key)
        for (index, key) in keys.enumerated() { #expect(key != baseKey, "variant \(index)") }
        #expect(Set(keys).count == keys.count)
    }
}

/// An array of structs or enums keeps its items' layout after the first visit; any other item
/// type is judged by the first item of each array.
@Suite struct ItemLayoutTests {
    struct Plain { let name: String }
    enum Mark { case on, off }
    final class Shape {}
    protocol Named {}
    class Animal { var name: String { "zwierzę" } }
    final class Cat: Animal { override var name: String { "kot" }; let lives = 9 }
    struct Dog: Named { let name: String; let breed: String }
    struct Zoo {
        let first: [Plain]
        let second: [Plain]
        let animals: [Animal]
        let named: [any Named]
    }

    /// Two arrays of one struct type share the kept layout; arrays of classes and of a protocol
    /// type are drawn from each array's own first item, as before.
    @Test func arraysOfEveryKindDrawAsFromTheirValues() throws {
        let zoo = Zoo(first: [Plain(name: "a"), Plain(name: "b")], second: [Plain(name: "c")],
                      animals: [Cat(), Animal()], named: [Dog(name: "Burek", breed: "kundel")])
        let (reference, drawn) = try CompiledTemplateTests.bothWays(
            ["page": "{{#first}}{{name}},{{/first}}|{{#second}}{{name}}{{/second}}|{{#animals}}{{lives}};{{/animals}}|{{#named}}{{name}} {{breed}}{{/named}}"],
            view: zoo)
        #expect(drawn == reference)
        #expect(reference == "a,b,|c|9;;|Burek kundel")
    }

    @Test func structsAndEnumsAreValueTypesAndNothingElseIs() {
        #expect(ElementKind.isValueType(Plain.self) && ElementKind.isValueType(Mark.self) && ElementKind.isValueType(Int.self))
        #expect(ElementKind.isValueType(String.self) && ElementKind.isValueType([Int].self))
        #expect(!ElementKind.isValueType(Shape.self) && !ElementKind.isValueType((any Named).self))
        #expect(!ElementKind.isValueType(Any.self) && !ElementKind.isValueType(Int?.self))
    }

    /// Both cores draw pages at once: the layout is made at most once per caller that finds none,
    /// and every caller gets the one that was kept.
    @Test func everyCallerGetsTheLayoutThatWasKept() async {
        let memo = ItemLayout()
        // Each call of `make` gives a layout of its own, so a caller that got another than the kept
        // one would show.
        let got = await withTaskGroup(of: ObjectIdentifier.self) { group in
            for _ in 0..<64 {
                group.addTask { ObjectIdentifier(memo.layout { ViewLayout(.other, read: { _, _ in nil }) }) }
            }
            return await group.reduce(into: Set<ObjectIdentifier>()) { $0.insert($1) }
        }
        #expect(got.count == 1)
        #expect(got == [ObjectIdentifier(memo.layout { preconditionFailure("made again") })])
    }
}
