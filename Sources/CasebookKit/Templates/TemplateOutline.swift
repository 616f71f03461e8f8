/// The tags of one Mustache template as a tree, with where each tag is, so the names a template
/// uses can be checked against the values a page provides (swift-mustache keeps its own parse
/// private and renders an unknown name as nothing).
struct TemplateOutline: Sendable {
    indirect enum Node: Sendable {
        /// `{{name}}`, `{{{name}}}`, `{{&name}}`.
        case value(name: String, at: Place)
        /// `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`.
        case section(name: String, inverted: Bool, children: [Node], at: Place)
        /// `{{>name}}`.
        case partial(name: String)
        /// `{{<name}}…{{/name}}`: a parent template with `{{$block}}` overrides.
        case parent(name: String, blocks: [String: [Node]])
        /// `{{$name}}default{{/name}}`.
        case block(name: String, children: [Node])
    }

    /// Where a tag starts; `id` tells apart two tags with the same name.
    struct Place: Sendable, Hashable {
        var file: String
        var line: Int
        var column: Int
        var id: Int
    }

    let nodes: [Node]

    /// `nil` for templates the outline cannot follow (custom delimiters) or that do not parse;
    /// those are left to swift-mustache's own errors.
    init?(_ text: String, file: String, firstID: Int) {
        var stack: [(sigil: Character, name: String, at: Place, children: [Node])] = [(" ", "", Place(file: file, line: 1, column: 1, id: 0), [])]
        var id = firstID
        var line = 1, lineStart = text.startIndex
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            for index in rest[..<open.lowerBound].indices where rest[index] == "\n" {
                line += 1
                lineStart = text.index(after: index)
            }
            let triple = text[open.upperBound...].hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            guard let close = text[open.upperBound...].range(of: closer) else { return nil }
            let column = text.distance(from: lineStart, to: open.lowerBound) + 1
            var tag = text[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)[...]
            if triple { tag = tag.dropFirst() }
            let sigil: Character = triple ? "&" : (tag.first.map { "#^/><$&!=%".contains($0) ? $0 : " " } ?? " ")
            if sigil != " ", !triple { tag = tag.dropFirst() }
            let name = Self.name(in: tag.trimmingCharacters(in: .whitespaces))
            id += 1
            let place = Place(file: file, line: line, column: column, id: id)
            // Count the lines inside the tag itself too.
            for character in text[open.lowerBound..<close.upperBound] where character == "\n" { line += 1 }
            rest = text[close.upperBound...]
            switch sigil {
            case "!", "%": continue
            case "=": return nil
            case "#", "^", "<", "$": stack.append((sigil, name, place, []))
            case "/":
                guard stack.count > 1, let top = stack.popLast(), top.name == name else { return nil }
                let node: Node
                switch top.sigil {
                case "<":
                    var blocks: [String: [Node]] = [:]
                    for case let .block(blockName, children) in top.children { blocks[blockName] = children }
                    node = .parent(name: name, blocks: blocks)
                case "$": node = .block(name: name, children: top.children)
                default: node = .section(name: name, inverted: top.sigil == "^", children: top.children, at: top.at)
                }
                stack[stack.count - 1].children.append(node)
            case ">": stack[stack.count - 1].children.append(.partial(name: name))
            default:
                guard !name.isEmpty else { continue }  // `{{index()}}`-style sequence context
                stack[stack.count - 1].children.append(.value(name: name, at: place))
            }
        }
        guard stack.count == 1 else { return nil }
        nodes = stack[0].children
    }

    /// `transform(name)` reads `name`; anything else is the name itself.
    private static func name(in tag: String) -> String {
        guard let open = tag.firstIndex(of: "("), tag.hasSuffix(")") else { return tag }
        return String(tag[tag.index(after: open)..<tag.index(before: tag.endIndex)]).trimmingCharacters(in: .whitespaces)
    }
}
