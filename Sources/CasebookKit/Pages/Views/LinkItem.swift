/// A link with its label, and whether it points at the page being shown (`aria-current`).
struct LinkItem: Sendable {
    let label: String
    let href: String
    let isCurrent: Bool

    init(label: String, href: String, isCurrent: Bool = false) {
        self.label = label
        self.href = href
        self.isCurrent = isCurrent
    }
}
