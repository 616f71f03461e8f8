import Foundation

/// Writes a complete site next to the published one and swaps it in only when every file is
/// on disk, so a failed or interrupted build never leaves a half-written `Site/`.
///
/// The new tree goes to a fixed sibling folder (`.Site.casebook-staging`); leftovers of an
/// interrupted run are removed at the start of the next one. On Linux the swap is a single
/// `renameat2(RENAME_EXCHANGE)`, so there is no moment without a published site.
struct SiteWriter {
    let output: String

    var stagingPath: String { sibling("staging") }
    var retiredPath: String { sibling("old") }

    /// Writes `files` (and copies `staticFiles`, source path → relative path) and publishes them.
    func write(_ files: [OutputFile], staticFiles: [(source: String, path: String)]) -> [Diagnostic] {
        let fm = FileManager.default
        let site = SourceLocation(file: output)
        // A run killed between the two renames of the fallback swap left the previous site only
        // under the retired name: put it back rather than delete it with the other leftovers.
        if !fm.fileExists(atPath: output), fm.fileExists(atPath: retiredPath) { try? fm.moveItem(atPath: retiredPath, toPath: output) }
        for leftover in [stagingPath, retiredPath] where fm.fileExists(atPath: leftover) {
            do { try fm.removeItem(atPath: leftover) } catch {
                return [.error("cannot remove \(leftover) left by an earlier build: \(error.localizedDescription)", at: site)]
            }
        }
        do {
            try fm.createDirectory(atPath: stagingPath, withIntermediateDirectories: true)
            var made = Set<String>()
            for file in files {
                let target = stagingPath + "/" + file.path
                try makeParent(of: target, made: &made)
                try Self.writeNew(target, file.bytes)
            }
            for item in staticFiles {
                let target = stagingPath + "/" + item.path
                try makeParent(of: target, made: &made)
                try fm.copyItem(atPath: item.source, toPath: target)
            }
        } catch {
            try? fm.removeItem(atPath: stagingPath)
            return [.error("cannot write the new site: \(error.localizedDescription); the previous site is unchanged", at: site)]
        }
        return publish()
    }

    /// Puts the staging tree in place of `output` and removes the old tree.
    private func publish() -> [Diagnostic] {
        let fm = FileManager.default
        let site = SourceLocation(file: output)
        if fm.fileExists(atPath: output) {
            if Self.exchange(stagingPath, output) {
                // The staging name now holds the previous site.
                try? fm.removeItem(atPath: stagingPath)
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
            try? fm.removeItem(atPath: retiredPath)
            return []
        }
        do {
            try fm.createDirectory(atPath: (output as NSString).deletingLastPathComponent.isEmpty ? "." : (output as NSString).deletingLastPathComponent,
                                   withIntermediateDirectories: true)
            try fm.moveItem(atPath: stagingPath, toPath: output)
        } catch {
            try? fm.removeItem(atPath: stagingPath)
            return [.error("cannot create the site: \(error.localizedDescription)", at: site)]
        }
        return []
    }

    /// Creates `path` and writes `bytes` with plain POSIX calls. FileManager.createFile writes
    /// a temporary file, fsyncs and renames it, for every page; the staging tree is private and
    /// only published by the rename in `publish()`, so that per-file ceremony bought nothing and
    /// cost most of the write stage (10,000-case site: see Scripts/bench).
    private static func writeNew(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                written += n
            }
        }
    }

    private func makeParent(of path: String, made: inout Set<String>) throws {
        let parent = (path as NSString).deletingLastPathComponent
        guard !made.contains(parent) else { return }
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        made.insert(parent)
    }

    private func sibling(_ role: String) -> String {
        let trimmed = output.hasSuffix("/") ? String(output.dropLast()) : output
        let parent = (trimmed as NSString).deletingLastPathComponent
        let name = (trimmed as NSString).lastPathComponent
        return (parent.isEmpty ? "" : parent + "/") + ".\(name).casebook-\(role)"
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

// `write` is also a method of SiteWriter, so libc's is reached through this wrapper.
private func systemWrite(_ fd: Int32, _ base: UnsafeRawPointer, _ count: Int) -> Int { write(fd, base, count) }
