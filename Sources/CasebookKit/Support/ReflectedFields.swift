import Mustache
import Synchronization

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
            var field = child.value, kind = Self.kind(of: field)
            if kind == .optional {
                guard let wrapped = Self.unwrapped(field) else { fingerprint.add(0x6e69_6c); continue }
                field = wrapped
                kind = Self.kind(of: wrapped)
            }
            fields[label] = Self.boxed(field, kind: kind, fingerprint: &fingerprint)
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
        boxed(value, kind: kind(of: value), fingerprint: &fingerprint)
    }

    private static func boxed(_ value: Any, kind: Kind, fingerprint: inout Fingerprint) -> Any {
        switch kind {
        case .string:
            fingerprint.add(1)
            fingerprint.add(value as! String)
            return value
        case .bool:
            fingerprint.add(value as! Bool ? 2 : 3)
            return value
        case .int:
            fingerprint.add(4)
            fingerprint.add(value as! Int)
            return value
        case .double:
            fingerprint.add(5)
            fingerprint.add((value as! Double).bitPattern)
            return value
        case .array:
            let array = value as! [Any]
            fingerprint.add(6)
            fingerprint.add(array.count)
            let items = array.map { boxed($0, fingerprint: &fingerprint) }
            // Only arrays of records are rebuilt; an array of strings stays itself, keeping the
            // transforms swift-mustache offers on arrays of comparable values.
            return items.first is ReflectedFields ? items : value
        case .stringTable:
            return value  // the same for every page; the page cache's salt covers it
        case .dictionary:
            let dictionary = value as! [String: Any]
            fingerprint.add(10)
            for key in dictionary.keys.sorted() {
                fingerprint.add(key)
                fingerprint.add(String(reflecting: dictionary[key]!))
            }
            return value
        case .mustache:
            fingerprint.add(7)
            fingerprint.add(String(reflecting: value))
            return value
        case .optional:
            // An optional type can hold a string or nothing, so its values are judged one by one.
            return boxed(value, kind: classify(value), fingerprint: &fingerprint)
        case .other:
            fingerprint.add(8)
            fingerprint.add(String(reflecting: value))
            return value
        case .record:
            fingerprint.add(9)
            fingerprint.add(String(reflecting: type(of: value)))
            return ReflectedFields(value, fingerprint: &fingerprint)
        }
    }

    /// How `boxed` treats a value, decided once per type: the casts to protocols that decide it
    /// were, made for every field of every page, a fifth of the render stage.
    private enum Kind { case string, bool, int, double, array, stringTable, dictionary, mustache, record, optional, other }

    private static let kinds = Mutex<[ObjectIdentifier: Kind]>([:])

    private static func kind(of value: Any) -> Kind {
        let type = ObjectIdentifier(Swift.type(of: value))
        if let kind = kinds.withLock({ $0[type] }) { return kind }
        let kind = Mirror(reflecting: value).displayStyle == .optional ? .optional : classify(value)
        kinds.withLock { $0[type] = kind }
        return kind
    }

    /// The checks in the order swift-mustache would meet them; the first that holds decides.
    /// For a value of optional type this judges the value it holds, so it is never cached.
    private static func classify(_ value: Any) -> Kind {
        switch value {
        case is String: return .string
        case is Bool: return .bool
        case is Int: return .int
        case is Double: return .double
        case is [Any]: return .array
        case is TemplateRenderer.StringTable: return .stringTable
        case is [String: Any]: return .dictionary
        case is MustacheParent, is MustacheCustomRenderable, is MustacheTransformable, is MustacheLambda, is MustacheTemplate:
            return .mustache
        default:
            let style = Mirror(reflecting: value).displayStyle
            return style == .struct || style == .class ? .record : .other
        }
    }

    /// What swift-mustache's own lookup returns for a field: one level of `Optional` removed.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
