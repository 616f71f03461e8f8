#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Tells `casebook watch` when the content or the templates changed.
///
/// On Linux the kernel says so (inotify, one watch per folder), so a watch that waits costs
/// nothing: a look at every file of the large site every 250 ms took 11 % of a core. Elsewhere
/// it compares `SourceSnapshot`s every interval. Changes made while a build runs are not lost:
/// the kernel queues them, and the next wait returns at once.
///
/// What a build reuses is decided by the files' bytes (`BuildMemo`), never here: a change this
/// misses only delays a build, and one it imagines only costs one.
public final class SourceWatcher {
    private let roots: [String]
    private let interval: Int32
    #if os(Linux)
    private let descriptor: Int32
    #endif
    private var snapshot: SourceSnapshot

    /// - Parameter intervalMilliseconds: how long the tree must stay still before a build
    ///   starts (and, without inotify, how often it is looked at).
    public init(roots: [String], intervalMilliseconds: Int) {
        self.roots = roots
        interval = Int32(clamping: intervalMilliseconds)
        snapshot = SourceSnapshot(roots: roots)
        entries = snapshot.entries
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        watchFolders()
        #endif
    }

    deinit {
        #if os(Linux)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// How many entries the roots held when the watcher started (for the watch's first message).
    public let entries: Int

    /// Waits until something under the roots changes and the tree then stays still for one
    /// interval, or until `timeoutMilliseconds` pass with no change. Returns whether it changed.
    @discardableResult
    public func waitForChange(timeoutMilliseconds: Int? = nil) -> Bool {
        #if os(Linux)
        if descriptor >= 0 {
            guard wait(timeoutMilliseconds.map { Int32(clamping: $0) } ?? -1) else { return false }
            while wait(interval) {}
            watchFolders()
            return true
        }
        #endif
        return pollForChange(timeoutMilliseconds: timeoutMilliseconds)
    }

    /// The portable way: look every interval.
    private func pollForChange(timeoutMilliseconds: Int?) -> Bool {
        var waited = 0
        var now = snapshot
        while now == snapshot {
            if let timeoutMilliseconds, waited >= timeoutMilliseconds { return false }
            usleep(UInt32(interval) * 1000)
            waited += Int(interval)
            now = SourceSnapshot(roots: roots)
        }
        repeat {
            snapshot = now
            usleep(UInt32(interval) * 1000)
            now = SourceSnapshot(roots: roots)
        } while now != snapshot
        return true
    }

    #if os(Linux)
    /// Waits up to `milliseconds` (-1: for ever) for events; reads them all. Whether any came.
    private func wait(_ milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        var ready: Int32
        repeat { ready = poll(&request, 1, milliseconds) } while ready < 0 && errno == EINTR
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        return true
    }

    /// A watch on every folder under the roots, folders made since the last look included (a
    /// folder watched again keeps its one watch).
    private func watchFolders() {
        guard descriptor >= 0 else { return }
        let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_DELETE_SELF
                          | IN_MOVED_FROM | IN_MOVED_TO | IN_MOVE_SELF)
        var pending = roots
        while let folder = pending.popLast() {
            guard let handle = opendir(folder) else { continue }
            _ = inotify_add_watch(descriptor, folder, mask)
            while let entry = readdir(handle) {
                let kind = entry.pointee.d_type
                guard kind == UInt8(DT_DIR) || kind == UInt8(DT_UNKNOWN) else { continue }
                let name = DirectoryEntry.name(entry)
                guard name != ".", name != ".." else { continue }
                let path = folder + "/" + name
                var info = stat()
                // Symbolic links to folders are not followed, as the content loader does not follow them out.
                if kind == UInt8(DT_DIR) || (lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR) { pending.append(path) }
            }
            closedir(handle)
        }
    }
    #endif
}
