import Yams

/// Reads typed values out of a composed YAML tree, recording a located diagnostic for every
/// value of the wrong type and every key that is not part of the schema.
struct YAMLReader {
    let file: String
    let lineOffset: Int
    var log = DiagnosticLog()

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1) }
        return SourceLocation(file: file, line: lineOffset + mark.line, column: mark.column)
    }

    /// The pairs of a mapping with unknown and duplicate keys reported; `nil` (and an error) if `node` is no mapping.
    mutating func mapping(_ node: Node, allowed: [String], context: String) -> [(key: String, value: Node, location: SourceLocation)]? {
        guard case let .mapping(mapping) = node else {
            log.error("\(context) must be a mapping of keys to values", at: location(of: node))
            return nil
        }
        var seen = SeenStrings<SourceLocation>()
        var pairs: [(key: String, value: Node, location: SourceLocation)] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let where_ = location(of: keyNode)
            if let first = seen.insert(key, at: where_) {
                log.error("duplicate key '\(key)'", at: where_, notes: [.note("'\(key)' first set here", at: first)])
                continue
            }
            guard allowed.contains(key) else {
                log.error("unknown key '\(key)' in \(context)", at: where_, hint: Suggestion.hint(for: key, in: allowed))
                continue
            }
            pairs.append((key, value, where_))
        }
        return pairs
    }

    /// A scalar's text; `null`/`~`/empty give `nil` without an error.
    mutating func text(_ node: Node, key: String) -> String? {
        guard case let .scalar(scalar) = node else {
            log.error("\(key) must be text, not a \(kind(node))", at: location(of: node))
            return nil
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    mutating func int(_ node: Node, key: String, in range: ClosedRange<Int>) -> Int? {
        guard let raw = text(node, key: key) else { return nil }
        guard let value = Int(raw), range.contains(value) else {
            log.error("\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(raw)'", at: location(of: node))
            return nil
        }
        return value
    }

    mutating func double(_ node: Node, key: String, in range: ClosedRange<Double>) -> Double? {
        guard let raw = text(node, key: key) else { return nil }
        guard let value = Double(raw), value.isFinite, range.contains(value) else {
            let upper = range.upperBound == .greatestFiniteMagnitude ? "" : " and at most \(range.upperBound)"
            log.error("\(key) must be a number of at least \(range.lowerBound)\(upper), not '\(raw)'", at: location(of: node))
            return nil
        }
        return value
    }

    /// yes/no, true/false, tak/nie (any case), as content.md allows in every input.
    mutating func bool(_ node: Node, key: String) -> Bool? {
        guard let raw = text(node, key: key) else { return nil }
        switch raw.lowercased() {
        case "yes", "true", "tak", "1", "on": return true
        case "no", "false", "nie", "0", "off": return false
        default:
            log.error("\(key) must be yes or no, not '\(raw)'", at: location(of: node))
            return nil
        }
    }

    mutating func date(_ node: Node, key: String) -> LocalDate? {
        guard let raw = text(node, key: key) else { return nil }
        guard let date = LocalDate(iso: raw) else {
            log.error("\(key) must be a date that exists, written YYYY-MM-DD, not '\(raw)'", at: location(of: node))
            return nil
        }
        return date
    }

    /// A list of scalars; a single scalar is accepted as a list of one, as Hugo does for tags.
    mutating func textList(_ node: Node, key: String) -> [(String, SourceLocation)] {
        switch node {
        case let .sequence(sequence):
            return sequence.compactMap { item in text(item, key: "each item of \(key)").map { ($0, location(of: item)) } }
        case .scalar:
            return text(node, key: key).map { [($0, location(of: node))] } ?? []
        default:
            log.error("\(key) must be a list", at: location(of: node))
            return []
        }
    }

    func kind(_ node: Node) -> String {
        switch node {
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .scalar: return "scalar"
        case .alias: return "alias"
        }
    }
}
