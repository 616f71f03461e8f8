/// Makes a `String` of at most 15 ASCII bytes in its inline form, from two words.
///
/// The exports' ids (ticket_id, customer_id, order_id) are short ASCII, four of them a row, and
/// `String(decoding:as:)` validated each, then copied it into the inline form byte by byte: about
/// 180 instructions an id, 800 M at a million tickets and 1.2 million orders (callgrind).
///
/// The inline form is the standard library's small string on 64-bit platforms: bytes 0–14 of the
/// text in the two words, little-endian, and in the top byte the flags immortal, small and ASCII
/// (0xE0) with the count. The first use checks this against `String(decoding:as:)` on a probe
/// text; where it does not hold (another platform or runtime), every string is made the usual way.
enum ShortASCIIString {
    /// Whether the inline form is the one described above, checked once.
    static let isAvailable: Bool = {
        guard MemoryLayout<String>.size == 16, MemoryLayout<(UInt64, UInt64)>.size == 16 else { return false }
        for probe in ["", "a", "KL-000001", "ZG-0000001ABCDE", "12345678"] {
            let made = Array(probe.utf8).withUnsafeBufferPointer { make($0) }
            guard made == probe, made.utf8.count == probe.utf8.count, made.hashValue == probe.hashValue,
                  made.utf8.elementsEqual(probe.utf8) else { return false }
        }
        return true
    }()

    /// The text of `bytes`: inline when it is ASCII and at most 15 bytes long and the form is
    /// available, otherwise through `String(decoding:as:)`.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count <= 15, isAvailable else { return String(decoding: bytes, as: UTF8.self) }
        let (low, high) = words(bytes)
        // A byte with its top bit set is not ASCII.
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return String(decoding: bytes, as: UTF8.self) }
        return unsafeBitCast((low, high | (UInt64(0xE0 | bytes.count) << 56)), to: String.self)
    }

    /// Without the availability check, for the check itself; `bytes` must be ASCII, at most 15.
    private static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let (low, high) = words(bytes)
        return unsafeBitCast((low, high | (UInt64(0xE0 | bytes.count) << 56)), to: String.self)
    }

    /// The bytes as two little-endian words, zero-padded.
    @inline(__always)
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let words = ByteWords.first16(bytes)
        return (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
    }
}
