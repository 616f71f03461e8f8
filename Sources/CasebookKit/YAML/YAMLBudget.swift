// Yams does not export its libyaml module, but SwiftPM puts it on the module path of every
// package that depends on Yams; reading the event stream needs nothing beyond yaml.h.
import CYaml

/// Bounds the work a YAML document can ask for before Yams composes it.
///
/// Yams resolves an alias by sharing the anchored node, so composing a "billion laughs" document
/// is cheap, but everything that walks the tree afterwards (and Yams' own duplicate-key check,
/// which hashes keys) pays for the expanded size: 350 bytes of nested aliases used as mapping
/// keys took 19 s. This pass reads libyaml's events once, counts the nodes the document expands
/// to (an alias counts as the size of what it names) and stops at the first of: too many
/// nodes, too deep, or a key that is not plain text.
enum YAMLBudget {
    /// The front matter of a large case lists perhaps a few hundred values; site.yml fewer.
    static let maxNodes = 10_000
    /// Deep enough for every schema casebook reads (site.yml goes three levels down).
    static let maxDepth = 32
    /// Bytes of YAML in one document (front matter or site.yml).
    static let maxBytes = 256 * 1024

    /// A diagnostic for the first limit the document breaks, or `nil` when it is within
    /// all of them or is not well-formed YAML (Yams then reports the syntax error with its words).
    /// Each event read is also handed to `composer`.
    static func check(_ text: String, file: String, lineOffset: Int, composer: inout YAMLComposer) -> Diagnostic? {
        var bytes = Array(text.utf8)
        if bytes.count > maxBytes {
            return .error("the YAML is \(bytes.count) bytes, more than the limit of \(maxBytes)",
                          at: SourceLocation(file: file, line: lineOffset + 1))
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        // Named as Yams names it, so that both read the same events with the same marks (left to
        // detect it, libyaml would count a leading byte-order mark out of the columns).
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count - 1)
            var walk = Walk()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml's own nesting limit can trip first, since its scanner reads ahead; say it in our words.
                    let problem = parser.problem.map { String(cString: $0) } ?? ""
                    guard problem.contains("nesting level") else { return nil }
                    return .error(Problem.tooDeep.message, at: SourceLocation(file: file, line: lineOffset + Int(parser.problem_mark.line) + 1,
                                                                               column: Int(parser.problem_mark.column) + 1),
                                  hint: Problem.tooDeep.hint)
                }
                defer { yaml_event_delete(&event) }
                let at = SourceLocation(file: file, line: lineOffset + Int(event.start_mark.line) + 1,
                                        column: Int(event.start_mark.column) + 1)
                if let problem = walk.take(event) { return .error(problem.message, at: at, hint: problem.hint) }
                composer.take(event)
                if event.type == YAML_STREAM_END_EVENT { return nil }
            }
        }
    }

    struct Problem {
        var message: String
        var hint: String?

        static let tooDeep = Problem(message: "the YAML is nested more than \(YAMLBudget.maxDepth) levels deep",
                                     hint: "no casebook setting needs that much nesting")
    }

    /// The running count over the event stream.
    private struct Walk {
        struct Frame {
            var anchor: String?
            var size = 1
            let isMapping: Bool
            /// In a mapping, whether the next node is a key.
            var expectsKey: Bool
        }
        var stack: [Frame] = []
        var anchorSizes: [String: Int] = [:]
        var total = 0

        mutating func take(_ event: yaml_event_t) -> Problem? {
            switch event.type {
            case YAML_SCALAR_EVENT:
                return add(size: 1, anchor: name(event.data.scalar.anchor), isScalar: true)
            case YAML_ALIAS_EVENT:
                let anchor = name(event.data.alias.anchor) ?? ""
                let size = anchorSizes[anchor] ?? 1
                return add(size: size, anchor: nil, isScalar: size == 1)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if let problem = keyProblem(isScalar: false) { return problem }
                guard stack.count < YAMLBudget.maxDepth else { return .tooDeep }
                total += 1
                let anchor = event.type == YAML_SEQUENCE_START_EVENT ? name(event.data.sequence_start.anchor)
                                                                     : name(event.data.mapping_start.anchor)
                stack.append(Frame(anchor: anchor, isMapping: event.type == YAML_MAPPING_START_EVENT, expectsKey: true))
                return overBudget()
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return nil }
                if let anchor = frame.anchor { anchorSizes[anchor] = frame.size }
                if !stack.isEmpty { stack[stack.count - 1].size += frame.size }
                toggleKey()
                return nil
            default:
                return nil
            }
        }

        /// Counts a finished node (scalar or alias) of `size` nodes into the document and its parents.
        private mutating func add(size: Int, anchor: String?, isScalar: Bool) -> Problem? {
            if let problem = keyProblem(isScalar: isScalar) { return problem }
            total += size
            if let anchor { anchorSizes[anchor] = size }
            if !stack.isEmpty { stack[stack.count - 1].size += size }
            toggleKey()
            return overBudget()
        }

        private func keyProblem(isScalar: Bool) -> Problem? {
            guard let top = stack.last, top.isMapping, top.expectsKey, !isScalar else { return nil }
            return Problem(message: "a YAML key must be plain text, not a list or mapping", hint: nil)
        }

        private mutating func toggleKey() {
            guard !stack.isEmpty, stack[stack.count - 1].isMapping else { return }
            stack[stack.count - 1].expectsKey.toggle()
        }

        private func overBudget() -> Problem? {
            guard total > YAMLBudget.maxNodes else { return nil }
            return Problem(message: "the YAML expands to more than \(YAMLBudget.maxNodes) values (through aliases like *name)",
                           hint: "write the values out; casebook settings do not need anchors and aliases")
        }

        private func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }
    }
}
