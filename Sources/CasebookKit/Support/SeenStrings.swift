/// The strings met so far, each with the place it was first met: for a front matter's keys and
/// its lists, which hold a handful of entries.
///
/// Up to 16 entries are kept in a plain array and compared one by one; a hashed `Set` (SipHash,
/// an allocation, a rehash as it grows) for so few cost a case write-up's parse more than its
/// comparisons (0.4–0.8% of a 10,000-case build's samples). Beyond 16 a dictionary takes over,
/// so a long list stays linear.
struct SeenStrings<Place> {
    private var few: [(key: String, place: Place)] = []
    private var many: [String: Place]?

    private static var limit: Int { 16 }

    /// Records `key` at `place` and returns `nil`, or, when it was met before, the first place.
    mutating func insert(_ key: String, at place: Place) -> Place? {
        if many != nil {
            if let first = many![key] { return first }
            many![key] = place
            return nil
        }
        for entry in few where entry.key == key { return entry.place }
        few.append((key, place))
        if few.count > Self.limit {
            many = Dictionary(few.map { ($0.key, $0.place) }, uniquingKeysWith: { first, _ in first })
            few = []
        }
        return nil
    }
}

extension SeenStrings where Place == Void {
    /// Records `key`; `true` when it was not met before.
    mutating func insert(_ key: String) -> Bool { insert(key, at: ()) == nil }
}
