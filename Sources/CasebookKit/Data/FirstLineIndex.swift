/// Remembers the line where each id of a column was first seen, to report duplicates.
///
/// Exports are usually sorted by id, and while every id sorts after the one before it (shorter
/// first, then bytewise, so `T-9` < `T-10`) none can repeat, so nothing is looked up at all.
/// The first id out of order switches to a `StringNumbering` of the ids seen.
struct FirstLineIndex {
    /// The ids in order of first appearance while they arrive in order; empty once `table` is used.
    private var keys: [String] = []
    /// Every id seen, once the ids stopped arriving in order.
    private var table: StringNumbering?
    /// First line of each id, by its position in `keys` or its number in `table`.
    private var lines: [Int32] = []

    init() {}

    /// Makes room for `count` ids without growing.
    mutating func reserveCapacity(_ count: Int) {
        lines.reserveCapacity(count)
        if table == nil { keys.reserveCapacity(count) }
    }

    /// Records `key` at `line` and returns `nil`, or, when it was seen before, the first line.
    mutating func insert(_ key: String, line: Int) -> Int? {
        if table == nil {
            if keys.isEmpty || keys[keys.count - 1].precedesAsId(key) {
                keys.append(key)
                lines.append(Int32(truncatingIfNeeded: line))
                return nil
            }
            // All ids so far are distinct, so they are numbered as they are.
            table = StringNumbering(distinct: keys)
            keys = []
        }
        let (number, isNew) = table!.insert(key)
        guard isNew else { return Int(lines[Int(number)]) }
        lines.append(Int32(truncatingIfNeeded: line))
        return nil
    }

    /// Whether any id recorded here was also recorded in `other`: for two parts of one file read
    /// apart. Two runs of ids in order that follow each other cannot share one, so nothing is hashed.
    func sharesAnyKey(with other: FirstLineIndex) -> Bool {
        if table == nil, other.table == nil {
            guard let last = keys.last, let first = other.keys.first else { return false }
            if last.precedesAsId(first) { return false }
        }
        return (other.table?.strings ?? other.keys).contains { contains($0) }
    }

    private func contains(_ key: String) -> Bool {
        if let table { return table.number(of: key) != nil }
        return keys.positionInIdOrder(of: key) != nil
    }
}
