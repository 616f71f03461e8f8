import Mustache

/// A template as swift-mustache parsed it, re-expressed so that casebook can draw it straight into
/// bytes from `TemplateValue`s.
///
/// swift-mustache stays the parser, so whitespace, standalone lines and inheritance mean exactly
/// what they mean there; only the drawing is casebook's (`CompiledTemplate+Render.swift`). It was
/// two thirds of the render stage: each lookup cast values to six protocols, and each escaped value
/// was walked Character by Character (medium site, 1 035 pages).
///
/// The parsed tokens are not public, so they are read by reflection. A template using what the
/// drawing does not cover (transforms, dynamic partials, content types, lambdas), or a token of a
/// shape this code does not know (another swift-mustache version), does not compile, and its pages
/// are drawn by swift-mustache as before.
struct CompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case value(Name, escaped: Bool)
        /// The body as nodes: a program lays it out right after the section's own step.
        case section(Name, body: [Node], inverted: Bool)
        /// A `{{$name}}` place: a parent's block, filled by an override when one is inherited.
        case block(String, fallback: CompiledTemplate, indentation: [UInt8])
        /// `{{>name}}` or, with overrides, `{{<name}}`.
        case partial(String, indentation: [UInt8], overrides: [String: CompiledTemplate]?)
    }

    /// A tag's name split as swift-mustache splits it: `.` is the innermost value, a leading dot
    /// looks only in the innermost scope, and the parts between dots are looked up one in another.
    struct Name: Sendable, Hashable {
        let parts: [String]
        /// `StringNumbering.hash` of each part, for `TemplateRecord.field(_:hash:)`.
        let hashes: [UInt64]
        let isCurrent: Bool
        let isAnchored: Bool

        init(_ text: String) {
            isCurrent = text == "."
            isAnchored = text.first == "."
            parts = text.split(separator: ".").map(String.init)
            hashes = parts.map(StringNumbering.hash)
        }
    }

    let nodes: [Node]
    /// The nodes as the drawing reads them (`CompiledTemplate+Program.swift`).
    let program: Program

    init(nodes: [Node]) {
        self.nodes = nodes
        program = Program(nodes)
    }

    /// `nil` when the template uses anything the drawing does not cover.
    init?(_ template: MustacheTemplate) {
        guard let nodes = Self.nodes(of: template) else { return nil }
        self.init(nodes: nodes)
    }

    private static func nodes(of template: MustacheTemplate) -> [Node]? {
        guard let tokens = Mirror(reflecting: template).descendant("tokens") as? [Any] else { return nil }
        var nodes: [Node] = []
        for token in tokens {
            guard let node = Self.node(token) else { return nil }
            nodes.append(node)
        }
        return nodes
    }

    private static func node(_ token: Any) -> Node? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let kind = payload.label else { return nil }
        let fields = Mirror(reflecting: payload.value).children
        func field(_ label: String) -> Any? { fields.first { $0.label == label }?.value }
        func name() -> String? {
            guard let name = field("name") as? String, (field("transforms") as? [String])?.isEmpty == true else { return nil }
            return name
        }
        func template(_ label: String) -> CompiledTemplate? { (field(label) as? MustacheTemplate).flatMap(CompiledTemplate.init) }
        switch kind {
        case "text":
            guard let text = payload.value as? String else { return nil }
            return .text(Array(text.utf8))
        case "variable", "unescapedVariable":
            guard let name = name() else { return nil }
            return .value(Name(name), escaped: kind == "variable")
        case "section", "invertedSection":
            guard let name = name(), let body = (field("template") as? MustacheTemplate).flatMap(nodes(of:)) else { return nil }
            return .section(Name(name), body: body, inverted: kind == "invertedSection")
        case "blockExpansion":
            guard let name = field("name") as? String, let fallback = template("default") else { return nil }
            return .block(name, fallback: fallback, indentation: Array(((field("indentation") as? String) ?? "").utf8))
        case "partial":
            guard let name = field(".0") as? String else { return nil }
            var overrides: [String: CompiledTemplate]?
            if let inherited = field("inherits") as? [String: MustacheTemplate] {
                var compiled: [String: CompiledTemplate] = [:]
                for (block, template) in inherited {
                    guard let body = CompiledTemplate(template) else { return nil }
                    compiled[block] = body
                }
                overrides = compiled
            }
            return .partial(name, indentation: Array(((field("indentation") as? String) ?? "").utf8), overrides: overrides)
        default:
            return nil  // dynamic partials, content types, and anything newer
        }
    }
}
