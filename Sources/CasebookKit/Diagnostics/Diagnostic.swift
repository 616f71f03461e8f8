/// One problem found in the input, with where it is and, when we can tell, what was meant.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// A suggestion such as "did you mean 'emotional'?", printed after the message.
    public var hint: String?
    /// Related places, e.g. the first definition of a duplicate id.
    public var notes: [Diagnostic]

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String,
                hint: String? = nil, notes: [Diagnostic] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation?, hint: String? = nil,
                             notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, at: location, message)
    }

    /// The first line, `file:line:column: severity: message; hint`.
    public var headline: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let hint { text += "; \(hint)" }
        return text
    }

    /// The headline followed by one line per note.
    public var description: String {
        ([headline] + notes.map(\.headline)).joined(separator: "\n")
    }
}
