/// Byte-level UTF-8 checks for CSV fields, fast enough to run on every record.
enum UTF8Validation {
    /// True when any byte in the range has its high bit set, i.e. the text is not plain ASCII.
    @inline(__always)
    static func containsNonASCII(_ start: UnsafePointer<UInt8>, count: Int) -> Bool {
        var i = 0
        var acc: UInt64 = 0
        // Eight bytes at a time: most exports are mostly ASCII, so this usually settles it.
        while i + 8 <= count {
            acc |= UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        while i < count {
            acc |= UInt64(start[i])
            i += 1
        }
        return acc & 0x8080_8080_8080_8080 != 0
    }

    /// True when the bytes are well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while i < n {
            // Skip ASCII a word at a time; Polish text is mostly ASCII between the diacritics.
            while i + 8 <= n && raw!.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            let c = bytes[i]
            if c < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF  // allowed range of the second byte
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard i + length <= n, bytes[i + 1] >= low, bytes[i + 1] <= high else { return false }
            var k = 2
            while k < length {
                guard bytes[i + k] & 0xC0 == 0x80 else { return false }
                k += 1
            }
            i += length
        }
        return true
    }

    /// Where the first ill-formed sequence starts; only called once `isValid` has said there is one.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case let .scalarValue(scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
        return offset
    }
}
