import Yams

/// Turns one playbook file into a `Playbook`, checking its keys and step definitions.
struct PlaybookParser {
    static let keys = ["title", "slug", "order", "summary", "steps"]

    func parse(_ text: String, file: String, defaultSlug: String) -> (Playbook?, [Diagnostic]) {
        let (split, problem) = FrontMatter.split(text, file: file)
        guard let matter = split else { return (nil, problem.map { [$0] } ?? []) }
        var reader = YAMLReader(file: file, lineOffset: matter.yamlLine - 1)
        let (root, yamlErrors) = YAMLDocument.parse(matter.yaml, file: file, lineOffset: matter.yamlLine - 1)
        reader.log.append(contentsOf: yamlErrors)
        guard let root, let pairs = reader.mapping(root, allowed: Self.keys, context: "playbook front matter") else {
            return (nil, reader.log.diagnostics)
        }
        var title: String?, slug: String?, order: Int?, summary: String?
        var steps: [Playbook.Step] = []
        var locations: [String: SourceLocation] = [:]
        for (key, value, _) in pairs {
            let where_ = reader.location(of: value)
            locations[key] = where_
            switch key {
            case "title": title = reader.text(value, key: key)
            case "slug":
                guard let raw = reader.text(value, key: key) else { continue }
                if NameRules.isValid(raw) { slug = raw } else {
                    reader.log.error("slug '\(raw)' may use only a-z, 0-9 and - (not at the ends)", at: where_)
                }
            case "order": order = reader.int(value, key: key, in: -1_000_000...1_000_000)
            case "summary": summary = reader.text(value, key: key)
            default: steps = readSteps(value, reader: &reader, locations: &locations)
            }
        }
        let top = SourceLocation(file: file, line: 1, column: 1)
        if title?.isEmpty ?? true { reader.log.error("missing required key 'title'", at: locations["title"] ?? top) }
        if slug == nil, !NameRules.isValid(defaultSlug) {
            reader.log.error("the file name '\(defaultSlug)' is not a valid URL slug (a-z, 0-9 and -); rename the file or set 'slug'", at: top)
        }
        let markdown = CommonMark.render(matter.body, file: file, firstLine: matter.bodyLine)
        reader.log.append(contentsOf: markdown.diagnostics)
        guard let title, !title.isEmpty, !reader.log.hasErrors else { return (nil, reader.log.diagnostics) }
        var playbook = Playbook(title: title, slug: slug ?? defaultSlug, order: order,
                                summary: summary ?? markdown.firstParagraph, steps: steps, bodyHTML: markdown.html, source: file)
        playbook.keyLocations = locations
        return (playbook, reader.log.diagnostics)
    }

    /// Steps are `{ key, label }`; the key's location is kept as `step:<key>` for cross-file duplicate reports.
    private func readSteps(_ node: Node, reader: inout YAMLReader, locations: inout [String: SourceLocation]) -> [Playbook.Step] {
        guard case let .sequence(items) = node else {
            reader.log.error("steps must be a list of { key, label }", at: reader.location(of: node))
            return []
        }
        var steps: [Playbook.Step] = []
        for item in items {
            guard let pairs = reader.mapping(item, allowed: ["key", "label"], context: "a step") else { continue }
            let fields = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let keyNode = fields["key"], let key = reader.text(keyNode, key: "key") else {
                reader.log.error("a step needs a key", at: reader.location(of: item))
                continue
            }
            let at = reader.location(of: keyNode)
            guard NameRules.isKey(key) else {
                reader.log.error("step key '\(key)' may use only a-z, 0-9 and _", at: at)
                continue
            }
            guard let labelNode = fields["label"], let label = reader.text(labelNode, key: "label"), !label.isEmpty else {
                reader.log.error("step '\(key)' needs a label", at: reader.location(of: item))
                continue
            }
            locations["step:" + key] = at
            steps.append(Playbook.Step(key: key, label: label))
        }
        return steps
    }
}
