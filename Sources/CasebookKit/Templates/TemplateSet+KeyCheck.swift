import Mustache

/// Checks that every name a template uses is a value the page provides, so a typo such as
/// `{{titel}}` fails the build at the template's file and line instead of rendering as nothing.
///
/// It follows a page through its template the way swift-mustache does (sections push their
/// value, partials and parents are followed), but asks whether a name *exists* rather than
/// whether it has a value: a `false` flag or an empty list still has its children checked
/// against the same scope, and names inside an empty list are checked on the pages that have items.
/// Once every tag of a page template has been checked on some page, further pages of that
/// template are not walked: the names a page has depend on its view type, not on its values.
struct TemplateKeyChecker {
    private let outlines: [String: TemplateOutline]
    /// Tags already checked against the same kinds of values, so each page costs little more
    /// than the names it adds.
    private var checked = Set<Int>()
    private var problems: [TemplateOutline.Place: Diagnostic] = [:]
    /// Page templates whose every tag has been checked on some page; later pages skip the walk,
    /// which would otherwise cost a third of the rendering time (2 000 case pages: 9 s of 28 s).
    private var complete = Set<String>()
    private var visited: [String: Set<Int>] = [:]
    private var visitsOfThisPage = Set<Int>()

    init(templates: TemplateSet) {
        var outlines: [String: TemplateOutline] = [:]
        var nextID = 0
        for (name, file) in templates.templateFiles.sorted(by: { $0.key < $1.key }) where !templates.brokenTemplates.contains(name) {
            guard let text = String(validating: file.bytes, as: UTF8.self),
                  let outline = TemplateOutline(text, file: file.displayPath, firstID: nextID) else { continue }
            outlines[name] = outline
            nextID += 1_000_000
        }
        self.outlines = outlines
    }

