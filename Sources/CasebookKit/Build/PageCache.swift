import Foundation
import Synchronization

/// Rendered pages from earlier builds, keyed by a fingerprint of everything that decides a page's
/// bytes: the values its template sees, the route, the template set, the UI strings and the
/// casebook binary itself. A page whose key is found is not drawn again.
///
/// Entries live as `DIR/pages/<key>`, each starting with a digest of its own bytes, so a torn or
/// edited entry is ignored rather than published. Entries are written to a temporary name and
/// renamed, and those the latest build did not use are removed after it, so the folder holds one
/// site's worth. Deleting the folder is always safe: the next build is a clean one.
///
/// `casebook watch` keeps its entries in memory instead (`PageCache(memory:)`), where they need
/// no digest: nothing but the process can touch them.
final class PageCache: @unchecked Sendable {
    let directory: String
    /// Entries held by the process, for the builds of one `casebook watch`.
    private let memory: MemoryPages?
    private let lock = NSLock()
    private var used = Set<String>()
    private(set) var hits = 0
    private(set) var misses = 0

    static let format = "casebook-page-cache 1"

    init(directory: String) {
        self.directory = directory
        memory = nil
        try? FileManager.default.createDirectory(atPath: directory + "/pages", withIntermediateDirectories: true)
    }

    init(memory: MemoryPages) {
        directory = ""
        self.memory = memory
    }

    /// Pages kept in memory from one build to the next.
    final class MemoryPages: Sendable {
        let pages = Mutex<[String: [UInt8]]>([:])
        init() {}
    }

    /// The cached bytes for `key`, or `nil` (missing, unreadable, or not matching its digest).
    func bytes(for key: String) -> [UInt8]? {
        let found = memory.map { memory in memory.pages.withLock { $0[key] } } ?? Self.read(path(key)).flatMap(Self.unsealed)
        lock.withLock {
            used.insert(key)
            if found != nil { hits += 1 } else { misses += 1 }
        }
        return found
    }

    func store(_ bytes: [UInt8], for key: String) {
        if let memory {
            memory.pages.withLock { $0[key] = bytes }
            return
        }
        let final = path(key), temporary = final + ".tmp-\(UInt32.random(in: 0...UInt32.max))"
        var sealed = Array(Self.digest(bytes).utf8)
        sealed.append(UInt8(ascii: "\n"))
        sealed += bytes
        // Written under a temporary name and renamed, so a reader sees a whole entry or none.
        do { try PlainFile.create(temporary, sealed) } catch { unlink(temporary); return }
        if rename(temporary, final) != 0 { unlink(temporary) }
    }

    /// Removes the entries this build did not ask for.
    func prune() {
        if let memory {
            let keep = lock.withLock { used }
            memory.pages.withLock { pages in pages = pages.filter { keep.contains($0.key) } }
            return
        }
        let folder = directory + "/pages"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let keep = lock.withLock { used }
        for name in names where !keep.contains(name) { unlink(folder + "/" + name) }
    }

    private func path(_ key: String) -> String { directory + "/pages/" + key }

    private static func digest(_ bytes: [UInt8]) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(bytes)
        return fingerprint.hex
    }

    /// The payload of an entry whose first line is the digest of the rest.
    private static func unsealed(_ entry: [UInt8]) -> [UInt8]? {
        guard entry.count >= 33, entry[32] == UInt8(ascii: "\n") else { return nil }
        let payload = Array(entry[33...])
        return String(decoding: entry[..<32], as: UTF8.self) == digest(payload) ? payload : nil
    }

    private static func read(_ path: String) -> [UInt8]? { FileBytes.read(path) }
}

extension PageCache {
    /// What every key of a build shares: the cache format, the casebook binary (its size, time and
    /// inode, so every rebuilt binary starts afresh), the template set and the UI strings.
    static func salt(templates: TemplateSet, strings: TemplateRenderer.StringTable) -> Fingerprint {
        var salt = Fingerprint()
        salt.add(format)
        salt.add(binaryIdentity)
        for name in templates.templateFiles.keys.sorted() {
            salt.add(name)
            salt.add(templates.templateFiles[name]!.bytes)
        }
        for name in strings.names.sorted() {
            salt.add(name)
            salt.add(strings.child(named: name) as? String ?? "")
        }
        return salt
    }

    private static let binaryIdentity: String = {
        let path = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
        var info = stat()
        guard stat(path, &info) == 0 else { return "unknown binary \(UInt64.random(in: 0...UInt64.max))" }
        #if os(Linux)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        return "\(info.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(info.st_ino)"
    }()
}
