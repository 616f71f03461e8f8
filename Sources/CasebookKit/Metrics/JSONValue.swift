/// A JSON document whose objects keep their keys in the order they were written.
///
/// `JSONEncoder` does not promise a key order, and metrics.json is compared byte for byte
/// between builds, so the document is built and printed by hand.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
        default: return false
        }
    }

    /// Pretty-printed text: two-space indentation, `"key": value`, empty containers as `[]`/`{}`,
    /// and a trailing newline.
    func prettyPrinted() -> String {
        var out = ""
        write(into: &out, depth: 0)
        out.append("\n")
        return out
    }

    private func write(into out: inout String, depth: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.append(String(value))
        case .double(let value): out.append(JSONValue.number(value))
        case .string(let value): JSONValue.appendQuoted(value, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append("[]"); return }
            out.append("[\n")
            for (index, item) in items.enumerated() {
                JSONValue.indent(&out, depth + 1)
                item.write(into: &out, depth: depth + 1)
                out.append(index == items.count - 1 ? "\n" : ",\n")
            }
            JSONValue.indent(&out, depth)
            out.append("]")
        case .object(let members):
            guard !members.isEmpty else { out.append("{}"); return }
            out.append("{\n")
            for (index, (key, value)) in members.enumerated() {
                JSONValue.indent(&out, depth + 1)
                JSONValue.appendQuoted(key, to: &out)
                out.append(": ")
                value.write(into: &out, depth: depth + 1)
                out.append(index == members.count - 1 ? "\n" : ",\n")
            }
            JSONValue.indent(&out, depth)
            out.append("}")
        }
    }

    /// Swift's shortest round-trip form (`0.1`, `2.0`, `1e-05`, `1e+16`), which is always valid
    /// JSON for finite values. JSON has no infinity or NaN; the calculator never produces them
    /// (every division guards its denominator), and should one slip through it prints as `null`
    /// rather than make the file unreadable.
    static func number(_ value: Double) -> String {
        value.isFinite ? value.description : "null"
    }

    /// Appends `text` as a JSON string per RFC 8259: quote, backslash and control characters
    /// escaped, everything else as UTF-8.
    static func appendQuoted(_ text: String, to out: inout String) {
        out.append("\"")
        var plainStart = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                out.append(contentsOf: Substring(scalars[plainStart..<index]))
                out.append(escape)
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        // Through Substring: UnicodeScalarView.append(contentsOf:) rebuilds the whole of `out`
        // each time, which made writing a large metrics.json quadratic.
        out.append(contentsOf: Substring(scalars[plainStart..<scalars.endIndex]))
        out.append("\"")
    }

    private static func indent(_ out: inout String, _ depth: Int) {
        for _ in 0..<depth { out.append("  ") }
    }
}
