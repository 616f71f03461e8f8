import Foundation

/// Writes a complete site next to the published one and swaps it in only when every file is
/// on disk, so a failed or interrupted build never leaves a half-written `Site/`.
///
/// The new tree goes to a fixed sibling folder (`.Site.casebook-staging`). On Linux the swap is
/// a single `renameat2(RENAME_EXCHANGE)`, so there is no moment without a published site.
///
/// The replaced site is not deleted when the new one is published: it is left as
/// `.Site.casebook-trash`, and the next build writes its own site over it (see `StagingSurvey`)
/// instead of making 10,000 folders and files anew and deleting as many. Deleting 10,000 pages
/// took this machine's disk 1 to 14 s, which every build otherwise waited for at its very end.
/// Leftovers of an interrupted run are deleted on a thread of their own while the build works.
struct SiteWriter {
    let output: String

    var stagingPath: String { sibling("staging") }
    var retiredPath: String { sibling("old") }
    /// The previous site, after a build published a new one.
    var trashPath: String { sibling("trash") }
    /// Where the next build moves what it deletes in the background.
    var clearingPath: String { sibling("clearing") }

    /// Writes `files` (and copies `staticFiles`, source path → relative path) and publishes them.
    func write(_ files: [OutputFile], staticFiles: [(source: String, path: String)]) -> [Diagnostic] {
        let staging: StagingTree
        switch stage() {
        case let .success(tree): staging = tree
        case let .failure(problem): return [problem.diagnostic]
        }
        for file in files { staging.add(file) }
        return finish(staging, staticFiles: staticFiles)
    }

    /// A fresh, empty staging tree; what earlier runs left is being deleted meanwhile.
    func stage() -> Result<StagingTree, WriteProblem> {
        let fm = FileManager.default
        let site = SourceLocation(file: output)
        // A run killed between the two renames of the fallback swap left the previous site only
        // under the retired name: put it back rather than delete it with the other leftovers.
        if !fm.fileExists(atPath: output), fm.fileExists(atPath: retiredPath) { try? fm.moveItem(atPath: retiredPath, toPath: output) }
        for leftover in [stagingPath, retiredPath] where fm.fileExists(atPath: leftover) && !setAside(leftover) {
            do { try fm.removeItem(atPath: leftover) } catch {
                return .failure(WriteProblem(.error("cannot remove \(leftover) left by an earlier build: \(error.localizedDescription)", at: site)))
            }
        }
        // The replaced site becomes the new staging tree: its folders and files are written over.
        var trash = stat()
        let reusing = lstat(trashPath, &trash) == 0 && trash.st_mode & S_IFMT == S_IFDIR && rename(trashPath, stagingPath) == 0
        if !reusing, fm.fileExists(atPath: trashPath), !setAside(trashPath) { try? fm.removeItem(atPath: trashPath) }
        let clearing = fm.fileExists(atPath: clearingPath) ? Parallel.start { [clearingPath] in try? FileManager.default.removeItem(atPath: clearingPath) } : nil
        if reusing { return .success(StagingTree(root: stagingPath, clearing: clearing, reusing: true)) }
        do {
            try fm.createDirectory(atPath: stagingPath, withIntermediateDirectories: true)
        } catch {
            clearing?.join()
            return .failure(WriteProblem(.error("cannot write the new site: \(error.localizedDescription); the previous site is unchanged", at: site)))
        }
        return .success(StagingTree(root: stagingPath, clearing: clearing))
    }

    /// Moves `path` into the clearing folder under a name not yet used there; `false` if it cannot.
    private func setAside(_ path: String) -> Bool {
        guard mkdir(clearingPath, 0o755) == 0 || errno == EEXIST else { return false }
        var number = 0
        while true {
            let target = clearingPath + "/\(number)"
            if rename(path, target) == 0 { return true }
            guard errno == EEXIST || errno == ENOTEMPTY else { return false }
            number += 1
        }
    }

    /// Copies the static files into `staging` and publishes it, or removes it on any problem.
    func finish(_ staging: StagingTree, staticFiles: [(source: String, path: String)]) -> [Diagnostic] {
        for item in staticFiles { staging.copy(item.source, to: item.path) }
        if let error = staging.error {
            discard(staging)
            return [.error("cannot write the new site: \(error.localizedDescription); the previous site is unchanged",
                           at: SourceLocation(file: output))]
        }
        staging.removeStale()
        // The previous build's leftovers are gone before this one leaves its own.
        staging.clearing?.join()
        return publish()
    }

    /// Sets aside a staging tree that will not be published: it waits as the trash, to be
    /// written over by the next build.
    func discard(_ staging: StagingTree) {
        staging.settle()
        if FileManager.default.fileExists(atPath: trashPath) || rename(staging.root, trashPath) != 0 {
            try? FileManager.default.removeItem(atPath: staging.root)
        }
    }

    struct WriteProblem: Error { let diagnostic: Diagnostic; init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic } }

    /// Puts the staging tree in place of `output` and removes the old tree.
    private func publish() -> [Diagnostic] {
        let fm = FileManager.default
        let site = SourceLocation(file: output)
        if fm.fileExists(atPath: output) {
            if Self.exchange(stagingPath, output) {
                // The staging name now holds the previous site; the next build deletes it.
                retire(stagingPath)
                return []
            }
            do {
                try fm.moveItem(atPath: output, toPath: retiredPath)
                try fm.moveItem(atPath: stagingPath, toPath: output)
            } catch {
                if !fm.fileExists(atPath: output), fm.fileExists(atPath: retiredPath) { try? fm.moveItem(atPath: retiredPath, toPath: output) }
                try? fm.removeItem(atPath: stagingPath)
                return [.error("cannot replace the site: \(error.localizedDescription); the previous site is unchanged", at: site)]
            }
            retire(retiredPath)
            return []
        }
        do {
            try fm.createDirectory(atPath: ContentPath.split(output).parent.isEmpty ? "." : ContentPath.split(output).parent,
                                   withIntermediateDirectories: true)
            try fm.moveItem(atPath: stagingPath, toPath: output)
        } catch {
            try? fm.removeItem(atPath: stagingPath)
            return [.error("cannot create the site: \(error.localizedDescription)", at: site)]
        }
        return []
    }

    /// Leaves the replaced site at `trashPath` for the next build to delete, or deletes it now.
    private func retire(_ path: String) {
        if rename(path, trashPath) != 0 { try? FileManager.default.removeItem(atPath: path) }
    }

    private func sibling(_ role: String) -> String {
        // Not NSString's path methods: they trap on a one-character output such as `S`.
        let (parent, name) = ContentPath.split(output)
        return (parent.isEmpty ? "" : parent == "/" ? "/" : parent + "/") + ".\(name).casebook-\(role)"
    }

    /// Atomically exchanges two paths with Linux's renameat2; `false` where that is unavailable.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }  // nil is glibc's RTLD_DEFAULT
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let atFDCWD: Int32 = -100
        let renameExchange: UInt32 = 1 << 1
        return renameat2(atFDCWD, a, atFDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }
}

