/// A 128-bit digest of a stream of values, for cache keys: the same values in the same order
/// always give the same digest, in every process (unlike `Hasher`, which is seeded per run).
///
/// Not cryptographic; a cache key only has to make an accidental match between different
/// inputs vanishingly unlikely, and two independent 64-bit lanes do that for any site size.
struct Fingerprint: Sendable {
    private var a: UInt64 = 0x243f_6a88_85a3_08d3
    private var b: UInt64 = 0x1319_8a2e_0370_7344
    private var count: UInt64 = 0
    /// `false` for a digest nobody reads: every `add` returns at once (a page drawn without the
    /// page cache still walks the same code).
    let isRecording: Bool

    init() { isRecording = true }

    private init(recording: Bool) { isRecording = recording }

    /// A fingerprint that records nothing.
    static var ignored: Fingerprint { Fingerprint(recording: false) }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        guard isRecording else { return }
        var index = 0
        while index + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        // The length closes every chunk, so "ab","c" and "a","bc" differ.
        mix(tail ^ (UInt64(bytes.count) << 56))
        mix(UInt64(bytes.count))
    }

    mutating func add(_ text: String) {
        guard isRecording else { return }
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add($0) } }

    mutating func add(_ value: UInt64) {
        guard isRecording else { return }
        mix(value)
        mix(0x9e37_79b9_7f4a_7c15)
    }

    mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64(value))) }

    /// The 128 bits, as a value to compare and keep.
    struct Digest: Hashable, Sendable {
        let high: UInt64
        let low: UInt64
    }

    var digest: Digest {
        Digest(high: Self.finish(a ^ count, 0xff51_afd7_ed55_8ccd), low: Self.finish(b ^ count, 0xc4ce_b9fe_1a85_ec53))
    }

    /// 32 lowercase hex digits.
    var hex: String {
        let digest = digest
        let (x, y) = (digest.high, digest.low)
        let digits = String(x, radix: 16), more = String(y, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits + String(repeating: "0", count: 16 - more.count) + more
    }

    @inline(__always)
    private mutating func mix(_ k: UInt64) {
        count &+= 1
        a = Self.finish(a ^ k, 0x9e37_79b9_7f4a_7c15) &+ count
        b = Self.finish(b &+ (k ^ 0x5851_f42d_4c95_7f2d), 0xbf58_476d_1ce4_e5b9) ^ (a >> 17)
    }

    @inline(__always)
    private static func finish(_ value: UInt64, _ multiplier: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= multiplier
        x ^= x >> 29
        x &*= 0x94d0_49bb_1331_11eb
        x ^= x >> 32
        return x
    }
}
