/// Diagnostics as a JSON array for CI annotations (`casebook check --format json`).
///
/// Keys come in a fixed order and absent values are `null`, so the output is stable and a CI
/// script can read every field without guessing whether it is there.
extension DiagnosticLog {
    /// Sorted diagnostics as a pretty-printed JSON array with a trailing newline.
    public func jsonText() -> String {
        JSONValue.array(sorted.map(\.json)).prettyPrinted()
    }
}

extension Diagnostic {
    var json: JSONValue {
        .object([
            ("file", location.map { .string($0.file) } ?? .null),
            ("line", location?.line.map { .int($0) } ?? .null),
            ("column", location?.column.map { .int($0) } ?? .null),
            ("severity", .string(severity.rawValue)),
            ("message", .string(message)),
            ("hint", hint.map { .string($0) } ?? .null),
            ("notes", .array(notes.map(\.json))),
        ])
    }
}
