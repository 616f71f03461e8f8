/// Drawing a compiled template, by the rules of swift-mustache's renderer (2.1):
/// - a list section draws its body once per item, an empty list draws nothing;
/// - `true` draws the body in the same scope, `false` and a missing value draw nothing;
/// - any other value (a string, even empty; a number, even 0) becomes the innermost scope;
/// - an inverted section draws for an empty list, `false` or a missing value;
/// - a value prints as `String(describing:)`, HTML-escaped unless it is `{{{triple}}}` or `{{&amp}}`;
/// - inside an indented partial, each token's output that starts a line gets the indentation;
/// - a missing partial draws nothing; an inherited block override wins over the parent's default,
///   and an outer override over an inner one.
///
/// Where swift-mustache would do something this does not model (a value it treats specially, a
/// lookup inside a value with reflected children), drawing stops and the page goes to swift-mustache.
struct TemplateDrawing {
    /// Compiled templates by name; `nil` marks one that exists but did not compile.
    let library: [String: CompiledTemplate?]

    private var output: [UInt8] = []
    private var stack: [Slot] = []
    /// What reading a value whole is given: the drawing keys no cache.
    private var ignored = Fingerprint.ignored

    /// A value the drawing has reached: read already, or where it lies in the view.
    private enum Slot {
        case value(TemplateValue)
        /// Valid while the view drawn is (see `draw(_:view:)`); layouts are never freed.
        case memory(UnsafeRawPointer, Unmanaged<ViewLayout>)
    }

    init(library: [String: CompiledTemplate?]) { self.library = library }

    /// The page's bytes, or `nil` when it must be drawn by swift-mustache.
    mutating func draw(_ template: CompiledTemplate, root: TemplateValue) -> [UInt8]? {
        draw(template, root: .value(root))
    }

    /// The page's bytes drawn straight from `view` (see `ViewLayout`), or `nil` when it must be
    /// drawn by swift-mustache.
    mutating func draw<View>(_ template: CompiledTemplate, view: View) -> [UInt8]? {
        var view = view
        let layout = ViewLayout.of(view)
        return withExtendedLifetime(layout) {
            withUnsafeBytes(of: &view) { bytes in draw(template, at: TypedReaders.address(of: bytes, for: View.self), layout: layout) }
        }
    }

    /// As `draw(_:view:)`, for a view the caller holds at `address`, alive with `layout` while this draws.
    mutating func draw(_ template: CompiledTemplate, at address: UnsafeRawPointer, layout: ViewLayout) -> [UInt8]? {
        draw(template, root: .memory(address, Unmanaged.passUnretained(layout)))
    }

    private mutating func draw(_ template: CompiledTemplate, root: Slot) -> [UInt8]? {
        output = []
        output.reserveCapacity(16_384)
        stack = [root]
        defer { stack = [] }
        guard draw(template, indentation: [], inherited: nil) else { return nil }
        return output
    }

    private struct Unsupported: Error {}

    private mutating func draw(_ template: CompiledTemplate, indentation: [UInt8], inherited: [String: CompiledTemplate]?) -> Bool {
        withExtendedLifetime(template.program) {
            let program = Steps(template.program)
            return draw(program, 0..<program.steps.count, indentation: indentation, inherited: inherited)
        }
    }

    /// A program's buffers, read while its template is alive; trivial, so passing it retains nothing.
    private struct Steps {
        let steps: UnsafeBufferPointer<CompiledTemplate.Program.Step>
        let bytes: UnsafeBufferPointer<UInt8>
        let names: UnsafeBufferPointer<CompiledTemplate.Program.NameRef>
        let parts: UnsafeBufferPointer<String>
        let hashes: UnsafeBufferPointer<UInt64>
        let program: Unmanaged<CompiledTemplate.Program>

        init(_ program: CompiledTemplate.Program) {
            (steps, bytes, names, parts, hashes) = (program.steps, program.bytes, program.names, program.parts, program.hashes)
            self.program = Unmanaged.passUnretained(program)
        }
    }

