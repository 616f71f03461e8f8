/// Collects every problem of a build so they can be reported together.
///
/// A value type: each stage fills its own log and the build merges them, which keeps
/// parallel stages free of shared mutable state.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) { self.diagnostics = diagnostics }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    public mutating func append(contentsOf other: DiagnosticLog) { diagnostics += other.diagnostics }
    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics += other }

    public mutating func error(_ message: String, at location: SourceLocation?, hint: String? = nil,
                               notes: [Diagnostic] = []) {
        append(.error(message, at: location, hint: hint, notes: notes))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        append(.warning(message, at: location, hint: hint))
    }

    /// The same diagnostics with every line number in `file` moved down by `lines`, for a part
    /// of a file that was read on its own with lines counted from its first line.
    func shiftingLines(by lines: Int, in file: String) -> DiagnosticLog {
        func shifted(_ diagnostic: Diagnostic) -> Diagnostic {
            var diagnostic = diagnostic
            if diagnostic.location?.file == file, let line = diagnostic.location?.line { diagnostic.location?.line = line + lines }
            diagnostic.notes = diagnostic.notes.map(shifted)
            return diagnostic
        }
        return DiagnosticLog(diagnostics.map(shifted))
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var isEmpty: Bool { diagnostics.isEmpty }

    /// Sorted by file, line and column so the report reads top to bottom, whatever order stages ran in.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            switch (la, lb) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Every diagnostic as printed text lines (notes included), in sorted order.
    public var lines: [String] { sorted.flatMap { $0.description.split(separator: "\n").map(String.init) } }
}
