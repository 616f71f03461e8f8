// libFuzzer entry for the timestamp parser and its "did you mean" suggestion.
//
// Checks that whatever parses is in range, that a parsed timestamp survives being written back
// in canonical form, and that a suggestion is itself accepted.

private let zones = [TimeZoneRules(identifier: "Europe/Warsaw")!, TimeZoneRules.fixed(offsetSeconds: 0)]
/// One parser per zone that reads every input in turn, as a CSV table's parser reads its cells.
nonisolated(unsafe) private var seasoned = zones.map { TimestampParser(zone: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimestamp(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let cell = UnsafeBufferPointer(start: data, count: size)
    switch TimestampParser.fields(cell) {
    case .success(let fields):
        precondition((0..<86_400).contains(fields.seconds), "seconds of day out of range")
        precondition((0..<1_000_000).contains(fields.microseconds), "fraction out of range")
        if let offset = fields.offset { precondition(abs(offset) <= 14 * 3600, "offset out of range") }
        let date = LocalDate(daysSinceEpoch: fields.days)
        precondition(LocalDate(iso: date.description) == date, "date does not round-trip")
        for (index, zone) in zones.enumerated() {
            var parser = TimestampParser(zone: zone)
            guard case .success(let instant) = parser.instant(cell), case .success(let date) = parser.date(cell) else {
                preconditionFailure("fields parse but instant or date does not")
            }
            // A parser that has read every earlier input keeps their last date and zone interval;
            // it must still read this one as a fresh parser does.
            precondition(seasoned[index].instant(cell) == .success(instant) && seasoned[index].date(cell) == .success(date),
                         "a parser that has read earlier cells reads this one differently")
            // Naive local times go through the zone; the result must land within a day of the wall clock.
            let local = Int64(fields.days) * 86_400 + Int64(fields.seconds)
            precondition(abs(instant.seconds - local) <= 86_400, "instant far from the written time")
            // Offsets are whole seconds, so the written fraction is the instant's fraction.
            precondition(instant.microseconds - instant.seconds * 1_000_000 == Int64(fields.microseconds),
                         "fraction lost or shifted")
        }
    case .failure(let failure):
        for index in zones.indices {
            precondition(seasoned[index].instant(cell) == .failure(failure), "a parser that has read earlier cells accepts this one")
        }
    }
    if let text = String(validating: cell, as: UTF8.self), let suggestion = TimestampParser.isoSuggestion(for: text) {
        var copy = suggestion
        let parses = copy.withUTF8 { if case .success = TimestampParser.fields($0) { true } else { false } }
        precondition(parses, "suggestion '\(suggestion)' is not accepted")
        precondition(suggestion != text, "suggestion repeats the input")
    }
    return 0
}
