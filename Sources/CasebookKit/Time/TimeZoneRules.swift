import Foundation

/// The UTC offsets of one IANA zone as a sorted table, so converting on the hot path is a
/// binary search instead of a call into Foundation's calendar machinery.
public struct TimeZoneRules: Sendable {
    public let identifier: String
    /// Instants where the offset changes, ascending.
    let transitions: [Int64]
    /// `offsets[i]` is in force before `transitions[i]`; the last entry after the last transition.
    let offsets: [Int64]
    /// Local-time thresholds (transition + the larger of the two offsets): a naive local time at or
    /// past `localThresholds[i]` takes `offsets[i + 1]`, anything earlier the offset before it.
    /// This reads a repeated autumn hour as its first (summer) occurrence and a skipped spring
    /// hour with the offset in force before the change, as content.md requires.
    let localThresholds: [Int64]

    /// `nil` when the zone identifier is unknown to the system's tz database.
    public init?(identifier: String, from startYear: Int = 1970, to endYear: Int = 2100) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        let start = Date(timeIntervalSince1970: Double(LocalDate.days(year: startYear, month: 1, day: 1)) * 86_400)
        let end = Date(timeIntervalSince1970: Double(LocalDate.days(year: endYear, month: 1, day: 1)) * 86_400)
        var transitions: [Int64] = []
        var offsets: [Int64] = [Int64(zone.secondsFromGMT(for: start))]
        var cursor = start
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end {
            let offset = Int64(zone.secondsFromGMT(for: next))
            if offset != offsets.last! {
                transitions.append(Int64(next.timeIntervalSince1970.rounded()))
                offsets.append(offset)
            }
            cursor = next
        }
        self.init(identifier: identifier, transitions: transitions, offsets: offsets)
    }

    /// A zone with a fixed offset and no transitions (used by tests and for `UTC`).
    public static func fixed(offsetSeconds: Int64, identifier: String = "UTC") -> TimeZoneRules {
        TimeZoneRules(identifier: identifier, transitions: [], offsets: [offsetSeconds])
    }

    init(identifier: String, transitions: [Int64], offsets: [Int64]) {
        self.identifier = identifier
        self.transitions = transitions
        self.offsets = offsets
        self.localThresholds = transitions.indices.map { transitions[$0] + max(offsets[$0], offsets[$0 + 1]) }
    }

    /// The UTC offset in seconds in force at `instant`.
    @inline(__always)
    public func offset(at instant: Instant) -> Int64 {
        offsets[Self.upperBound(transitions, instant.seconds)]
    }

    /// The calendar date of `instant` on a wall clock in this zone.
    @inline(__always)
    public func localDate(_ instant: Instant) -> LocalDate {
        let local = instant.seconds + offset(at: instant)
        return LocalDate(daysSinceEpoch: Int(Self.floorDiv(local, 86_400)))
    }

    /// The instant of a naive wall-clock time, given as seconds since 1970-01-01T00:00 local.
    @inline(__always)
    public func instant(localSeconds: Int64) -> Instant {
        Instant(seconds: localSeconds - offsets[Self.upperBound(localThresholds, localSeconds)])
    }

    /// The run of local times around `localSeconds` that `instant(localSeconds:)` gives the same
    /// offset: `low <= localSeconds < high`, and each local time `t` there is `t - offset` UTC.
    public func localInterval(containing localSeconds: Int64) -> (low: Int64, high: Int64, offset: Int64) {
        let index = Self.upperBound(localThresholds, localSeconds)
        return (index > 0 ? localThresholds[index - 1] : .min,
                index < localThresholds.count ? localThresholds[index] : .max, offsets[index])
    }

    /// Local midnight starting `date`.
    public func startOfDay(_ date: LocalDate) -> Instant {
        instant(localSeconds: Int64(date.daysSinceEpoch) * 86_400)
    }

    /// Number of elements `<= value` in a sorted array: the index of the interval holding `value`.
    @inline(__always)
    static func upperBound(_ array: [Int64], _ value: Int64) -> Int {
        var low = 0, high = array.count
        while low < high {
            let mid = (low + high) >> 1
            if array[mid] <= value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    @inline(__always)
    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
