/// A point in time, in whole seconds since 1970-01-01T00:00:00Z.
///
/// The spec's timestamps carry at most seconds, so an integer keeps durations exact.
public struct Instant: Hashable, Comparable, Sendable {
    public var seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    public static func < (a: Instant, b: Instant) -> Bool { a.seconds < b.seconds }

    /// Duration from `b` to `a` in seconds.
    public static func - (a: Instant, b: Instant) -> Int64 { a.seconds - b.seconds }
    public static func + (a: Instant, seconds: Int64) -> Instant { Instant(seconds: a.seconds + seconds) }
}