    /// The steps of `range`, a whole program or a section's body.
    private mutating func draw(_ program: Steps, _ range: Range<Int>, indentation: [UInt8],
                               inherited: [String: CompiledTemplate]?) -> Bool {
        let start = output.count
        var index = range.lowerBound
        while index < range.upperBound {
            // swift-mustache indents a token's output when what this template drew so far ends
            // a line ("\r\n" is one Character there, and not "\n").
            let lineStart = !indentation.isEmpty && endsWithNewline(since: start)
            let before = output.count
            let step = program.steps[index]
            guard draw(step, at: index, program, indentation: indentation, inherited: inherited) else { return false }
            if lineStart, output.count > before { output.insert(contentsOf: indentation, at: before) }
            index += 1 + (step.kind == .section || step.kind == .invertedSection ? Int(step.count) : 0)
        }
        return true
    }

    private func endsWithNewline(since start: Int) -> Bool {
        let count = output.count
        guard count > start, output[count - 1] == 0x0A else { return false }
        return count - start < 2 || output[count - 2] != 0x0D
    }

    private mutating func draw(_ step: CompiledTemplate.Program.Step, at index: Int, _ program: Steps, indentation: [UInt8],
                               inherited: [String: CompiledTemplate]?) -> Bool {
        switch step.kind {
        case .text:
            output.append(contentsOf: UnsafeBufferPointer(rebasing: program.bytes[Int(step.index)..<Int(step.index + step.count)]))
        case .value:
            guard let found = lookup(Int(step.index), in: program) else { return false }
            if let value = found { return print(value, escaped: step.escaped) }
        case .section, .invertedSection:
            guard let found = lookup(Int(step.index), in: program) else { return false }
            let body = Body(program: program, range: index + 1..<index + 1 + Int(step.count))
            return step.kind == .invertedSection ? drawInverted(found, body: body, indentation: indentation, inherited: inherited)
                                                 : drawSection(found, body: body, indentation: indentation, inherited: inherited)
        case .other:
            return draw(program.program._withUnsafeGuaranteedRef { $0.others[Int(step.index)] },
                        indentation: indentation, inherited: inherited)
        }
        return true
    }

    /// A section's body: steps of the program that holds the section.
    private struct Body {
        let program: Steps
        let range: Range<Int>
    }

    private mutating func draw(_ body: Body, indentation: [UInt8], inherited: [String: CompiledTemplate]?) -> Bool {
        draw(body.program, body.range, indentation: indentation, inherited: inherited)
    }

    /// Blocks and partials, which find their templates by name.
    private mutating func draw(_ node: CompiledTemplate.Node, indentation: [UInt8], inherited: [String: CompiledTemplate]?) -> Bool {
        switch node {
        case let .block(name, fallback, indented):
            return draw(inherited?[name] ?? fallback, indentation: indentation + indented, inherited: inherited)
        case let .partial(name, indented, overrides):
            guard let entry = library[name] else { return true }  // a missing partial draws nothing
            guard let partial = entry else { return false }
            var merged = inherited
            if let overrides { merged = (inherited ?? [:]).merging(overrides) { outer, _ in outer } }
            return draw(partial, indentation: indentation + indented, inherited: merged)
        case .text, .value, .section:
            preconditionFailure("a program keeps only blocks and partials as nodes")
        }
    }

    private mutating func drawSection(_ slot: Slot?, body: Body, indentation: [UInt8],
                                      inherited: [String: CompiledTemplate]?) -> Bool {
        switch slot {
        case nil: return true
        case let .value(value)?: return drawSection(value: value, body: body, indentation: indentation, inherited: inherited)
        case let .memory(address, layout)?:
            switch layout.kind {
            case .bool:
                return address.load(as: Bool.self) ? draw(body, indentation: indentation, inherited: inherited) : true
            case .array:
                return layout.access!.visit(address) { base, count, stride, itemLayout in
                    guard let itemLayout else {
                        guard count > 0 else { return true }
                        // Items of protocol type: the list is read whole, as the reader reads it.
                        guard let value = whole(address, layout) else { return true }
                        return drawSection(value: value, body: body, indentation: indentation, inherited: inherited)
                    }
                    let items = Unmanaged.passUnretained(itemLayout)  // held by `visit` while this runs
                    for index in 0..<count {
                        stack.append(scope(base + index * stride, items))
                        defer { stack.removeLast() }
                        guard draw(body, indentation: indentation, inherited: inherited) else { return false }
                    }
                    return true
                }
            case .other, .optional:
                guard let value = whole(address, layout) else { return true }
                return drawSection(value: value, body: body, indentation: indentation, inherited: inherited)
            case .string, .int, .double, .record:
                stack.append(.memory(address, layout))
                defer { stack.removeLast() }
                return draw(body, indentation: indentation, inherited: inherited)
            }
        }
    }

