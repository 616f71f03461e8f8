/// Reads the timestamp forms of content.md from raw bytes: `YYYY-MM-DD`, then optionally
/// `T` or a space, `HH:MM`, `:SS`, `.fraction` (kept to the microsecond), and `Z`, `±HH:MM`, `±HHMM` or `±HH`.
///
/// A date alone is local midnight and a naive time is local wall-clock time in `zone`; with `Z`
/// or an offset the instant is exact. Hand-written so a million rows cost no formatter calls.
struct TimestampParser: Sendable {
    /// Why a cell is not a timestamp, from "not the shape" to "the shape, but impossible".
    enum Failure: Error, Equatable, Sendable {
        case malformed, invalidDate, invalidTime, invalidOffset
    }

    /// The numbers of a timestamp before any zone is applied.
    struct Fields: Equatable {
        /// Days since 1970-01-01 of the written date.
        var days: Int
        /// Seconds since the written midnight.
        var seconds: Int
        /// The fraction of the second, in microseconds (digits past the sixth are dropped).
        var microseconds: Int = 0
        /// Seconds east of UTC, when the text has `Z` or an offset.
        var offset: Int?
    }

    let zone: TimeZoneRules

    /// The date and the zone interval of the last cell read. An export's rows mostly come in time
    /// order, so most cells share the date and the offset of the one before; working out the
    /// day number and searching the zone's transitions again was half of each timestamp's cost.
    private var lastDate = DateMemo()
    private var lastInterval = Self.noInterval

    /// A stretch of local time with one UTC offset, as `TimeZoneRules.localInterval(containing:)` gives it.
    typealias Interval = (low: Int64, high: Int64, offset: Int64)
    /// Holds no time at all, so the first cell looks its interval up.
    private static let noInterval: Interval = (1, 0, 0)

    init(zone: TimeZoneRules) { self.zone = zone }

