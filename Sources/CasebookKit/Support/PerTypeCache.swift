import Synchronization

/// What is worked out once per Swift type and kept for the process, shared by the threads that
/// draw pages: struct layouts, typed readers, view layouts, type names.
///
/// The value is made outside the lock, since making one may ask for others (a record's reader
/// asks for its fields'). Two threads may then both make the value of a new type; the later one
/// is kept, and both are equal.
final class PerTypeCache<Value: Sendable>: Sendable {
    private let table = Mutex<[ObjectIdentifier: Value]>([:])

    init() {}

    func value(for type: Any.Type, make: () -> Value) -> Value {
        let key = ObjectIdentifier(type)
        if let known = table.withLock({ $0[key] }) { return known }
        let made = make()
        table.withLock { _ = $0.updateValue(made, forKey: key) }
        return made
    }
}
