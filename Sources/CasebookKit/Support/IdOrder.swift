extension String {
    /// True when `other` sorts strictly after this id the way exports number them: shorter first,
    /// then bytewise, so `T-9` comes before `T-10`.
    ///
    /// Exports are usually sorted by id (or by opening time, with ids given in that order), and a
    /// column that keeps to this order cannot repeat an id and can be searched without hashing.
    @inline(__always)
    func precedesAsId(_ other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                if x.count != y.count { return x.count < y.count }
                for i in 0..<x.count where x[i] != y[i] { return x[i] < y[i] }
                return false
            }
        }
    }
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
