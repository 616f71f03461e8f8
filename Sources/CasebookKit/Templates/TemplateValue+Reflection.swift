import Mustache

/// Reading a view into a `TemplateValue`, once per page, by reflection: by the typed readers
/// (`TypedReaders`) where they apply, else field by field through `Any` here.
///
/// Without it swift-mustache builds a fresh `Mirror` and walks every field for each name a
/// template looks up, on every object of the context stack it climbs through. The walk yields
/// exactly what that lookup would have: the field's value with one level of `Optional` removed,
/// and nothing for a `.none` (so the lookup climbs on).
///
/// The same walk feeds a `Fingerprint` of everything the template can see, which keys the page
/// cache: equal fingerprints (with the same templates and binary) render equal bytes.
extension TemplateValue {
    init(reflecting value: Any) {
        var ignored = Fingerprint.ignored
        self.init(reflecting: value, fingerprint: &ignored)
    }

    init(reflecting value: Any, fingerprint: inout Fingerprint) {
        func read<Value>(_ value: Value) -> TemplateValue { TypedReaders.read(value, fingerprint: &fingerprint) }
        self = _openExistential(value, do: read)
    }

    /// The general reading of one value (not a field: a `nil` is a value here).
    static func readGeneral(_ value: Any, fingerprint: inout Fingerprint) -> TemplateValue {
        read(value, kind: kind(of: value), fingerprint: &fingerprint)
    }

    /// Whether swift-mustache would look names up in `value`'s fields.
    static func isRecord(_ value: Any) -> Bool { classify(value) == .record }

    private static func record(_ value: Any, fingerprint: inout Fingerprint) -> TemplateRecord {
        var labels: [String] = [], values: [TemplateValue] = []
        func add(_ label: String, _ field: Any) {
            guard !labels.contains(label) else { return }
            fingerprint.add(label)
            var field = field, kind = kind(of: field)
            if kind == .optional {
                guard let wrapped = unwrapped(field) else { fingerprint.add(0x6e69_6c); return }
                field = wrapped
                kind = Self.kind(of: wrapped)
            }
            labels.append(label)
            values.append(read(field, kind: kind, fingerprint: &fingerprint))
        }
        if !StructFields.forEach(of: value, add) {
            for child in Mirror(reflecting: value).children {
                if let label = child.label { add(label, child.value) }
            }
        }
        return TemplateRecord(labels: labels, values: values)
    }

    private static func read(_ value: Any, kind: Kind, fingerprint: inout Fingerprint) -> TemplateValue {
        switch kind {
        case .string:
            let text = value as! String
            fingerprint.add(1)
            fingerprint.add(text)
            return .string(text)
        case .bool:
            let flag = value as! Bool
            fingerprint.add(flag ? 2 : 3)
            return .bool(flag)
        case .int:
            let number = value as! Int
            fingerprint.add(4)
            fingerprint.add(number)
            return .int(number)
        case .double:
            let number = value as! Double
            fingerprint.add(5)
            fingerprint.add(number.bitPattern)
            return .double(number)
        case .array:
            let array = value as! [Any]
            fingerprint.add(6)
            fingerprint.add(array.count)
            return .list(array.map { read($0, kind: Self.kind(of: $0), fingerprint: &fingerprint) }, original: value)
        case .stringTable:
            return .record((value as! TemplateRenderer.StringTable).record)  // the page cache's salt covers it
        case .dictionary:
            let dictionary = value as! [String: Any]
            fingerprint.add(10)
            for key in dictionary.keys.sorted() where fingerprint.isRecording {
                fingerprint.add(key)
                fingerprint.add(String(reflecting: dictionary[key]!))
            }
            return .opaque(value)
        case .mustache:
            fingerprint.add(7)
            if fingerprint.isRecording { fingerprint.add(String(reflecting: value)) }
            return .opaque(value)
        case .optional:
            // An optional type can hold a string or nothing, so its values are judged one by one.
            return read(value, kind: classify(value), fingerprint: &fingerprint)
        case .other:
            fingerprint.add(8)
            if fingerprint.isRecording { fingerprint.add(String(reflecting: value)) }
            return .other(value)
        case .record:
            fingerprint.add(9)
            if fingerprint.isRecording { fingerprint.add(typeName(of: value)) }
            return .record(record(value, fingerprint: &fingerprint))
        }
    }

    /// How `read` treats a value, decided once per type: the casts to protocols that decide it
    /// were, made for every field of every page, a fifth of the render stage.
    private enum Kind { case string, bool, int, double, array, stringTable, dictionary, mustache, record, optional, other }

    private static let kinds = PerTypeCache<Kind>()
    /// Spelling a type's name took a third of this walk when done for every record.
    private static let typeNames = PerTypeCache<String>()

    private static func typeName(of value: Any) -> String {
        let type = Swift.type(of: value)
        return typeNames.value(for: type) { TypeName.of(type) }
    }

    private static func kind(of value: Any) -> Kind {
        kinds.value(for: Swift.type(of: value)) {
            Mirror(reflecting: value).displayStyle == .optional ? .optional : classify(value)
        }
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
        case is MustacheParent, is MustacheCustomRenderable, is MustacheTransformable, is MustacheLambda, is MustacheTemplate,
             is MustacheCustomRepresentation:
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
