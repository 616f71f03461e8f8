
/// Reads one type's values into a `TemplateValue` straight from memory; `nil` only for an
/// optional field holding `nil`, which a record leaves out so a lookup climbs past it.
typealias FieldReader = @Sendable (UnsafeRawPointer, inout Fingerprint) -> TemplateValue?

/// A reader for each type a view is made of, worked out once per type from its first value.
///
/// Reading a page field by field through `Any` boxed every field, looked its kind up in a locked
/// table and cast it back: a tenth of the whole build at 10,000 cases. A typed reader loads a
/// `String` as a `String` at its offset, and a record's readers are the readers of its fields.
/// What it cannot type this way (values of protocol type, classes, enums, custom mirrors,
/// swift-mustache's own protocols) goes through the general reading, value by value.
enum TypedReaders {
    private static let readers = PerTypeCache<FieldReader>()

    /// `value` as a template sees it, where it is a value and not a field: a `nil` is printed.
    static func read<T>(_ value: T, fingerprint: inout Fingerprint) -> TemplateValue {
        var value = value
        let read = reader(for: value)
        let result = withUnsafeBytes(of: &value) { bytes in read(address(of: bytes, for: T.self), &fingerprint) }
        return result ?? .other(value)
    }

    /// The reader for values of `T`; `sample` tells which kind of value `T` is.
    static func reader<T>(for sample: T) -> FieldReader {
        readers.value(for: T.self) { make(for: sample) }
    }

    /// The reader of a `String`, `Bool`, `Int` or `Double`; `nil` for any other type.
    static func primitiveReader(for type: Any.Type) -> FieldReader? {
        switch ObjectIdentifier(type) {
        case ObjectIdentifier(String.self):
            return { address, fingerprint in
                let text = address.load(as: String.self)
                fingerprint.add(1)
                fingerprint.add(text)
                return .string(text)
            }
        case ObjectIdentifier(Bool.self):
            return { address, fingerprint in
                let flag = address.load(as: Bool.self)
                fingerprint.add(flag ? 2 : 3)
                return .bool(flag)
            }
        case ObjectIdentifier(Int.self):
            return { address, fingerprint in
                let number = address.load(as: Int.self)
                fingerprint.add(4)
                fingerprint.add(number)
                return .int(number)
            }
        case ObjectIdentifier(Double.self):
            return { address, fingerprint in
                let number = address.load(as: Double.self)
                fingerprint.add(5)
                fingerprint.add(number.bitPattern)
                return .double(number)
            }
        default:
            return nil
        }
    }

    private static func make<T>(for sample: T) -> FieldReader {
        let type = ObjectIdentifier(T.self)
        if let primitive = primitiveReader(for: T.self) { return primitive }
        // A value of protocol type (`Any`, `any PageView`): what it holds decides, value by value.
        guard ObjectIdentifier(Swift.type(of: sample as Any)) == type else { return general(T.self) }
        if let optional = T.self as? any TemplateOptional.Type { return optional.templateReader() }
        if let array = T.self as? any TemplateArray.Type { return array.templateReader() }
        if type == ObjectIdentifier(TemplateRenderer.StringTable.self) {
            // The page cache's salt covers the UI strings.
            return { address, _ in .record(address.load(as: TemplateRenderer.StringTable.self).record) }
        }
        if !(sample is CustomReflectable), TemplateValue.isRecord(sample), let fields = StructFields.layout(of: T.self) {
            return record(of: sample, fields: fields)
        }
        return general(T.self)
    }

    private static func record<T>(of sample: T, fields: [StructFields.Field]) -> FieldReader {
        var sample = sample
        let typeName = TypeName.of(T.self)
        let labels = TemplateLabels(fields.map(\.label)), offsets = fields.map(\.offset)
        let readers = withUnsafeBytes(of: &sample) { bytes in
            let base = address(of: bytes, for: T.self)
            return fields.map { field in
                func reader<Field>(_: Field.Type) -> FieldReader { Self.reader(for: (base + field.offset).load(as: Field.self)) }
                return _openExistential(field.type, do: reader)
            }
        }
        return { address, fingerprint in
            fingerprint.add(9)
            if fingerprint.isRecording { fingerprint.add(typeName) }
            var values: [TemplateValue?] = []
            values.reserveCapacity(readers.count)
            for index in readers.indices {
                fingerprint.add(labels.names[index])
                values.append(readers[index](address + offsets[index], &fingerprint))
            }
            return .record(TemplateRecord(labels: labels, present: values))
        }
    }

    /// Through `Any`, for what the typed readers do not cover.
    private static func general<T>(_: T.Type) -> FieldReader {
        { address, fingerprint in TemplateValue.readGeneral(address.load(as: T.self) as Any, fingerprint: &fingerprint) }
    }

    /// A zero-sized value may have no address of its own; nothing is ever loaded from it.
    static func address<T>(of bytes: UnsafeRawBufferPointer, for _: T.Type) -> UnsafeRawPointer {
        bytes.baseAddress ?? UnsafeRawPointer(bitPattern: MemoryLayout<T>.alignment)!
    }
}

/// `Optional`, seen from a generic reader that needs its `Wrapped`.
protocol TemplateOptional { static func templateReader() -> FieldReader }

extension Optional: TemplateOptional {
    /// swift-mustache removes one level of `Optional` from a field and skips a field holding `nil`.
    static func templateReader() -> FieldReader {
        let isNested = Wrapped.self is any TemplateOptional.Type
        return { address, fingerprint in
            guard let wrapped = address.load(as: Wrapped?.self) else {
                fingerprint.add(0x6e69_6c)
                return nil
            }
            // Below the first level an optional is a value, judged as swift-mustache judges one.
            if isNested { return TemplateValue.readGeneral(wrapped as Any, fingerprint: &fingerprint) }
            return TypedReaders.read(wrapped, fingerprint: &fingerprint)
        }
    }
}

/// `Array`, seen from a generic reader that needs its `Element`.
protocol TemplateArray { static func templateReader() -> FieldReader }

extension Array: TemplateArray {
    static func templateReader() -> FieldReader {
        { address, fingerprint in
            let array = address.load(as: [Element].self)
            fingerprint.add(6)
            fingerprint.add(array.count)
            guard let first = array.first else { return .list([], original: array) }
            // Items of protocol or optional type are judged one by one, as swift-mustache does.
            guard ObjectIdentifier(type(of: first as Any)) == ObjectIdentifier(Element.self),
                  !(Element.self is any TemplateOptional.Type) else {
                return .list(array.map { TemplateValue.readGeneral($0 as Any, fingerprint: &fingerprint) }, original: array)
            }
            let read = TypedReaders.reader(for: first)
            let items = array.withUnsafeBytes { bytes in
                let base = TypedReaders.address(of: bytes, for: Element.self), stride = MemoryLayout<Element>.stride
                return array.indices.map { index in read(base + index * stride, &fingerprint) ?? .other(array[index]) }
            }
            return .list(items, original: array)
        }
    }
}
