/// One case write-up from `Content/cases/`: what happened, how it was handled, how it ended.
public struct Case: Sendable {
    public enum Outcome: String, Sendable, CaseIterable { case accepted, rejected, partial, withdrawn, open }

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

    public init(title: String, date: LocalDate, slug: String, summary: String = "", bodyHTML: String = "", source: String) {
        self.title = title
        self.date = date
        self.slug = slug
        self.summary = summary
        self.bodyHTML = bodyHTML
        self.source = source
    }

    public func location(ofKey key: String) -> SourceLocation {
        keyLocations[key] ?? SourceLocation(file: source, line: 1, column: 1)
    }
}
