import CasebookC

/// Dense numbers 0, 1, 2, … for distinct strings in order of first appearance, with lookups that
/// cost one short hash and usually one cache miss.
///
/// Ids in exports are short ASCII, so a multiply-xorshift over eight bytes at a time is a few
/// instructions where `[String: Int32]` pays SipHash and about three cache misses: on 1,000,000
/// tickets and 1,200,000 orders the customer numbering was a fifth of the compute stage.
/// Open addressing over slots holding the key, the high 32 bits of its hash and its number + 1.
struct StringNumbering: Sendable {
    /// The string of each number.
    private(set) var strings: [String] = []
    private var slots: [Slot]

    /// The key is kept beside its number: a probe then reads one cache line, where reading the
    /// string from `strings` was a second miss on every hit.
    private struct Slot {
        /// The high 32 bits of the hash, and the number + 1 (0 = empty).
        var entry: UInt64 = 0
        var key = ""
    }

    init(capacity: Int = 0) {
        slots = [Slot](repeating: Slot(), count: Self.slotCount(for: capacity))
        strings.reserveCapacity(capacity)
    }

    /// Numbers `strings` in order, which must be distinct.
    init(distinct strings: [String]) {
        self.init(capacity: strings.count)
        for string in strings { _ = insert(string) }
    }

    /// Numbers the distinct strings of `strings`, in order of first appearance.
    init(distinctOf strings: [String]) {
        self.init(capacity: strings.count)
        for string in strings { _ = insert(string) }
    }

    var count: Int { strings.count }

    /// The number of `key`, given to it now if it is new.
    @inline(__always)
    mutating func insert(_ key: String) -> (number: Int32, isNew: Bool) { insert(key, hash: Self.hash(key)) }

    /// As `insert(_:)`, with `hash` already worked out as `StringNumbering.hash(key)`.
    @inline(__always)
    mutating func insert(_ key: String, hash: UInt64) -> (number: Int32, isNew: Bool) {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        if let number = find(key, hash: hash, slot: &slot) { return (number, false) }
        strings.append(key)
        slots[slot] = Slot(entry: hash & 0xFFFF_FFFF_0000_0000 | UInt64(strings.count), key: key)
        if strings.count * 2 > slots.count { rehash(slotCount: slots.count * 2) }
        return (Int32(strings.count - 1), true)
    }

    /// The number of `key`, or `nil` if it was never inserted.
    @inline(__always)
    func number(of key: String) -> Int32? { number(of: key, hash: Self.hash(key)) }

    /// As `number(of:)`, with `hash` already worked out as `StringNumbering.hash(key)`.
    @inline(__always)
    func number(of key: String, hash: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        return find(key, hash: hash, slot: &slot)
    }

    /// Inserts `key(index)` for every index of `indices` in order, handing each index and its number
    /// to `body`.
    ///
    /// In blocks of 16: the first slot of each key of a block is prefetched before any is
    /// inserted, so their cache misses overlap instead of following one another. Over a million
    /// ids the table is tens of megabytes, and waiting on one miss after another was nearly all of
    /// the numbering (perf, 10,000-case build: the order digest 4.4–5.0% of samples before, 2.3–2.7%
    /// with plain reads ahead, 1.8% with prefetches). Plain reads had to complete before they
    /// retired: a block of them filled the reorder buffer, and 72% of the complainant numbering's
    /// samples still sat on that read.
    @inline(__always)
    mutating func insertAll(_ indices: Range<Int>, key: (Int) -> String, _ body: (_ index: Int, _ number: Int32) -> Void) {
        var hashes = [UInt64](repeating: 0, count: Self.block)
        for start in stride(from: indices.lowerBound, to: indices.upperBound, by: Self.block) {
            let block = start..<min(start + Self.block, indices.upperBound)
            readAhead(block, key: key, hashes: &hashes)
            for index in block { body(index, insert(key(index), hash: hashes[index - start]).number) }
        }
    }

    /// The number of `key(index)` (`nil` if never inserted) for every index of `indices` in
    /// order, handed to `body`; read ahead in blocks of 16 as `insertAll` does.
    @inline(__always)
    func lookUpAll(_ indices: Range<Int>, key: (Int) -> String, _ body: (_ index: Int, _ number: Int32?) -> Void) {
        var hashes = [UInt64](repeating: 0, count: Self.block)
        for start in stride(from: indices.lowerBound, to: indices.upperBound, by: Self.block) {
            let block = start..<min(start + Self.block, indices.upperBound)
            readAhead(block, key: key, hashes: &hashes)
            for index in block { body(index, number(of: key(index), hash: hashes[index - start])) }
        }
    }

    private static let block = 16

    /// Hashes the keys of `block` into `hashes` and prefetches the first slot of each.
    @inline(__always)
    private func readAhead(_ block: Range<Int>, key: (Int) -> String, hashes: inout [UInt64]) {
        slots.withUnsafeBufferPointer { slots in
            for index in block {
                let hash = Self.hash(key(index))
                hashes[index - block.lowerBound] = hash
                casebook_prefetch(slots.baseAddress! + (Int(truncatingIfNeeded: hash) & (slots.count - 1)))
            }
        }
    }

    /// Probes from `slot`; leaves it at the empty slot where `key` would go when it is absent.
    @inline(__always)
    private func find(_ key: String, hash: UInt64, slot: inout Int) -> Int32? {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { slots in
            while case let entry = slots[slot].entry, entry != 0 {
                if entry & 0xFFFF_FFFF_0000_0000 == tag, slots[slot].key == key { return Int32(entry & 0xFFFF_FFFF) - 1 }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    private mutating func rehash(slotCount: Int) {
        slots = [Slot](repeating: Slot(), count: slotCount)
        let mask = slotCount - 1
        for index in strings.indices {
            let hash = Self.hash(strings[index])
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].entry != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(entry: hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1), key: strings[index])
        }
    }

    /// A power of two at least twice `count`, so probe runs stay short.
    private static func slotCount(for count: Int) -> Int {
        var slots = 64
        while slots < 2 * count { slots <<= 1 }
        return slots
    }

    @inline(__always)
    static func hash(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8(hash)
    }

    /// Eight bytes at a time with a multiply-xorshift mix.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
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
