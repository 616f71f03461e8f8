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
    func prettyPrinted() -> String { String(decoding: prettyPrintedBytes(), as: UTF8.self) }

    /// `prettyPrinted()` as UTF-8. Written on bytes: appending to a `String` piece by piece made
    /// the 12 MB metrics.json of a million tickets a serial 0.18 s at the end of every build.
    func prettyPrintedBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(into: &out, depth: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private func write(into out: inout [UInt8], depth: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): JSONValue.appendInteger(value, to: &out)
        case .double(let value): out.append(contentsOf: JSONValue.number(value).utf8)
        case .string(let value): JSONValue.appendQuoted(value, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                JSONValue.indent(&out, depth + 1)
                item.write(into: &out, depth: depth + 1)
                if index != items.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            JSONValue.indent(&out, depth)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in members.enumerated() {
                JSONValue.indent(&out, depth + 1)
                JSONValue.appendQuoted(key, to: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(into: &out, depth: depth + 1)
                if index != members.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            JSONValue.indent(&out, depth)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Decimal digits of `value`, as `String(value)` writes them.
    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of UInt.max
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            out.append(contentsOf: buffer[start...])
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
        var bytes: [UInt8] = []
        appendQuoted(text, to: &bytes)
        out.append(String(decoding: bytes, as: UTF8.self))
    }

    /// The same on bytes: every byte to escape is ASCII, and no byte of a multi-byte UTF-8
    /// sequence is below 0x80, so escaping byte by byte is escaping scalar by scalar.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var plainStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
                case 0x0A: out.append(contentsOf: #"\n"#.utf8)
                case 0x0D: out.append(contentsOf: #"\r"#.utf8)
                case 0x09: out.append(contentsOf: #"\t"#.utf8)
                case 0x08: out.append(contentsOf: #"\b"#.utf8)
                case 0x0C: out.append(contentsOf: #"\f"#.utf8)
                default:
                    let low = byte & 0xF
                    out.append(contentsOf: #"\u00"#.utf8)
                    out.append(UInt8(ascii: "0") + byte >> 4)
                    out.append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
                }
                plainStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func indent(_ out: inout [UInt8], _ depth: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}
