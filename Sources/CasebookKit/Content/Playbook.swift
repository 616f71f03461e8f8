/// One playbook from `Content/playbooks/`: a named way of handling a kind of complaint.
public struct Playbook: Sendable {
    /// One step of a playbook, citable from cases by its key.
    public struct Step: Sendable, Equatable {
        public var key: String
        public var label: String
        public init(key: String, label: String) { self.key = key; self.label = label }
    }

    public var title: String
    public var slug: String
    /// Position in the navigation; playbooks without one come after, by title.
    public var order: Int?
    public var summary: String
    public var steps: [Step]
    public var bodyHTML: String
    public var source: String
    public var keyLocations: [String: SourceLocation] = [:]

    public init(title: String, slug: String, order: Int? = nil, summary: String = "", steps: [Step] = [],
                bodyHTML: String = "", source: String) {
        self.title = title
        self.slug = slug
        self.order = order
        self.summary = summary
        self.steps = steps
        self.bodyHTML = bodyHTML
        self.source = source
    }
}
