#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two orders of ids and names: byte order for every list in the output, and id order
/// (shorter first) for lookups in exports.
extension String {
    /// Byte order of the UTF-8 text (= Unicode scalar order): the order every list of ids and
    /// names in metrics.json uses, the same as SQL's binary collation or Python's `sorted`.
    @inline(__always)
    func precedesInByteOrder(_ other: String) -> Bool {
        compareUTF8(other) { x, y, order in order != 0 ? order < 0 : x < y }
    }

    /// True when `other` sorts strictly after this id the way exports number them: shorter first,
    /// then bytewise, so `T-9` comes before `T-10`.
    ///
    /// Exports are usually sorted by id (or by opening time, with ids given in that order), and a
    /// column that keeps to this order cannot repeat an id and can be searched without hashing.
    @inline(__always)
    func precedesAsId(_ other: String) -> Bool {
        compareUTF8(other) { x, y, order in x != y ? x < y : order < 0 }
    }

    /// `decide(count of self, count of other, memcmp of the common prefix)`.
    @inline(__always)
    private func compareUTF8(_ other: String, _ decide: (Int, Int, Int32) -> Bool) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                return decide(x.count, y.count, common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common))
            }
        }
    }
}

/// The first 16 bytes of a string as two big-endian numbers (zeros after its end), so that byte
/// order can be decided by comparing integers: keys that differ order their strings as
/// `precedesInByteOrder` does, and only equal keys need the strings themselves.
struct ByteOrderKey: Comparable {
    let head: UInt64, tail: UInt64

    init(_ text: String) {
        var text = text
        (head, tail) = text.withUTF8 { bytes in
            let words = ByteWords.first16(bytes)
            return (UInt64(bigEndian: words.0), UInt64(bigEndian: words.1))
        }
    }

    static func < (a: ByteOrderKey, b: ByteOrderKey) -> Bool { a.head != b.head ? a.head < b.head : a.tail < b.tail }
}

extension Array where Element == String {
    /// Whether every id sorts strictly after the one before it (`precedesAsId`).
    var isInIdOrder: Bool {
        indices.dropFirst().allSatisfy { self[$0 - 1].precedesAsId(self[$0]) }
    }

    /// The position of `id` in ids that are in id order, by binary search.
    func positionInIdOrder(of id: String) -> Int? {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].precedesAsId(id) { low = mid + 1 } else { high = mid }
        }
        return low < count && self[low] == id ? low : nil
    }
}

/// The position of each id in a column, the first one winning: a binary search when the ids are
/// in id order (no table at all), otherwise a `StringNumbering`.
struct IdLookup: Sendable {
    private let sorted: [String]?
    private let numbering: StringNumbering
    /// Position of the first occurrence of each number's id.
    private let firstPosition: [Int]

    init(_ ids: [String]) {
        if ids.isInIdOrder {
            (sorted, numbering, firstPosition) = (ids, StringNumbering(), [])
            return
        }
        var numbering = StringNumbering(capacity: ids.count)
        var firstPosition: [Int] = []
        firstPosition.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where numbering.insert(id).isNew { firstPosition.append(position) }
        (sorted, self.numbering, self.firstPosition) = (nil, numbering, firstPosition)
    }

    func position(of id: String) -> Int? {
        if let sorted { return sorted.positionInIdOrder(of: id) }
        return numbering.number(of: id).map { firstPosition[Int($0)] }
    }
}
