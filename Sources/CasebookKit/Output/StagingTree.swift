import Foundation
import Synchronization

/// The private folder a new site is written into before `SiteWriter` publishes it.
///
/// Files may be added from several threads at once: the render stage hands each page over as
/// soon as it is drawn, so the disk works while the other pages are drawn and no page's bytes
/// wait in memory for the rest (the 10,000-case site held some 300 MiB of pages that way).
/// The first failure is kept and later files are skipped; the writer then discards the tree.
final class StagingTree: Sendable {
    let root: String
    /// Deleting what earlier builds left, if anything; joined before the tree is published.
    let clearing: Parallel.Running?
    private struct State {
        var madeFolders: Set<String> = []
        var error: (any Error)?
    }
    private let state = Mutex(State())

    init(root: String, clearing: Parallel.Running? = nil) {
        self.root = root
        self.clearing = clearing
    }

    /// The first failure, if any.
    var error: (any Error)? { state.withLock { $0.error } }

    func add(_ file: OutputFile) {
        perform(file.path) { try PlainFile.create($0, file.bytes) }
    }

    func copy(_ source: String, to path: String) {
        perform(path) { try FileManager.default.copyItem(atPath: source, toPath: $0) }
    }

    private func perform(_ path: String, _ body: (String) throws -> Void) {
        let target = root + "/" + path
        let parent = ContentPath.split(target).parent
        do {
            let known = try state.withLock { state in
                guard state.error == nil else { throw Skipped() }
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
