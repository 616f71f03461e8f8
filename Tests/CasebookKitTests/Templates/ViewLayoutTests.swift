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
