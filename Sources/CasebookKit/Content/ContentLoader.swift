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

    /// - Parameter memo: the parses of an earlier build in this process; a file whose bytes did
    ///   not change is not parsed again (`casebook watch`).
    func load(memo: BuildMemo? = nil) -> Result {
        var result = Result()
        // A symbolic link could publish any file the build can read; only links that stay inside are
        // followed. Only a link can lead outside, so only links are resolved: resolving every path
        // took one lstat per path component, over 100,000 for the large site.
        let inside: (String) -> Bool = { path in
            guard let target = ContentPath.outsideTarget(of: path, root: contentDirectory) else { return true }
            result.log.append(ContentPath.outsideDiagnostic(path, target: target))
            return false
        }
        let listed = { (folder: String) -> [String] in
            let path = join(contentDirectory, folder)
            guard !Self.isLink(path) || inside(path) else { return [] }
            return Self.markdownFiles(under: path).filter { !$0.isLink || inside($0.path) }.map(\.path)
        }
        let caseFiles = listed("cases")
        let playbookFiles = listed("playbooks")
        for file in [config.tickets.file, config.orders.file] where ContentPath.isInside(file) {
            _ = inside(join(contentDirectory, file))
        }
        let caseParser = CaseParser(clientTypes: config.clientTypes.map(\.key), privacy: PersonalDataScanner(allowed: config.privacyAllow))
        let playbookParser = PlaybookParser()

        let cases = Self.parse(caseFiles, known: memo?.parsedCases()) { text, path in
            caseParser.parse(text, file: path, defaultSlug: Self.baseName(path))
        }
        let playbooks = Self.parse(playbookFiles, known: memo?.parsedPlaybooks()) { text, path in
            playbookParser.parse(text, file: path, defaultSlug: Self.baseName(path))
        }
        for parsed in cases.parsed {
            if let item = parsed.item { result.cases.append(item) }
            result.log.append(contentsOf: parsed.diagnostics)
        }
        for parsed in playbooks.parsed {
            if let item = parsed.item { result.playbooks.append(item) }
            result.log.append(contentsOf: parsed.diagnostics)
        }
        memo?.keep(cases: Dictionary(uniqueKeysWithValues: zip(caseFiles, cases.parsed)),
                   playbooks: Dictionary(uniqueKeysWithValues: zip(playbookFiles, playbooks.parsed)),
                   reusedFiles: cases.reused + playbooks.reused)
        return result
    }

    /// Every file parsed on both cores, in the order given; with `known`, a file whose bytes have
    /// the digest of an earlier parse gets that parse back.
    private static func parse<Item: Sendable>(_ files: [String], known: [String: BuildMemo.Parsed<Item>]?,
                                              _ parse: @escaping @Sendable (String, String) -> (Item?, [Diagnostic]))
        -> (parsed: [BuildMemo.Parsed<Item>], reused: Int) {
        let parsed = Parallel.map(files) { path -> (BuildMemo.Parsed<Item>, Bool) in
            let (read, unreadable) = Self.bytes(path)
            guard let bytes = read else {
                return (BuildMemo.Parsed(digest: .init(high: 0, low: 0), item: nil, diagnostics: unreadable.map { [$0] } ?? []), false)
            }
            var fingerprint = known == nil ? Fingerprint.ignored : Fingerprint()
            fingerprint.add(bytes)
            let digest = fingerprint.digest
            if let earlier = known?[path], earlier.digest == digest { return (earlier, true) }
            let (text, problem) = SourceText.decode(bytes, file: path)
            guard let text else { return (BuildMemo.Parsed(digest: digest, item: nil, diagnostics: problem.map { [$0] } ?? []), false) }
            let (item, diagnostics) = parse(text, path)
            return (BuildMemo.Parsed(digest: digest, item: item, diagnostics: diagnostics), false)
        }
        return (parsed.map(\.0), parsed.count(where: \.1))
    }

    // MARK: - Files

    /// A Markdown file found under a content folder; only a link can lead outside it.
    struct Listed {
        let path: String
        let isLink: Bool
    }

    /// `*.md` files below `directory`, recursively, sorted by path; a missing folder has none.
    /// Hidden files and README.md are left out; hidden folders are walked, folders behind links are not.
    static func markdownFiles(under directory: String) -> [Listed] {
        var files: [Listed] = []
        var pending = [directory]
        while let folder = pending.popLast() {
            guard let handle = opendir(folder) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = DirectoryEntry.name(entry)
                guard name != ".", name != ".." else { continue }
                let path = folder + "/" + name
                var kind = entry.pointee.d_type
                if kind == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(path, &info) == 0 else { continue }
                    let format = info.st_mode & S_IFMT
                    kind = UInt8(format == S_IFDIR ? DT_DIR : format == S_IFLNK ? DT_LNK : DT_REG)
                }
                if kind == UInt8(DT_DIR) {
                    pending.append(path)
                } else if name.hasSuffix(".md"), !name.hasPrefix("."), name.lowercased() != "readme.md" {
                    files.append(Listed(path: path, isLink: kind == UInt8(DT_LNK)))
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// A file's bytes, or why they cannot be had.
    static func bytes(_ path: String) -> ([UInt8]?, Diagnostic?) {
        guard let bytes = FileBytes.read(path) else {
            return (nil, .error("cannot read the file", at: SourceLocation(file: path)))
        }
        return (bytes, nil)
    }

    /// A file's text, or why it cannot be had (unreadable, or not UTF-8).
    static func read(_ path: String) -> (String?, Diagnostic?) {
        let (bytes, problem) = bytes(path)
        guard let bytes else { return (nil, problem) }
        return SourceText.decode(bytes, file: path)
    }

    /// The file's name without its `.md` (NSString's lastPathComponent cost 2 µs a case).
    static func baseName(_ path: String) -> String {
        String(ContentPath.split(path).name.dropLast(3))
    }

    private func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}