    /// The instant a timestamp cell stands for.
    mutating func instant(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Instant, Failure> {
        switch Self.fields(bytes, dates: &lastDate) {
        case .success(let fields): .success(instant(of: fields, interval: &lastInterval))
        case .failure(let failure): .failure(failure)
        }
    }

    /// The local calendar date of a date cell; a full timestamp is accepted and read as its local date.
    mutating func date(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<LocalDate, Failure> {
        switch Self.fields(bytes, dates: &lastDate) {
        case .success(let fields):
            .success(fields.offset == nil ? LocalDate(daysSinceEpoch: fields.days)
                                          : zone.localDate(instant(of: fields, interval: &lastInterval)))
        case .failure(let failure): .failure(failure)
        }
    }

    func instant(_ text: String) -> Result<Instant, Failure> {
        var text = text, parser = self
        return text.withUTF8 { parser.instant($0) }
    }

    func date(_ text: String) -> Result<LocalDate, Failure> {
        var text = text, parser = self
        return text.withUTF8 { parser.date($0) }
    }

    func instant(of fields: Fields) -> Instant {
        var interval = Self.noInterval
        return instant(of: fields, interval: &interval)
    }

    /// As `instant(of:)`; `interval` is the zone interval of an earlier local time, replaced
    /// when this one is outside it.
    private func instant(of fields: Fields, interval: inout Interval) -> Instant {
        let local = Int64(fields.days) * 86_400 + Int64(fields.seconds)
        let whole: Instant
        if let offset = fields.offset {
            whole = Instant(seconds: local - Int64(offset))
        } else {
            if local < interval.low || local >= interval.high { interval = zone.localInterval(containing: local) }
            whole = Instant(seconds: local - interval.offset)
        }
        return Instant(microseconds: whole.microseconds + Int64(fields.microseconds))
    }

    /// The first ten bytes of the last valid date read (`YYYY-MM-DD`) and its day number.
    struct DateMemo {
        var head: UInt64 = 0
        var tail: UInt16 = 0
        var days: Int?
    }

    /// Splits the text into date, time and offset; the shape is checked before the values, so
    /// `2026-02-30` is an impossible date while `2026-2-3` is not a timestamp at all.
    static func fields(_ p: UnsafeBufferPointer<UInt8>) -> Result<Fields, Failure> {
        var dates = DateMemo()
        return fields(p, dates: &dates)
    }

    /// As `fields(_:)`; a date whose ten bytes are those in `dates` takes its day number from there.
    static func fields(_ p: UnsafeBufferPointer<UInt8>, dates: inout DateMemo) -> Result<Fields, Failure> {
        let n = p.count
        guard n >= 10, p[4] == dash, p[7] == dash else { return .failure(.malformed) }
        let raw = UnsafeRawPointer(p.baseAddress!)
        let head = raw.loadUnaligned(as: UInt64.self), tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        var knownDays: Int?
        if let days = dates.days, head == dates.head, tail == dates.tail { knownDays = days }
        var year = 0, month = 1, day = 1
        if knownDays == nil {
            guard let y = number(p, 0, 4), let m = number(p, 5, 2), let d = number(p, 8, 2) else { return .failure(.malformed) }
            (year, month, day) = (y, m, d)
        }
        var hour = 0, minute = 0, second = 0, microseconds = 0, offset: Int?
        if n > 10 {
            let t = p[10]
            guard t == UInt8(ascii: "T") || t == UInt8(ascii: "t") || t == UInt8(ascii: " "), n >= 16, p[13] == colon,
                  let h = number(p, 11, 2), let m = number(p, 14, 2)
            else { return .failure(.malformed) }
            hour = h
            minute = m
            var i = 16
            if i < n && p[i] == colon {
                guard let s = number(p, i + 1, 2) else { return .failure(.malformed) }
                second = s
                i += 3
                // A fraction of a second is kept to the microsecond; further digits are dropped.
                if i < n && p[i] == UInt8(ascii: ".") {
                    i += 1
                    let digitsStart = i
                    var scale = 100_000
                    while i < n && p[i] &- zero < 10 {
                        microseconds += Int(p[i] &- zero) * scale
                        scale /= 10
                        i += 1
                    }
                    guard i > digitsStart else { return .failure(.malformed) }
                }
            }
            if i < n {
                switch zoneDesignator(p, from: i) {
                case .none: return .failure(.malformed)
                case .some(nil): return .failure(.invalidOffset)
                case .some(let seconds?): offset = seconds
                }
            }
        }
        let days: Int
        if let knownDays {
            days = knownDays
        } else {
            guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year) else {
                return .failure(.invalidDate)
            }
            days = LocalDate.days(year: year, month: month, day: day)
            dates = DateMemo(head: head, tail: tail, days: days)
        }
        guard hour < 24, minute < 60, second < 60 else { return .failure(.invalidTime) }
        return .success(Fields(days: days, seconds: hour * 3600 + minute * 60 + second, microseconds: microseconds,
                               offset: offset))
    }
}

// MARK: - Pieces

private let dash = UInt8(ascii: "-")
private let colon = UInt8(ascii: ":")
private let zero = UInt8(ascii: "0")

private extension TimestampParser {
    /// `count` decimal digits starting at `start`, or `nil`.
    @inline(__always)
    static func number(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= p.count else { return nil }
        var value = 0
        for i in start..<(start + count) {
            let digit = p[i] &- zero
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// The rest of the text as `Z`, `±HH:MM`, `±HHMM` or `±HH`: `nil` when it is not that shape,
    /// `.some(nil)` when it is but the offset is impossible (past ±14:00, minutes past 59).
    static func zoneDesignator(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int?? {
        let rest = p.count - i
        let c = p[i]
        if c == UInt8(ascii: "Z") || c == UInt8(ascii: "z") { return rest == 1 ? .some(0) : nil }
        guard c == UInt8(ascii: "+") || c == dash, let hours = number(p, i + 1, 2) else { return nil }
        var minutes = 0
        switch rest {
        case 3: break
        case 5: guard let m = number(p, i + 3, 2) else { return nil }; minutes = m
        case 6: guard p[i + 3] == colon, let m = number(p, i + 4, 2) else { return nil }; minutes = m
        default: return nil
        }
        guard hours * 60 + minutes <= 14 * 60, minutes < 60 else { return .some(nil) }
        let seconds = (hours * 60 + minutes) * 60
        return .some(c == dash ? -seconds : seconds)
    }
}

// MARK: - Suggestions

extension TimestampParser {
    /// The accepted form of a near miss, for "did you mean": `05.01.2026 10:00` (the Polish
    /// order), `2026/01/05` and `2026-1-5` become `2026-01-05…`. `DD/MM` is left alone: it is
    /// as likely to be `MM/DD`.
    static func isoSuggestion(for text: String) -> String? {
        let dateEnd = text.firstIndex { $0 == " " || $0 == "T" } ?? text.endIndex
        let rest = text[dateEnd...]
        for separator in [".", "/", "-"] as [Character] {
            let parts = text[..<dateEnd].split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
            else { continue }
            let (year, month, day): (Substring, Substring, Substring)
            if parts[0].count == 4 {
                (year, month, day) = (parts[0], parts[1], parts[2])
            } else if separator == ".", parts[2].count == 4 {
                (year, month, day) = (parts[2], parts[1], parts[0])
            } else {
                continue
            }
            guard month.count <= 2, day.count <= 2 else { continue }
            let candidate = "\(year)-\(month.count == 1 ? "0" : "")\(month)-\(day.count == 1 ? "0" : "")\(day)\(rest)"
            var bytes = candidate
            let parses = bytes.withUTF8 { if case .success = fields($0) { true } else { false } }
            if parses && candidate != text { return candidate }
        }
        return nil
    }
}
