import Yams

/// Turns one case write-up (front matter + Markdown) into a `Case`, checking every key it can
/// check alone; references to tickets, playbooks and steps are checked later by `Linker`.
struct CaseParser {
    static let keys = ["title", "date", "slug", "customer", "tickets", "client_type", "playbooks", "steps", "outcome",
                       "retained", "tags", "draft", "summary"]
    let clientTypes: [String]
    var privacy = PersonalDataScanner()

    /// `file` is the display path; `defaultSlug` the file name without `.md`.
    func parse(_ text: String, file: String, defaultSlug: String) -> (Case?, [Diagnostic]) {
        let (split, problem) = FrontMatter.split(text, file: file)
        guard let matter = split else { return (nil, problem.map { [$0] } ?? []) }
        var reader = YAMLReader(file: file, lineOffset: matter.yamlLine - 1)
        let (root, yamlErrors) = YAMLDocument.parse(matter.yaml, file: file, lineOffset: matter.yamlLine - 1)
        reader.log.append(contentsOf: yamlErrors)
        guard let root else { return (nil, reader.log.diagnostics) }
        guard let pairs = reader.mapping(root, allowed: Self.keys, context: "case front matter") else {
            return (nil, reader.log.diagnostics)
        }
        let top = SourceLocation(file: file, line: 1, column: 1)
        var fields = Fields()
        var locations: [String: SourceLocation] = [:]
        for (key, value, at) in pairs {
            locations[key] = reader.location(of: value)
            read(key, value, at: at, into: &fields, reader: &reader)
        }
        if fields.title == nil { reader.log.error("missing required key 'title'", at: top) }
        if fields.date == nil, locations["date"] == nil { reader.log.error("missing required key 'date'", at: top) }
        let slug = fields.slug ?? defaultSlug
        if fields.slug == nil, !NameRules.isValid(slug) {
            reader.log.error("the file name '\(defaultSlug)' is not a valid URL slug (a-z, 0-9 and -); rename the file or set 'slug'", at: top)
        }
        let markdown = CommonMark.render(matter.body, file: file, firstLine: matter.bodyLine)
        reader.log.append(contentsOf: markdown.diagnostics)
        // The whole file, front matter included: a customer's e-mail in `summary` is as public as in the body.
        reader.log.append(contentsOf: privacy.diagnostics(for: text, file: file))
        guard let title = fields.title, let date = fields.date, !reader.log.hasErrors else { return (nil, reader.log.diagnostics) }
        var item = Case(title: title, date: date, slug: slug, summary: fields.summary ?? markdown.firstParagraph,
                        bodyHTML: markdown.html, source: file)
        item.customer = fields.customer
        item.tickets = fields.tickets
        item.clientType = fields.clientType
        item.playbooks = fields.playbooks
        item.steps = fields.steps
        item.outcome = fields.outcome
        item.retained = fields.retained
        item.tags = fields.tags
        item.draft = fields.draft
        item.keyLocations = locations
        return (item, reader.log.diagnostics)
    }

    private struct Fields {
        var title: String?, date: LocalDate?, slug: String?, customer: String?, clientType: String?, summary: String?
        var tickets: [String] = [], playbooks: [String] = [], steps: [String] = [], tags: [String] = []
        var outcome: Case.Outcome?, retained: Bool?, draft = false
    }

    /// Whether `text` is only whitespace as Foundation's `.whitespaces` sees it. A title that
    /// starts with a printable ASCII character is answered without Foundation's trimming, which
    /// costs some 20,000 instructions a call.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    private func read(_ key: String, _ value: Node, at: SourceLocation, into f: inout Fields, reader: inout YAMLReader) {
        let where_ = reader.location(of: value)
        switch key {
        case "title":
            f.title = reader.text(value, key: key)
            if f.title.map(Self.isBlank) ?? true {
                f.title = nil
                reader.log.error("title must not be empty", at: where_)
            }
        case "date": f.date = reader.date(value, key: key)
        case "slug":
            guard let slug = reader.text(value, key: key) else { return }
            if NameRules.isValid(slug) { f.slug = slug } else {
                reader.log.error("slug '\(slug)' may use only a-z, 0-9 and - (not at the ends)", at: where_)
            }
        case "customer": f.customer = reader.text(value, key: key)
        case "summary": f.summary = reader.text(value, key: key)
        case "client_type":
            guard let type = reader.text(value, key: key) else { return }
            if clientTypes.contains(type) { f.clientType = type } else {
                reader.log.error("unknown client_type '\(type)'", at: where_,
                                 hint: Suggestion.hint(for: type, in: clientTypes) ?? "use one of the keys of client_types in site.yml")
            }
        case "outcome":
            guard let raw = reader.text(value, key: key) else { return }
            if let outcome = Case.Outcome(rawValue: raw) { f.outcome = outcome } else {
                reader.log.error("outcome must be accepted, rejected, partial, withdrawn or open, not '\(raw)'", at: where_,
                                 hint: Suggestion.hint(for: raw, in: Case.Outcome.allCases.map(\.rawValue)))
            }
        case "retained": f.retained = reader.bool(value, key: key)
        case "draft": f.draft = reader.bool(value, key: key) ?? false
        case "tickets": f.tickets = unique(reader.textList(value, key: key), key: key, reader: &reader)
        case "playbooks": f.playbooks = unique(reader.textList(value, key: key), key: key, reader: &reader)
        case "steps": f.steps = unique(reader.textList(value, key: key), key: key, reader: &reader)
        case "tags": f.tags = unique(reader.textList(value, key: key).filter { !$0.0.isEmpty }, key: key, reader: &reader)
        default: break
        }
    }

    /// Drops repeated list items with a warning: listing a ticket twice is a slip, not a second ticket.
    private func unique(_ items: [(String, SourceLocation)], key: String, reader: inout YAMLReader) -> [String] {
        var seen = SeenStrings<Void>()
        var result: [String] = []
        for (item, at) in items {
            if seen.insert(item) { result.append(item) } else {
                reader.log.warning("'\(item)' is listed twice in \(key)", at: at)
            }
        }
        return result
    }
}
