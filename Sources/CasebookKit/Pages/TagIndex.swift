/// Every tag the cases use, merged by `Slug.tagKey`, with its display name, URL name and cases.
///
/// Spellings that differ only in letter case, Polish diacritics or spacing are one tag; it is
/// shown with its most used spelling (ties: the one keeping more Polish letters, then the first
/// in code-point order). Spellings that differ otherwise but make the same slug ("zwrot towaru",
/// "zwrot-towaru") stay two tags, and their two pages then collide, which `PageBuilder` reports.
struct TagIndex: Sendable {
    struct Tag: Sendable {
        let key: String
        let name: String
        let slug: String
        /// Newest first, in the order of the cases given.
        let cases: [Case]
        /// The first case file (by path) that uses the tag, for diagnostics.
        let origin: PageOrigin
    }

    /// Sorted by slug, then key: close to alphabetical for Polish, since ł sorts with l.
    let tags: [Tag]
    /// Tags that have no letters or digits to make a URL from.
    let diagnostics: DiagnosticLog
    private let positionByKey: [String: Int]
    /// Every spelling the cases use, so the lists' one lookup per row and tag need not work the
    /// key out again (transliterating was a tenth of building the pages).
    private let positionBySpelling: [String: Int]
    /// Each case's tags as positions in `tags`, merged and ascending, by the case's identity:
    /// every list shows a case's tags, and working them out again for each of its rows was a
    /// fifth of building the list pages. (Keyed by the source path, hashing it was half of
    /// making a row's tag links at 10,000 cases; perf.)
    private let positionsByCase: [ObjectIdentifier: [Int]]
    /// The cases the index was built from, held so that their boxes stay theirs: a box no one
    /// else held could be freed and its address reused by another case, or changed in place
    /// without a new identity (see `CopyOnWrite.identity`).
    private let indexed: [Case]

    /// - Parameter cases: the cases in display order (newest first).
    init(cases: [Case]) {
        var spellings: [String: [String: Int]] = [:]
        var members: [String: [Int]] = [:]
        var firstUse: [String: Int] = [:]
        var log = DiagnosticLog()
        // Each spelling's key, and whether it makes a URL, worked out once: a site has a few dozen
        // spellings and tens of thousands of uses (transliterating and splitting every use was
        // 400 M instructions at 10,000 cases).
        var keyOfSpelling: [String: (key: String, makesSlug: Bool)] = [:]
        // Cases by position: walking them by value copied each one whole (a dozen strings and arrays).
        for index in cases.indices {
            var seen = Set<String>()
            for text in cases[index].tags {
                let (key, makesSlug) = keyOfSpelling[text] ?? {
                    let made = (key: Slug.tagKey(text), makesSlug: !Slug.make(text).isEmpty)
                    keyOfSpelling[text] = made
                    return made
                }()
                guard makesSlug else {
                    log.error("tag '\(text)' has no letters or digits to make a URL from",
                              at: cases[index].location(ofKey: "tags"))
                    continue
                }
                spellings[key, default: [:]][text, default: 0] += 1
                if seen.insert(key).inserted { members[key, default: []].append(index) }
                if let first = firstUse[key], cases[first].source <= cases[index].source { continue }
                firstUse[key] = index
            }
        }
        var tags: [Tag] = []
        for (key, uses) in spellings {
            let name = uses.sorted { a, b in
                if a.value != b.value { return a.value > b.value }
                let (accentsA, accentsB) = (a.key.unicodeScalars.count { !$0.isASCII }, b.key.unicodeScalars.count { !$0.isASCII })
                return accentsA != accentsB ? accentsA > accentsB : a.key < b.key
            }[0].key
            let first = cases[firstUse[key]!]
            tags.append(Tag(key: key, name: name, slug: Slug.make(name), cases: (members[key] ?? []).map { cases[$0] },
                            origin: PageOrigin(label: "tag '\(name)' (\(first.source))",
                                               location: first.location(ofKey: "tags"),
                                               hint: "tags that differ only in letter case or Polish letters are one tag; spell these the same way")))
        }
        tags.sort { $0.slug != $1.slug ? $0.slug < $1.slug : $0.key < $1.key }
        self.tags = tags
        self.diagnostics = log
        let positionByKey = Dictionary(tags.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        self.positionByKey = positionByKey
        let positionBySpelling = spellings.reduce(into: [String: Int]()) { positions, entry in
            for spelling in entry.value.keys { positions[spelling] = positionByKey[entry.key] }
        }
        self.positionBySpelling = positionBySpelling
        indexed = cases
        positionsByCase = Dictionary(cases.indices.map { index in
            (cases[index].identity, Self.merged(cases[index].tags.compactMap { positionBySpelling[$0] }))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The positions in `tags` of a case's tags, each once, in the order of `tags`.
    func positions(of item: Case) -> [Int] {
        positionsByCase[item.identity] ?? Self.merged(item.tags.compactMap { text in
            positionBySpelling[text] ?? positionByKey[Slug.tagKey(text)]
        })
    }

    private static func merged(_ positions: [Int]) -> [Int] {
        positions.count < 2 ? positions : Array(Set(positions)).sorted()
    }

    /// The tag a spelling belongs to, or `nil` for a tag that could not be made into a URL.
    func tag(for text: String) -> Tag? {
        (positionBySpelling[text] ?? positionByKey[Slug.tagKey(text)]).map { tags[$0] }
    }
}