    /// Every unknown name found so far, once each, in file order.
    var diagnostics: [Diagnostic] {
        problems.keys.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }.map { problems[$0]! }
    }

    mutating func check(template name: String, with root: Any) {
        guard !complete.contains(name), let outline = outlines[name] else { return }
        visitsOfThisPage = []
        walk(outline.nodes, stack: [root], blocks: [:], depth: 0)
        visited[name, default: []].formUnion(visitsOfThisPage)
        if visited[name]!.isSuperset(of: tags(outline.nodes, blocks: [:], depth: 0)) { complete.insert(name) }
    }

    /// Every tag a page of this template can reach, following partials, parents and blocks as `walk` does.
    private func tags(_ nodes: [TemplateOutline.Node], blocks: [String: [TemplateOutline.Node]], depth: Int) -> Set<Int> {
        guard depth < 32 else { return [] }
        var ids = Set<Int>()
        for node in nodes {
            switch node {
            case let .value(_, at): ids.insert(at.id)
            case let .section(_, _, children, at):
                ids.insert(at.id)
                ids.formUnion(tags(children, blocks: blocks, depth: depth))
            case let .partial(name):
                if let outline = outlines[name] { ids.formUnion(tags(outline.nodes, blocks: blocks, depth: depth + 1)) }
            case let .parent(name, overrides):
                if let outline = outlines[name] {
                    ids.formUnion(tags(outline.nodes, blocks: blocks.merging(overrides) { outer, _ in outer }, depth: depth + 1))
                }
            case let .block(name, children):
                ids.formUnion(tags(blocks[name] ?? children, blocks: blocks, depth: depth))
            }
        }
        return ids
    }

    // MARK: - Walking

    private mutating func walk(_ nodes: [TemplateOutline.Node], stack: [Any], blocks: [String: [TemplateOutline.Node]], depth: Int) {
        guard depth < 32 else { return }  // a partial that includes itself
        for node in nodes {
            switch node {
            case let .value(name, at):
                visitsOfThisPage.insert(at.id)
                guard firstVisit(at, stack) else { continue }
                if case let .missing(known) = resolve(name, in: stack) { report(name, at: at, known: known) }
            case let .section(name, inverted, children, at):
                visitsOfThisPage.insert(at.id)
                switch resolve(name, in: stack) {
                case let .missing(known):
                    if firstVisit(at, stack) { report(name, at: at, known: known) }
                case .found(let value):
                    if inverted || value is Bool {
                        walk(children, stack: stack, blocks: blocks, depth: depth)
                    } else if let items = value as? [Any] {
                        // Items of one type have the same names: once every tag below has been seen, the
                        // rest of a long list (2 000 rows on the case index) adds nothing.
                        let below = tags(children, blocks: blocks, depth: depth)
                        for item in items {
                            walk(children, stack: stack + [item], blocks: blocks, depth: depth)
                            if visitsOfThisPage.isSuperset(of: below) { break }
                        }
                    } else if let value {
                        walk(children, stack: stack + [value], blocks: blocks, depth: depth)
                    }
                }
            case let .partial(name):
                if let outline = outlines[name] { walk(outline.nodes, stack: stack, blocks: blocks, depth: depth + 1) }
            case let .parent(name, overrides):
                if let outline = outlines[name] {
                    walk(outline.nodes, stack: stack, blocks: blocks.merging(overrides) { outer, _ in outer }, depth: depth + 1)
                }
            case let .block(name, children):
                walk(blocks[name] ?? children, stack: stack, blocks: blocks, depth: depth)
            }
        }
    }

    /// `missing` carries the names that were there instead, for a "did you mean".
    private enum Lookup { case found(Any?), missing([String]) }

    /// Mustache's rule: the first part of a dotted name is looked up from the innermost scope
    /// outwards (only the innermost with a leading dot), the rest inside what that found.
    private func resolve(_ name: String, in stack: [Any]) -> Lookup {
        guard name != "." else { return .found(stack.last) }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return .found(stack.last) }
        let scopes = name.hasPrefix(".") ? [stack.last!] : Array(stack.reversed())
        guard var value = scopes.lazy.compactMap({ Self.child(first, of: $0) }).first else {
            return .missing(scopes.flatMap(Self.names))
        }
        for part in parts.dropFirst() {
            guard let object = value else { return .missing([]) }
            guard let next = Self.child(part, of: object) else { return .missing(Self.names(of: object)) }
            value = next
        }
        return .found(value)
    }

    /// `.some(value)` when `object` has the name (the value itself may be `nil`), `nil` when it does not.
    private static func child(_ name: String, of object: Any) -> Any?? {
        if let parent = object as? MustacheParent { return parent.child(named: name).map { .some($0) } }
        switch StructFields.field(name, of: object) {
        case let .value(value)?: return .some(value)
        case .noSuchField?: return nil
        case nil: break
        }
        guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
        let mirror = Mirror(reflecting: match.value)
        if mirror.displayStyle == .optional { return .some(mirror.children.first?.value) }
        return .some(match.value)
    }

    private mutating func firstVisit(_ place: TemplateOutline.Place, _ stack: [Any]) -> Bool {
        var hasher = Hasher()
        hasher.combine(place.id)
        for scope in stack { hasher.combine(ObjectIdentifier(type(of: scope) as Any.Type)) }
        return checked.insert(hasher.finalize()).inserted
    }

    private static func names(of scope: Any) -> [String] {
        (scope as? TemplateRenderer.StringTable)?.names ?? Mirror(reflecting: scope).children.compactMap(\.label)
    }

    private mutating func report(_ name: String, at place: TemplateOutline.Place, known: [String]) {
        guard problems[place] == nil else { return }
        let last = String(name.split(separator: ".").last ?? "")
        problems[place] = .error("the template uses '\(name)', which this page does not provide; Mustache would render it as nothing",
                                 at: SourceLocation(file: place.file, line: place.line, column: place.column),
                                 hint: Suggestion.hint(for: last, in: Set(known)))
    }
}
