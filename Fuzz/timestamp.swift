// libFuzzer entry for the timestamp parser and its "did you mean" suggestion.
//
// Checks that whatever parses is in range, that a parsed timestamp survives being written back
// in canonical form, and that a suggestion is itself accepted.

private let zones = [TimeZoneRules(identifier: "Europe/Warsaw")!, TimeZoneRules.fixed(offsetSeconds: 0)]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimestamp(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let cell = UnsafeBufferPointer(start: data, count: size)
    switch TimestampParser.fields(cell) {
    case .success(let fields):
        precondition((0..<86_400).contains(fields.seconds), "seconds of day out of range")
        if let offset = fields.offset { precondition(abs(offset) <= 14 * 3600, "offset out of range") }
        let date = LocalDate(daysSinceEpoch: fields.days)
        precondition(LocalDate(iso: date.description) == date, "date does not round-trip")
        for zone in zones {
            let parser = TimestampParser(zone: zone)
            guard case .success(let instant) = parser.instant(cell), case .success = parser.date(cell) else {
                preconditionFailure("fields parse but instant or date does not")
            }
            // Naive local times go through the zone; the result must land within a day of the wall clock.
            let local = Int64(fields.days) * 86_400 + Int64(fields.seconds)
            precondition(abs(instant.seconds - local) <= 86_400, "instant far from the written time")
        }
    case .failure:
        break
    }
    if let text = String(validating: cell, as: UTF8.self), let suggestion = TimestampParser.isoSuggestion(for: text) {
        var copy = suggestion
        let parses = copy.withUTF8 { if case .success = TimestampParser.fields($0) { true } else { false } }
        precondition(parses, "suggestion '\(suggestion)' is not accepted")
        precondition(suggestion != text, "suggestion repeats the input")
    }
    return 0
}
