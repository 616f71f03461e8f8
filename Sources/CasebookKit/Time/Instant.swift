/// A point in time, in microseconds since 1970-01-01T00:00:00Z.
///
/// The spec's timestamps carry whole seconds, but exports often add a fraction
/// (`10:00:00.250Z`); keeping it to the microsecond (Python's and PostgreSQL's resolution) keeps
/// durations exact against any careful reimplementation. An integer, so no rounding creeps in.
public struct Instant: Hashable, Comparable, Sendable {
    public static let microsecondsPerSecond: Int64 = 1_000_000

    public var microseconds: Int64

    public init(microseconds: Int64) { self.microseconds = microseconds }

    public init(seconds: Int64) { microseconds = seconds * Self.microsecondsPerSecond }

    /// Whole seconds since the epoch, rounded down (what zone offsets and local dates need).
    @inline(__always)
    public var seconds: Int64 {
        let q = microseconds / Self.microsecondsPerSecond
        return microseconds % Self.microsecondsPerSecond < 0 ? q - 1 : q
    }

    public static func < (a: Instant, b: Instant) -> Bool { a.microseconds < b.microseconds }

    /// Duration from `b` to `a` in microseconds.
    public static func - (a: Instant, b: Instant) -> Int64 { a.microseconds - b.microseconds }

    public func adding(seconds: Int64) -> Instant {
        Instant(microseconds: microseconds + seconds * Self.microsecondsPerSecond)
    }
}
