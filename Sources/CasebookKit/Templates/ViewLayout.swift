
/// How the drawing finds a template's values in a view struct where it lies in memory, worked out
/// once per type: a string, a number, a struct of labelled fields, an optional or an array of
/// them. The drawing then reads each value it reaches at its offset, while the page's view is
/// alive, and builds no `TemplateValue` tree at all.
///
/// Reading every page into a tree first, then drawing it and letting it go, allocated a record and
/// its field array for every row of every list: at 10,000 cases that was 2.8 G instructions of
/// reading and freeing, a twelfth of the build (callgrind).
///
/// Each layout follows `TypedReaders` exactly: where the reader of a type makes a record, the
/// layout is a record with the same fields; what a layout cannot read in place (`other`: values
/// of protocol type, classes, custom mirrors, the UI strings, an optional struct) it hands to
/// the type's own reader (`read`), value by value, and the drawing goes on with that value.
final class ViewLayout: @unchecked Sendable {
    enum Kind {
        case string, bool, int, double
        /// A struct: `labels`, `offsets` and `fields`; a label's first field wins, as in `TemplateLabels`.
        case record
        /// `Optional` of a string, number or flag (`wrapped`): nil leaves the field out, as the
        /// reader does. Swift keeps an optional's payload at its offset 0.
        case optional
        /// `access` opens it.
        case array
        case other
    }

    let kind: Kind
    /// The type's typed reader, for values the drawing needs whole.
    let read: FieldReader

    // Layouts live as long as the process (one per type, in `layouts`), so the drawing holds
    // them unmanaged and reads the fields' offsets and layouts from buffers that are never
    // freed: it touches no reference count per lookup. Held in the enum's payloads, every lookup
    // retained and released them (30 M instructions at 1,000 cases).
    let labels: TemplateLabels?
    let offsets: UnsafeBufferPointer<Int>
    let fields: UnsafeBufferPointer<Unmanaged<ViewLayout>>
    let isNil: (@Sendable (UnsafeRawPointer) -> Bool)?
    let wrapped: Unmanaged<ViewLayout>?
    let access: ArrayAccess?
    /// A record's type, for the page cache's key.
    let typeName: String

    init(_ kind: Kind, read: @escaping FieldReader, labels: TemplateLabels? = nil, offsets: [Int] = [], fields: [ViewLayout] = [],
         isNil: (@Sendable (UnsafeRawPointer) -> Bool)? = nil, wrapped: ViewLayout? = nil, access: ArrayAccess? = nil,
         typeName: String = "") {
        self.kind = kind
        self.typeName = typeName
        self.read = read
        self.labels = labels
        self.offsets = UnsafeBufferPointer(Self.immortal(offsets))
        self.fields = UnsafeBufferPointer(Self.immortal(fields.map { Unmanaged.passRetained($0) }))
        self.isNil = isNil
        self.wrapped = wrapped.map { Unmanaged.passRetained($0) }
        self.access = access
    }

    private static func immortal<Element>(_ elements: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
        _ = buffer.initialize(from: elements)
        return buffer
    }

    private static let layouts = PerTypeCache<ViewLayout>()

    /// The layout of values of `T`; `sample` tells which kind of value `T` is, as for `TypedReaders.reader(for:)`.
    static func of<T>(_ sample: T) -> ViewLayout {
        layouts.value(for: T.self) { make(for: sample) }
    }

    private static func make<T>(for sample: T) -> ViewLayout {
        let read = TypedReaders.reader(for: sample)
        if let kind = primitive(T.self) { return ViewLayout(kind, read: read) }
        // The same tests, in the same order, as `TypedReaders.make`.
        guard ObjectIdentifier(type(of: sample as Any)) == ObjectIdentifier(T.self) else { return ViewLayout(.other, read: read) }
        if let optional = T.self as? any ViewOptional.Type { return optional.viewLayout(read: read) }
        if let array = T.self as? any ViewArray.Type { return array.viewLayout(read: read) }
        if ObjectIdentifier(T.self) == ObjectIdentifier(TemplateRenderer.StringTable.self) { return ViewLayout(.other, read: read) }
        if !(sample is CustomReflectable), TemplateValue.isRecord(sample), let fields = StructFields.layout(of: T.self) {
            var sample = sample
            let layouts = withUnsafeBytes(of: &sample) { bytes in
                let base = TypedReaders.address(of: bytes, for: T.self)
                return fields.map { field in
                    func layout<Field>(_: Field.Type) -> ViewLayout { of((base + field.offset).load(as: Field.self)) }
                    return _openExistential(field.type, do: layout)
                }
            }
            return ViewLayout(.record, read: read, labels: TemplateLabels(fields.map(\.label)), offsets: fields.map(\.offset),
                              fields: layouts, typeName: TypeName.of(T.self))
        }
        return ViewLayout(.other, read: read)
    }

