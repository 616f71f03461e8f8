/// One case write-up from `Content/cases/`: what happened, how it was handled, how it ended.
///
/// The fields live in one box shared by copies (`CopyOnWrite`), and are read and changed as if
/// they were the case's own (`item.title`, `item.tags = …`). A case is copied about twenty times
/// on its way from the parser to its pages (lists, tags, playbooks, plans), and each copy
/// retained fourteen strings and arrays; at 10,000 cases those retains missed the cache, 2.5 % of
/// a large build's CPU (perf). A copy is now one retain.
@dynamicMemberLookup
public struct Case: Sendable {
    public enum Outcome: String, Sendable, CaseIterable { case accepted, rejected, partial, withdrawn, open }

    private var fields: CopyOnWrite<Fields>

    // Inlined, so that the key path is a constant where a field is named and the read is of that
    // field alone. A key path of `Case` used as a value (`cases.map(\.date)`) reaches this with a
    // key path known only at run time, which copies the whole of `Fields`: write a closure there
    // (perf at large: 67 samples in such copies, most in `Linker`'s `flatMap(\.tickets)`).
    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        @inline(__always) get { fields.value[keyPath: field] }
        @inline(__always) set { fields.value[keyPath: field] = newValue }
    }

    public init(title: String, date: LocalDate, slug: String, summary: String = "", bodyHTML: String = "", source: String) {
        fields = CopyOnWrite(Fields(title: title, date: date, slug: slug, summary: summary, bodyHTML: bodyHTML, source: source))
    }

    /// The same for a case and its copies while none is changed (see `CopyOnWrite.identity`).
    var identity: ObjectIdentifier { fields.identity }

    public func location(ofKey key: String) -> SourceLocation {
        fields.value.keyLocations[key] ?? SourceLocation(file: fields.value.source, line: 1, column: 1)
    }
}

extension Case {
    /// What a case says, as read from its file.
    public struct Fields: Sendable {
        public var title: String
        public var date: LocalDate
        public var slug: String
        public var customer: String?
        public var tickets: [String] = []
        public var clientType: String?
        public var playbooks: [String] = []
        public var steps: [String] = []
        public var outcome: Outcome?
        public var retained: Bool?
        public var tags: [String] = []
        public var draft = false
        /// Front matter `summary`, else the first paragraph of the body as plain text.
        public var summary: String
        /// The body rendered to safe HTML by `CommonMark`.
        public var bodyHTML: String
        /// Where the file is, for diagnostics (relative path as given to the build).
        public var source: String
        /// Where each front matter key's value starts, for cross-reference diagnostics.
        public var keyLocations: [String: SourceLocation] = [:]

        init(title: String, date: LocalDate, slug: String, summary: String, bodyHTML: String, source: String) {
            self.title = title
            self.date = date
            self.slug = slug
            self.summary = summary
            self.bodyHTML = bodyHTML
            self.source = source
        }
    }
}
