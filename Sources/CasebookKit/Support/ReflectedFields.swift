import Mustache

/// A view value with its fields read by reflection once, up front, for swift-mustache.
///
/// Without it swift-mustache builds a fresh `Mirror` and walks every field for each name a
/// template looks up, on every object of the context stack it climbs through. A box answers each
/// lookup from a dictionary and yields exactly what that walk would have: the field's value with
/// one level of `Optional` removed, `nil` for a missing field or `.none` (so the lookup climbs on).
///
/// The same walk feeds a `Fingerprint` of everything the template can see, which keys the page
/// cache: equal fingerprints (with the same templates and binary) render equal bytes.
final class ReflectedFields: MustacheParent, @unchecked Sendable {
    private let fields: [String: Any]

    convenience init(_ value: Any) {
        var ignored = Fingerprint()
        self.init(value, fingerprint: &ignored)
    }

    init(_ value: Any, fingerprint: inout Fingerprint) {
        var fields: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, fields[label] == nil else { continue }
            fingerprint.add(label)
            guard let field = Self.unwrapped(child.value) else { fingerprint.add(0x6e69_6c); continue }
            fields[label] = Self.boxed(field, fingerprint: &fingerprint)
        }
        self.fields = fields
    }

    func child(named name: String) -> Any? { fields[name] }

    static func boxed(_ value: Any) -> Any {
        var ignored = Fingerprint()
        return boxed(value, fingerprint: &ignored)
    }

    /// `value` ready for a template: plain structs and classes boxed (also inside arrays), every
    /// value swift-mustache treats specially left exactly as it is.
    static func boxed(_ value: Any, fingerprint: inout Fingerprint) -> Any {
        switch value {
        case let text as String:
            fingerprint.add(1)
            fingerprint.add(text)
            return value
        case let flag as Bool:
            fingerprint.add(flag ? 2 : 3)
            return value
        case let number as Int:
            fingerprint.add(4)
            fingerprint.add(number)
            return value
        case let number as Double:
            fingerprint.add(5)
            fingerprint.add(number.bitPattern)
            return value
        case let array as [Any]:
            fingerprint.add(6)
            fingerprint.add(array.count)
            let items = array.map { boxed($0, fingerprint: &fingerprint) }
            // Only arrays of records are rebuilt; an array of strings stays itself, keeping the
            // transforms swift-mustache offers on arrays of comparable values.
            return items.first is ReflectedFields ? items : value
        case is TemplateRenderer.StringTable:
            return value  // the same for every page; the page cache's salt covers it
        case let dictionary as [String: Any]:
            fingerprint.add(10)
            for key in dictionary.keys.sorted() {
                fingerprint.add(key)
                fingerprint.add(String(reflecting: dictionary[key]!))
            }
            return value
        case is MustacheParent, is MustacheCustomRenderable, is MustacheTransformable, is MustacheLambda, is MustacheTemplate:
            fingerprint.add(7)
            fingerprint.add(String(reflecting: value))
            return value
        default:
            let style = Mirror(reflecting: value).displayStyle
            guard style == .struct || style == .class else {
                fingerprint.add(8)
                fingerprint.add(String(reflecting: value))
                return value
            }
            fingerprint.add(9)
            fingerprint.add(String(reflecting: type(of: value)))
            return ReflectedFields(value, fingerprint: &fingerprint)
        }
    }

    /// What swift-mustache's own lookup returns for a field: one level of `Optional` removed.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
