/// Hands out one shared `String` per distinct value of a low-cardinality column (channel,
/// category, agent), so a million rows do not allocate a million copies of "Opóźniona dostawa".
///
/// Values of at most 15 UTF-8 bytes are stored inline in a `String` anyway and skip the table;
/// past `limit` distinct values the column is evidently not low-cardinality and strings are made fresh.
final class StringInterner {
    private struct Entry {
        let hash: UInt64
        let bytes: [UInt8]
        let string: String
    }

    private var slots: [Int32]
    private var entries: [Entry] = []
    private let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
        slots = [Int32](repeating: -1, count: 64)
    }

    /// The string for `bytes`, which must be valid UTF-8.
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.count <= 15 { return String(decoding: bytes, as: UTF8.self) }
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash && entry.bytes.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) {
                return entry.string
            }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        guard entries.count < limit else { return string }
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, bytes: Array(bytes), string: string))
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

    /// FNV-1a: quick, and good enough for a few thousand short values.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}
