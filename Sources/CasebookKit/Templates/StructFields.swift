@_spi(Reflection) import Swift

/// The stored fields of a struct, by label and in declaration order: what
/// `Mirror(reflecting:).children` yields, read from the struct's memory at offsets the runtime
/// gives once per type.
///
/// `Mirror` looks each field's type up by its mangled name again for every instance; over the
/// medium site's pages that was a sixth of the whole build's CPU time. Types that supply their own
/// mirror (`CustomReflectable`), classes and structs with a field of protocol type are left to `Mirror` (`false` here).
enum StructFields {
    struct Field {
        let label: String
        let offset: Int
        let type: Any.Type
        /// `type` as an `Optional`, asked once per field: each question about a new type scans the
        /// conformance records of every loaded library, and `ViewLayout` asks this one of the same
        /// types anyway, so the runtime has the answer.
        let optional: (any ViewOptional.Type)?

        init(label: String, offset: Int, type: Any.Type) {
            (self.label, self.offset, self.type) = (label, offset, type)
            optional = type as? any ViewOptional.Type
        }
    }

    private static let layouts = PerTypeCache<[Field]?>()

    /// Calls `body` with each field, or returns `false` (calling nothing) for a type it does not read.
    static func forEach(of value: Any, _ body: (String, Any) -> Void) -> Bool {
        guard !(value is CustomReflectable) else { return false }
        let dynamicType = ObjectIdentifier(type(of: value))
        func read<Value>(_ value: Value) -> Bool {
            // A value reached through a field of protocol type can open as that protocol's box
            // rather than as the struct inside; its bytes are then not the struct's.
            guard ObjectIdentifier(Value.self) == dynamicType, let fields = layout(of: Value.self) else { return false }
            withUnsafeBytes(of: value) { bytes in
                for field in fields { body(field.label, load(field.type, from: bytes.baseAddress! + field.offset)) }
            }
            return true
        }
        return _openExistential(value, do: read)
    }

    /// What `field(_:of:)` found.
    enum Lookup {
        /// The field's value, unwrapped one level when its type is an `Optional` (`nil` then for
        /// `.none`), as Mustache reads a field.
        case value(Any?)
        case noSuchField
    }

    /// The field `label` of `value`, or `nil` (nothing looked at) for a type `forEach` does not
    /// read. Only that one field is loaded: `Mirror` boxed every field up to it and looked each
    /// one's type up by name.
    static func field(_ label: String, of value: Any) -> Lookup? {
        guard !(value is CustomReflectable) else { return nil }
        let dynamicType = ObjectIdentifier(type(of: value))
        func read<Value>(_ value: Value) -> Lookup? {
            guard ObjectIdentifier(Value.self) == dynamicType, let fields = layout(of: Value.self) else { return nil }
            guard let field = fields.first(where: { $0.label == label }) else { return .noSuchField }
            return withUnsafeBytes(of: value) { bytes in
                let address = bytes.baseAddress! + field.offset
                if let optional = field.optional { return .value(optional.unwrapOnce(at: address)) }
                return .value(load(field.type, from: address))
            }
        }
        return _openExistential(value, do: read)
    }

    private static func load<Value>(_: Value.Type, from address: UnsafeRawPointer) -> Any {
        address.load(as: Value.self)
    }

    static func layout(of type: Any.Type) -> [Field]? {
        layouts.value(for: type) { walk(type) }
    }

    private static func walk(_ type: Any.Type) -> [Field]? {
        var fields: [Field] = []
        // Without `.classType` the walk refuses classes; callers pass only structs and classes.
        // A field of protocol type (`any PageView`) would come out as a box around the box, of
        // another type than the value inside; such structs are left to `Mirror`, which opens it.
        let walked = _forEachField(of: type, options: []) { name, offset, fieldType, kind in
            fields.append(Field(label: String(cString: name), offset: offset, type: fieldType))
            return kind != .existential
        }
        return walked ? fields : nil
    }
}
