import Foundation

/// Finds and parses every case and playbook under the content folder, in parallel, in a
/// deterministic order (sorted paths), collecting every problem.
struct ContentLoader {
    /// The content folder as the user named it; diagnostics show paths under it.
    let contentDirectory: String
    let config: SiteConfig

    struct Result {
        var cases: [Case] = []
        var playbooks: [Playbook] = []
        var log = DiagnosticLog()
    }

    func load() -> Result {
        var result = Result()
        // A symbolic link could publish any file the build can read; only links that stay inside are followed.
        let inside: (String) -> Bool = { path in
            guard let target = ContentPath.outsideTarget(of: path, root: contentDirectory) else { return true }
            result.log.append(ContentPath.outsideDiagnostic(path, target: target))
            return false
        }
        let caseFiles = Self.markdownFiles(under: join(contentDirectory, "cases")).filter(inside)
        let playbookFiles = Self.markdownFiles(under: join(contentDirectory, "playbooks")).filter(inside)
        for file in [config.tickets.file, config.orders.file] where ContentPath.isInside(file) {
            _ = inside(join(contentDirectory, file))
        }
        let caseParser = CaseParser(clientTypes: config.clientTypes.map(\.key), privacy: PersonalDataScanner(allowed: config.privacyAllow))
        let playbookParser = PlaybookParser()

        let cases = Parallel.map(caseFiles) { path -> (Case?, [Diagnostic]) in
            let (text, problem) = Self.read(path)
            guard let text else { return (nil, problem.map { [$0] } ?? []) }
            return caseParser.parse(text, file: path, defaultSlug: Self.baseName(path))
        }
        let playbooks = Parallel.map(playbookFiles) { path -> (Playbook?, [Diagnostic]) in
            let (text, problem) = Self.read(path)
            guard let text else { return (nil, problem.map { [$0] } ?? []) }
            return playbookParser.parse(text, file: path, defaultSlug: Self.baseName(path))
        }
        for (item, diagnostics) in cases {
            if let item { result.cases.append(item) }
            result.log.append(contentsOf: diagnostics)
        }
        for (item, diagnostics) in playbooks {
            if let item { result.playbooks.append(item) }
            result.log.append(contentsOf: diagnostics)
        }
        return result
    }

    // MARK: - Files

    /// `*.md` files below `directory`, recursively, sorted; a missing folder has none.
    static func markdownFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard relative.hasSuffix(".md"), !name.hasPrefix("."), name.lowercased() != "readme.md" else { continue }
            files.append(directory + "/" + relative)
        }
        return files.sorted()
    }

    static func read(_ path: String) -> (String?, Diagnostic?) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, .error("cannot read the file", at: SourceLocation(file: path)))
        }
        return SourceText.decode([UInt8](data), file: path)
    }

    static func baseName(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return String(name.dropLast(3))
    }

    private func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}
