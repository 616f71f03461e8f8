import Mustache

/// A view value with its fields read by reflection once, up front, for swift-mustache.
///
/// Without it swift-mustache builds a fresh `Mirror` and walks every field for each name a
/// template looks up, on every object of the context stack it climbs through, which made
/// reflection most of the render stage (medium site: 65 % of the build's CPU). A box answers each
/// lookup from a dictionary and yields exactly what that walk would have: the field's value with
/// one level of `Optional` removed, `nil` for a missing field or `.none` (so the lookup climbs on).
final class ReflectedFields: MustacheParent, @unchecked Sendable {
    private let fields: [String: Any]

    init(_ value: Any) {
        var fields: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, fields[label] == nil, let field = Self.unwrapped(child.value) else { continue }
            fields[label] = Self.boxed(field)
        }
        self.fields = fields
    }

    func child(named name: String) -> Any? { fields[name] }

    /// `value` ready for a template: plain structs and classes boxed (also inside arrays), every
    /// value swift-mustache treats specially left exactly as it is.
    static func boxed(_ value: Any) -> Any {
        switch value {
        case is String, is Substring, is Bool, is Int, is Double:
            return value
        case let array as [Any]:
            // Only arrays of records are rebuilt; an array of strings stays itself, keeping the
            // transforms swift-mustache offers on arrays of comparable values.
            guard let first = array.first, !(boxed(first) is ReflectedFields) else { return value }
            return array.map(boxed)
        case is MustacheParent, is MustacheCustomRenderable, is MustacheTransformable, is MustacheLambda, is MustacheTemplate:
            return value
        default:
            let style = Mirror(reflecting: value).displayStyle
            return style == .struct || style == .class ? ReflectedFields(value) : value
        }
    }

    /// What swift-mustache's own lookup returns for a field: one level of `Optional` removed.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
