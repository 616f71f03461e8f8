import CYaml
import Yams

/// Builds the node tree from the libyaml events that `YAMLBudget` reads anyway, so that a
/// document is parsed once, not twice: Yams parsing and composing it again was two thirds of
/// the front matter's cost (callgrind, 1,000 cases: 178 M of 270 M instructions).
///
/// It builds only the shape front matter and site.yml have: one document, without anchors,
/// aliases or explicit tags, and without a key twice in one mapping. Anything else, and any
/// syntax error, makes it give up; `YAMLDocument` then lets Yams compose the text, so such a
/// tree, or the error and its wording, is Yams' own. Within that shape the tree is the one Yams
/// builds, node for node: strings, tags, styles and marks (a differential test holds them together).
struct YAMLComposer {
    private struct Frame {
        let isMapping: Bool
        let mark: Mark
        var nodes: [Node] = []
        var pairs: [(Node, Node)] = []
        var key: Node?
        /// In a mapping, whether the next node is a key; kept as a flag so that asking costs no copy of `key`.
        var expectsKey = true
        var keys: Set<String> = []
    }

    private var stack: [Frame] = []
    private var root: Node?
    private var documents = 0
    private var ended = false
    private(set) var gaveUp = false

    /// The composed document, `.some(nil)` for a stream without one (as `Yams.compose` gives), or
    /// `nil` when Yams must compose the text: the composer gave up or the events stopped early.
    var document: Node?? { ended && !gaveUp ? .some(root) : nil }

    mutating func take(_ event: yaml_event_t) {
        guard !gaveUp else { return }
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 { gaveUp = true }
        case YAML_STREAM_END_EVENT:
            ended = true
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.anchor == nil, scalar.tag == nil else { return giveUp() }
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            // As Yams reads an untagged scalar: quoted and block scalars are strings, plain ones are
            // left to the resolver, but a key's tag is resolved (to a string) by Yams' duplicate check.
            let isKey = !stack.isEmpty && stack[stack.count - 1].isMapping && stack[stack.count - 1].expectsKey
            let tag = Tag(scalar.quoted_implicit == 1 || isKey ? .str : .implicit, .basic, Self.constructor)
            guard let style = Node.Scalar.Style(rawValue: numericCast(scalar.style.rawValue)) else { return giveUp() }
            add(.scalar(Node.Scalar(text, tag, style, Self.mark(of: event))))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            guard start.anchor == nil, start.tag == nil else { return giveUp() }
            stack.append(Frame(isMapping: false, mark: Self.mark(of: event)))
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            guard start.anchor == nil, start.tag == nil else { return giveUp() }
            stack.append(Frame(isMapping: true, mark: Self.mark(of: event)))
        case YAML_SEQUENCE_END_EVENT:
            guard let frame = stack.popLast(), !frame.isMapping else { return giveUp() }
            // Yams takes a collection's style from its end event, as done here.
            guard let style = Node.Sequence.Style(rawValue: numericCast(event.data.sequence_start.style.rawValue)) else { return giveUp() }
            add(.sequence(Node.Sequence(frame.nodes, Tag(.implicit, .basic, Self.constructor), style, frame.mark)))
        case YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast(), frame.isMapping, frame.expectsKey else { return giveUp() }
            guard let style = Node.Mapping.Style(rawValue: numericCast(event.data.mapping_start.style.rawValue)) else { return giveUp() }
            add(.mapping(Node.Mapping(frame.pairs, Tag(.implicit, .basic, Self.constructor), style, frame.mark)))
        case YAML_ALIAS_EVENT:
            giveUp()
        default:
            break
        }
    }

    private mutating func giveUp() { gaveUp = true }

    private mutating func add(_ node: Node) {
        guard !stack.isEmpty else {
            if root != nil { return giveUp() }
            root = node
            return
        }
        let top = stack.count - 1
        guard stack[top].isMapping else {
            stack[top].nodes.append(node)
            return
        }
        guard !stack[top].expectsKey else {
            // Keys are plain text here (the budget turns others away); with every tag resolved the
            // same way, two keys are duplicates exactly when their text is.
            guard case let .scalar(scalar) = node, stack[top].keys.insert(scalar.string).inserted else { return giveUp() }
            stack[top].key = node
            stack[top].expectsKey = false
            return
        }
        stack[top].pairs.append((stack[top].key.take()!, node))
        stack[top].expectsKey = true
    }

    /// One constructor for every tag: Yams' `.default` builds its tables anew on each use, and a
    /// tag only keeps it for constructing values, which casebook's readers never ask for.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// libyaml counts from 0, Yams from 1.
    private static func mark(of event: yaml_event_t) -> Mark {
        makeMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
    }

    /// Yams keeps `Mark`'s memberwise initialiser internal. Its stored properties are the line and
    /// the column, both `Int`, in that order; `unsafeBitCast` traps if the size ever differs, and
    /// YAMLComposerTests reads both back.
    static func makeMark(line: Int, column: Int) -> Mark {
        unsafeBitCast((line, column), to: Mark.self)
    }
}