    /// Adds everything a template can see in the value at `address` to `fingerprint`, as the
    /// typed readers add it while reading (the page cache's key), without making any value.
    func fingerprint(_ address: UnsafeRawPointer, into fingerprint: inout Fingerprint) {
        switch kind {
        case .string:
            fingerprint.add(1)
            fingerprint.add(address.load(as: String.self))
        case .bool:
            fingerprint.add(address.load(as: Bool.self) ? 2 : 3)
        case .int:
            fingerprint.add(4)
            fingerprint.add(address.load(as: Int.self))
        case .double:
            fingerprint.add(5)
            fingerprint.add(address.load(as: Double.self).bitPattern)
        case .record:
            fingerprint.add(9)
            fingerprint.add(typeName)
            for index in fields.indices {
                fingerprint.add(labels!.names[index])
                fields[index]._withUnsafeGuaranteedRef { $0.fingerprint(address + offsets[index], into: &fingerprint) }
            }
        case .optional:
            if isNil!(address) {
                fingerprint.add(0x6e69_6c)
            } else {
                wrapped!._withUnsafeGuaranteedRef { $0.fingerprint(address, into: &fingerprint) }
            }
        case .array:
            _ = access!.visit(address) { base, count, stride, items in
                guard let items else {
                    _ = read(address, &fingerprint)  // items of protocol type, read whole
                    return true
                }
                fingerprint.add(6)
                fingerprint.add(count)
                for index in 0..<count { items.fingerprint(base + index * stride, into: &fingerprint) }
                return true
            }
        case .other:
            _ = read(address, &fingerprint)
        }
    }

    /// The kind of a string, number or flag, which needs no value to tell.
    static func primitive(_ type: Any.Type) -> Kind? {
        switch ObjectIdentifier(type) {
        case ObjectIdentifier(String.self): .string
        case ObjectIdentifier(Bool.self): .bool
        case ObjectIdentifier(Int.self): .int
        case ObjectIdentifier(Double.self): .double
        default: nil
        }
    }
}

/// An array's items where they lie, for a list section.
final class ArrayAccess: Sendable {
    /// Calls `body` with the items' base, count, stride and layout; the layout is `nil` for items
    /// of protocol type, which are read whole instead. Only an array that holds items is opened.
    let visit: @Sendable (UnsafeRawPointer, (_ base: UnsafeRawPointer, _ count: Int, _ stride: Int, _ items: ViewLayout?) -> Bool) -> Bool
    /// Whether the array at an address holds no items.
    let isEmpty: @Sendable (UnsafeRawPointer) -> Bool

    init(visit: @escaping @Sendable (UnsafeRawPointer, (UnsafeRawPointer, Int, Int, ViewLayout?) -> Bool) -> Bool,
         isEmpty: @escaping @Sendable (UnsafeRawPointer) -> Bool) {
        self.visit = visit
        self.isEmpty = isEmpty
    }
}

/// `Optional`, seen from a layout that needs its `Wrapped`.
protocol ViewOptional {
    static func viewLayout(read: @escaping FieldReader) -> ViewLayout
    /// The value of the optional at `address` without its outer `Optional`, `nil` for `.none`.
    static func unwrapOnce(at address: UnsafeRawPointer) -> Any?
}

extension Optional: ViewOptional {
    static func unwrapOnce(at address: UnsafeRawPointer) -> Any? {
        address.load(as: Wrapped?.self).map { $0 as Any }
    }

    static func viewLayout(read: @escaping FieldReader) -> ViewLayout {
        // Only a string, number or flag is known without a value to look at.
        guard let wrapped = ViewLayout.primitive(Wrapped.self) else { return ViewLayout(.other, read: read) }
        return ViewLayout(.optional, read: read, isNil: { $0.load(as: Wrapped?.self) == nil },
                          wrapped: ViewLayout(wrapped, read: TypedReaders.primitiveReader(for: Wrapped.self)!))
    }
}

/// `Array`, seen from a layout that needs its `Element`.
protocol ViewArray { static func viewLayout(read: @escaping FieldReader) -> ViewLayout }

extension Array: ViewArray {
    static func viewLayout(read: @escaping FieldReader) -> ViewLayout {
        // Items of optional type are judged one by one by the reader; so the list is read whole.
        guard !(Element.self is any TemplateOptional.Type) else { return ViewLayout(.other, read: read) }
        // A struct or enum item is always of the array's own element type, so its layout is the
        // same for every array of this type and is asked for once, not on every visit: each visit
        // copied the first item twice (once boxed as `Any`) and looked the layout up under a lock
        // (0.8% of a large build's samples).
        let fixed = ElementKind.isValueType(Element.self) ? ItemLayout() : nil
        let access = ArrayAccess(
            visit: { address, body in
                let array = address.load(as: [Element].self)
                guard !array.isEmpty else { return body(address, 0, MemoryLayout<Element>.stride, nil) }
                let items: ViewLayout
                if let fixed {
                    items = fixed.layout { array.withUnsafeBufferPointer { ViewLayout.of($0[0]) } }
                } else {
                    let first = array[0]
                    guard ObjectIdentifier(type(of: first as Any)) == ObjectIdentifier(Element.self) else {
                        return body(address, array.count, MemoryLayout<Element>.stride, nil)
                    }
                    items = ViewLayout.of(first)
                }
                return array.withUnsafeBytes { bytes in
                    body(TypedReaders.address(of: bytes, for: Element.self), array.count, MemoryLayout<Element>.stride, items)
                }
            },
            isEmpty: { $0.load(as: [Element].self).isEmpty })
        return ViewLayout(.array, read: read, access: access)
    }
}
