import Foundation
import Synchronization

/// The private folder a new site is written into before `SiteWriter` publishes it.
///
/// Files may be added from several threads at once: the render stage hands each page over as
/// soon as it is drawn, so the disk works while the other pages are drawn and no page's bytes
/// wait in memory for the rest (the 10,000-case site held some 300 MiB of pages that way).
/// The first failure is kept and later files are skipped; the writer then discards the tree.
///
/// A tree may be an earlier site reused (see `StagingSurvey`): files are then overwritten in
/// place, and what this build did not write is removed before the tree is published.
final class StagingTree: Sendable {
    let root: String
    /// Deleting what earlier builds left, if anything; joined before the tree is published.
    let clearing: Parallel.Running?
    private let reuse: Reuse?

    private struct State {
        var madeFolders: Set<String> = []
        /// Relative paths written, kept for a reused tree only.
        var written: Set<String> = []
        var error: (any Error)?
    }
    private let state = Mutex(State())

    /// The survey of a reused tree, taken on a thread of its own while the build loads and
    /// computes; nothing is written into the tree before it is done.
    private final class Reuse: Sendable {
        private let job: Parallel.Running
        private let box: Box

        init(root: String) {
            let box = Box()
            job = Parallel.start { box.survey = StagingSurvey.take(of: root) }
            self.box = box
        }

        var survey: StagingSurvey {
            job.join()
            return box.survey
        }

        /// Written by the job only, and read only after the job is joined.
        private final class Box: @unchecked Sendable { var survey = StagingSurvey() }
    }

    /// - Parameter reusing: whether `root` holds an earlier site to write over.
    init(root: String, clearing: Parallel.Running? = nil, reusing: Bool = false) {
        self.root = root
        self.clearing = clearing
        reuse = reusing ? Reuse(root: root) : nil
    }

    /// The first failure, if any.
    var error: (any Error)? { state.withLock { $0.error } }

    func add(_ file: OutputFile) {
        perform(file.path) { [reusing = reuse != nil] in try PlainFile.create($0, file.bytes, overwriting: reusing) }
    }

    func copy(_ source: String, to path: String) {
        perform(path) { target in
            if reuse != nil { unlink(target) }  // copyItem will not overwrite
            try FileManager.default.copyItem(atPath: source, toPath: target)
        }
    }

    /// Waits for the survey and the clearing of leftovers, if they still run.
    func settle() {
        _ = reuse?.survey
        clearing?.join()
    }

    /// Removes from a reused tree every file and folder this build did not write.
    func removeStale() {
        guard let reuse else { return }
        let survey = reuse.survey
        let written = state.withLock { $0.written }
        for path in survey.files.subtracting(written) { unlink(root + "/" + path) }
        let kept = StagingSurvey.folders(holding: written)
        // Deepest first, so a folder is empty when its turn comes.
        for folder in survey.folders.subtracting(kept).sorted(by: { $0.count > $1.count }) { rmdir(root + "/" + folder) }
    }

    private func perform(_ path: String, _ body: (String) throws -> Void) {
        let target = root + "/" + path
        let parent = ContentPath.split(target).parent
        do {
            if let reuse { try clearWay(for: path, in: reuse.survey) }
            let known = try state.withLock { state in
                guard state.error == nil else { throw Skipped() }
                if reuse != nil { state.written.insert(path) }
                return state.madeFolders.contains(parent)
            }
            if !known {
                // Made outside the lock; a folder another thread made first counts as made.
                try Self.makeFolder(parent)
                state.withLock { _ = $0.madeFolders.insert(parent) }
            }
            try body(target)
        } catch is Skipped {
        } catch {
            state.withLock { if $0.error == nil { $0.error = error } }
        }
    }

    /// In a reused tree, a file of the old site where this build needs a folder, or a folder
    /// where it needs a file, is removed first.
    private func clearWay(for path: String, in survey: StagingSurvey) throws {
        if survey.folders.contains(path) { try FileManager.default.removeItem(atPath: root + "/" + path) }
        var parent = ContentPath.split(path).parent
        while !parent.isEmpty {
            if survey.files.contains(parent) { unlink(root + "/" + parent) }
            parent = ContentPath.split(parent).parent
        }
    }

    private struct Skipped: Error {}

    /// `mkdir -p` in plain POSIX calls: FileManager's stats every component of the path first,
    /// which made folder creation half of the write time of the 10,000-case site.
    private static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let parent = ContentPath.split(path).parent
        guard !parent.isEmpty, parent != path else { throw POSIXError(.ENOENT) }
        try makeFolder(parent)
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }
}
