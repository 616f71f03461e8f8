import Synchronization

/// The layout of an array's items, made on the first visit and kept: layouts live as long as the
/// process (`ViewLayout.of` keeps them too), so the one reference taken here is never given back.
final class ItemLayout: Sendable {
    private let stored = Atomic<UInt>(0)

    func layout(_ make: () -> ViewLayout) -> ViewLayout {
        let known = stored.load(ordering: .acquiring)
        if known != 0 { return Unmanaged<ViewLayout>.fromOpaque(UnsafeRawPointer(bitPattern: known)!).takeUnretainedValue() }
        let made = make()
        let bits = UInt(bitPattern: Unmanaged.passRetained(made).toOpaque())
        let (exchanged, original) = stored.compareExchange(expected: 0, desired: bits, ordering: .acquiringAndReleasing)
        if exchanged { return made }
        Unmanaged<ViewLayout>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!).release()
        return Unmanaged<ViewLayout>.fromOpaque(UnsafeRawPointer(bitPattern: original)!).takeUnretainedValue()
    }
}

/// Whether values of a type are always of exactly that type: structs and enums, as opposed to
/// classes (a subclass) and protocol types (any conforming type).
enum ElementKind {
    /// Declared as the standard library declares it for its own reflection (`_metadataKind`).
    @_silgen_name("swift_getMetadataKind")
    private static func metadataKind(_ type: Any.Type) -> UInt

    /// The runtime's metadata kinds of a struct (0x200) and an enum (0x201), as in the Swift ABI.
    static func isValueType(_ type: Any.Type) -> Bool {
        let kind = metadataKind(type)
        return kind == 0x200 || kind == 0x201
    }
}