    private mutating func drawSection(value: TemplateValue, body: Body, indentation: [UInt8],
                                      inherited: [String: CompiledTemplate]?) -> Bool {
        switch value {
        case .bool(false): return true
        case .bool(true): return draw(body, indentation: indentation, inherited: inherited)
        case let .list(items, _):
            for item in items {
                stack.append(.value(item))
                defer { stack.removeLast() }
                guard draw(body, indentation: indentation, inherited: inherited) else { return false }
            }
            return true
        case .opaque: return false
        default:
            stack.append(.value(value))
            defer { stack.removeLast() }
            return draw(body, indentation: indentation, inherited: inherited)
        }
    }

    /// A list item as a scope, read whole where its layout cannot be read in place. Only an
    /// optional's reader gives `nil`, and lists of optionals are read whole before they get here,
    /// so the fallback is never drawn.
    private mutating func scope(_ address: UnsafeRawPointer, _ layout: Unmanaged<ViewLayout>) -> Slot {
        guard case .other = layout.kind else { return .memory(address, layout) }
        return .value(whole(address, layout) ?? .other(()))
    }

    /// A value read whole by its type's reader; `nil` for an optional holding `nil`.
    private mutating func whole(_ address: UnsafeRawPointer, _ layout: Unmanaged<ViewLayout>) -> TemplateValue? {
        layout._withUnsafeGuaranteedRef { $0.read }(address, &ignored)
    }

    private mutating func drawInverted(_ slot: Slot?, body: Body, indentation: [UInt8],
                                       inherited: [String: CompiledTemplate]?) -> Bool {
        var slot = slot
        if case let .memory(address, layout)? = slot {
            switch layout.kind {
            case .bool:
                return address.load(as: Bool.self) ? true : draw(body, indentation: indentation, inherited: inherited)
            case .array:
                guard layout.access!.isEmpty(address) else { return true }
                // swift-mustache makes the empty list the innermost scope.
                stack.append(slot!)
                defer { stack.removeLast() }
                return draw(body, indentation: indentation, inherited: inherited)
            case .other, .optional:
                slot = whole(address, layout).map(Slot.value)
            case .string, .int, .double, .record:
                return true
            }
        }
        switch slot {
        case nil, .value(.bool(false))?: return draw(body, indentation: indentation, inherited: inherited)
        case let .value(.list(items, _))? where items.isEmpty:
            stack.append(slot!)
            defer { stack.removeLast() }
            return draw(body, indentation: indentation, inherited: inherited)
        case .value(.opaque)?: return false
        default: return true
        }
    }

    /// `.some(nil)` for a name not found, `nil` when only swift-mustache can tell.
    private mutating func lookup(_ nameIndex: Int, in program: Steps) -> Slot?? {
        let name = program.names[nameIndex]
        if name.isCurrent { return .some(stack.last) }
        let first = Int(name.first), end = Int(name.first + name.count)
        guard first < end else { return .some(stack.last) }
        let parts = program.parts, hashes = program.hashes
        var value: Slot
        if name.isAnchored {
            guard let found = child(parts[first], hash: hashes[first], of: stack[stack.count - 1]) else { return nil }
            guard let found else { return .some(nil) }
            value = found
        } else {
            var hit: Slot?
            var scope = stack.count
            while scope > 0 {
                scope -= 1
                guard let found = child(parts[first], hash: hashes[first], of: stack[scope]) else { return nil }
                if let found { hit = found; break }
            }
            guard let hit else { return .some(nil) }
            value = hit
        }
        for index in first + 1..<end {
            guard let found = child(parts[index], hash: hashes[index], of: value) else { return nil }
            guard let found else { return .some(nil) }
            value = found
        }
        return .some(value)
    }

