/// A value kept in one heap box that its copies share until one of them is changed.
///
/// For values with many strings and arrays that are copied far more often than changed: a copy
/// is one retain instead of one per field.
struct CopyOnWrite<Value> {
    private final class Box {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    /// The same for a value and its copies until one of them is changed: a key for tables of
    /// what is derived from the value. A table keyed by it must hold the values it was built
    /// from: a value that is the only holder of its box is changed in place, identity and all,
    /// and a freed box's address may be reused.
    var identity: ObjectIdentifier { ObjectIdentifier(box) }

    var value: Value {
        @inline(__always) _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

/// A shared box is only read, and a box is changed only while one value holds it, so values of a
/// sendable type may cross threads in it.
extension CopyOnWrite: @unchecked Sendable where Value: Sendable {}
