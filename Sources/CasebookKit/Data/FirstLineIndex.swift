/// Remembers the line where each id of a column was first seen, to report duplicates.
///
/// Exports are usually sorted by id, and while every id sorts after the one before it (shorter
/// first, then bytewise, so `T-9` < `T-10`) none can repeat, so nothing is looked up at all.
/// The first id out of order switches to an open-addressing table of 64-bit slots (32 hash
/// bits, 32 entry bits): one cache miss per id, where `[String: Int]` costs about three plus SipHash.
struct FirstLineIndex {
    /// Empty while the ids arrive in order; then 0 for an empty slot, otherwise the high 32 bits
    /// of the hash and entry index + 1.
    private var slots: [UInt64] = []
    private var keys: [String] = []
    private var lines: [Int32] = []

    init() {}

    /// Makes room for `count` ids without growing.
    mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(count)
        lines.reserveCapacity(count)
        if !slots.isEmpty && Self.slotCount(for: count) > slots.count { rehash(slotCount: Self.slotCount(for: count)) }
    }

    /// Records `key` at `line` and returns `nil`, or, when it was seen before, the first line.
    mutating func insert(_ key: String, line: Int) -> Int? {
        if slots.isEmpty {
            if keys.isEmpty || Self.inOrder(keys[keys.count - 1], key) {
                keys.append(key)
                lines.append(Int32(truncatingIfNeeded: line))
                return nil
            }
            // All ids so far are distinct, so they go into the table without checks.
            rehash(slotCount: Self.slotCount(for: max(keys.capacity, 2 * keys.count)))
        }
        var copy = key
        let hash = copy.withUTF8(Self.hash)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(entry & 0xFFFF_FFFF) - 1
                if keys[index] == key { return Int(lines[index]) }
            }
            slot = (slot + 1) & mask
        }
        keys.append(key)
        lines.append(Int32(truncatingIfNeeded: line))
        slots[slot] = tag | UInt64(keys.count)
        if keys.count * 2 > slots.count { rehash(slotCount: slots.count * 2) }
        return nil
    }

    private mutating func rehash(slotCount: Int) {
        slots = [UInt64](repeating: 0, count: slotCount)
        let mask = slotCount - 1
        for index in keys.indices {
            var key = keys[index]
            let hash = key.withUTF8(Self.hash)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
        }
    }

    /// True when `b` sorts strictly after `a`: shorter first, then bytewise.
    @inline(__always)
    private static func inOrder(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                if x.count != y.count { return x.count < y.count }
                for i in 0..<x.count where x[i] != y[i] { return x[i] < y[i] }
                return false
            }
        }
    }

    /// A power of two at least twice `count`, so probe runs stay short.
    private static func slotCount(for count: Int) -> Int {
        var slots = 64
        while slots < 2 * count { slots <<= 1 }
        return slots
    }

    /// Eight bytes at a time with a multiply-xorshift mix: ids are short, so this is a few instructions.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while i + 8 <= bytes.count {
            h = (h ^ raw!.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}