    private mutating func child(_ name: String, hash: UInt64, of scope: Slot) -> Slot?? {
        switch scope {
        case let .value(value): return child(name, hash: hash, of: value).map { $0.map(Slot.value) }
        case let .memory(address, layout):
            switch layout.kind {
            case .record:
                guard let position = layout.position(of: name, hash: hash) else { return .some(nil) }
                let field = layout.field(position), at = address + layout.offset(position)
                switch field.kind {
                case .optional: return .some(field.holdsNil(at) ? nil : .memory(at, field.wrapped))
                case .other: return .some(whole(at, field).map(Slot.value))
                default: return .some(.memory(at, field))
                }
            // Reflecting these finds no labelled children.
            case .string, .bool, .int, .double, .array: return .some(nil)
            case .other, .optional:
                guard let value = whole(address, layout) else { return .some(nil) }
                return child(name, hash: hash, of: value).map { $0.map(Slot.value) }
            }
        }
    }

    private func child(_ name: String, hash: UInt64, of scope: TemplateValue) -> TemplateValue?? {
        switch scope {
        case let .record(record): .some(record.field(name, hash: hash))
        // Reflecting these finds no labelled children.
        case .string, .bool, .int, .double, .list: .some(nil)
        case .other, .opaque: nil
        }
    }

    private mutating func print(_ slot: Slot, escaped: Bool) -> Bool {
        switch slot {
        case let .value(value): return print(value, escaped: escaped)
        case let .memory(address, layout):
            switch layout.kind {
            case .string:
                // Read where it lies: `load(as:)` made a copy, retaining the string's storage.
                let text = address.assumingMemoryBound(to: String.self)
                if let drawn = text.pointee.utf8.withContiguousStorageIfAvailable({ append($0, escaped: escaped) }) {
                    return drawn
                }
                let copy = text.pointee
                if escaped { appendEscaped(copy) } else { output.append(contentsOf: copy.utf8) }
                return true
            case .record: return false
            case .bool, .int, .double, .array, .other, .optional:
                guard let value = whole(address, layout) else { return false }
                return print(value, escaped: escaped)
            }
        }
    }

    private mutating func print(_ value: TemplateValue, escaped: Bool) -> Bool {
        let text: String
        switch value {
        case let .string(string): text = string
        case let .bool(flag): text = flag ? "true" : "false"
        case let .int(number): text = String(number)
        case let .double(number): text = number.description
        case let .list(_, original): text = String(describing: original)
        case let .other(other): text = String(describing: other)
        case .record, .opaque: return false
        }
        if escaped { appendEscaped(text) } else { output.append(contentsOf: text.utf8) }
        return true
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, escaped: Bool) -> Bool {
        if escaped { appendEscaped(bytes) } else { output.append(contentsOf: bytes) }
        return true
    }

    private mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    /// swift-mustache's five replacements, made on bytes: the five are ASCII, so no other
    /// character's UTF-8 can contain them.
    private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in bytes.indices {
            let replacement: StaticString
            switch bytes[index] {
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
}

/// The drawing's reads of a layout, made without retaining it (see `ViewLayout`).
private extension Unmanaged where Instance == ViewLayout {
    var kind: ViewLayout.Kind { _withUnsafeGuaranteedRef { $0.kind } }
    var access: ArrayAccess? { _withUnsafeGuaranteedRef { $0.access } }
    var wrapped: Unmanaged<ViewLayout> { _withUnsafeGuaranteedRef { $0.wrapped! } }

    func position(of name: String, hash: UInt64) -> Int? {
        _withUnsafeGuaranteedRef { $0.labels!.position(of: name, hash: hash) }
    }

    func field(_ position: Int) -> Unmanaged<ViewLayout> { _withUnsafeGuaranteedRef { $0.fields[position] } }
    func offset(_ position: Int) -> Int { _withUnsafeGuaranteedRef { $0.offsets[position] } }
    func holdsNil(_ address: UnsafeRawPointer) -> Bool { _withUnsafeGuaranteedRef { $0.isNil!(address) } }
}

