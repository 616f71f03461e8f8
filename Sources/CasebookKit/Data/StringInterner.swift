/// Hands out one shared `String` per distinct value of a low-cardinality column (channel,
/// category, agent), so a million rows do not allocate a million copies of "Opóźniona dostawa".
///
/// A value of at most 16 bytes is looked up as two words and its length, compared in three
/// integer comparisons: making a fresh inline `String` from the bytes (validation and all) cost
/// about 180 instructions a cell, three cells a ticket. Longer values are hashed and compared
/// byte by byte. Past `limit` distinct values the column is evidently not low-cardinality and
/// strings are made fresh.
final class StringInterner {
    private struct Entry {
        let hash: UInt64
        /// The first 16 bytes, zero-padded, and the length: the whole value when `count <= 16`.
        let head: (UInt64, UInt64)
        let count: Int
        let bytes: [UInt8]
        let string: String
    }

    // Only ever used by one reader on one thread; checked, each row's reads of them went through
    // the runtime's exclusivity check (two calls of 76 instructions a cell).
    @exclusivity(unchecked) private var slots: [Int32]
    @exclusivity(unchecked) private var entries: [Entry] = []
    private let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
        slots = [Int32](repeating: -1, count: 64)
    }

    /// The string for `bytes`, which must be valid UTF-8.
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let head = ByteWords.first16(bytes)
        let isShort = bytes.count <= 16
        let hash = isShort ? Self.hash(head, count: bytes.count) : Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if entries[index].hash == hash, entries[index].count == bytes.count, entries[index].head == head,
               isShort || entries[index].bytes.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) {
                return entries[index].string
            }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        guard entries.count < limit else { return string }
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, head: head, count: bytes.count, bytes: isShort ? [] : Array(bytes), string: string))
        // Keep the table at most half full so probes stay short.
        if entries.count * 2 > slots.count { rehash(capacity: slots.count * 2) }
        return string
    }

    private func rehash(capacity: Int) {
        slots = [Int32](repeating: -1, count: capacity)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index)
        }
    }

    /// A multiply-and-fold of the two words and the length.
    private static func hash(_ head: (UInt64, UInt64), count: Int) -> UInt64 {
        var hash = (head.0 ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ (hash >> 32) ^ head.1) &* 0xC2B2_AE3D_27D4_EB4F
        return hash ^ (hash >> 29)
    }

    /// FNV-1a: quick, and good enough for a few thousand values.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}
