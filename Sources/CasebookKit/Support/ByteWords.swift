/// Eight bytes at a time: the word tests the byte scans share (CSV fields, the Markdown bracket
/// limit), and the first 16 bytes of a short text as two words, the key of the short-string tricks
/// (`ShortASCIIString`, `ByteOrderKey`, `StringInterner`).
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101

    /// `byte` in every byte of a word.
    @inline(__always)
    static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

    /// The high bit set in the lowest byte of `x` that is zero (bytes above it may be flagged too,
    /// which is harmless where only the lowest is used or only whether there is one).
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & 0x8080_8080_8080_8080 }

    /// Whether any byte of `word` is the byte repeated in `pattern`.
    @inline(__always)
    static func contains(_ word: UInt64, _ pattern: UInt64) -> Bool { zeroBytes(word ^ pattern) != 0 }

    /// The first 16 bytes as two words in memory order, zero-padded past the end.
    @inline(__always)
    static func first16(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        if let base = bytes.baseAddress {
            withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: min(16, bytes.count)) }
        }
        return words
    }
}
