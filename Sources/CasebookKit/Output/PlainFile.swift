import Foundation

/// Writing a new file without FileManager's per-file ceremony.
enum PlainFile {
    /// Creates `path` and writes `bytes` with plain POSIX calls. FileManager.createFile writes
    /// a temporary file, fsyncs and renames it, for every page; the staging tree is private and
    /// only published by the rename in `SiteWriter.publish()`, and a page cache entry carries a
    /// digest of its bytes, so that per-file ceremony bought nothing: it cost most of the write
    /// stage (10,000-case site), and a fifth of the system time of a build filling the cache.
    ///
    /// With `overwriting`, a file already there is written over and then cut to length, not
    /// truncated first: ext4 flushes a file truncated to zero and rewritten when it is closed,
    /// which made writing over an old site slower than writing a new one.
    ///
    /// A file already there with exactly these bytes is left as it is: reading it back from the
    /// page cache costs a few microseconds, where rewriting it made ext4 free and allocate its
    /// blocks again (at 10,000 cases, 0.9 s of system CPU for a site that had not changed). It
    /// keeps its modification time, so rsync and HTTP caches see only the pages that changed.
    static func create(_ path: String, _ bytes: [UInt8], overwriting: Bool = false) throws {
        let fd = open(path, (overwriting ? O_RDWR : O_WRONLY | O_TRUNC) | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        if overwriting, holds(fd, bytes) { return }
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                written += n
            }
        }
        if overwriting, ftruncate(fd, off_t(written)) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Whether the file open at `fd` holds exactly `bytes` (reading it leaves the offset at 0).
    private static func holds(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var status = stat()
        guard fstat(fd, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        let existing = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = 0
            while count < bytes.count {
                let n = pread(fd, buffer.baseAddress! + count, bytes.count - count, off_t(count))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { break }
                count += n
            }
        }
        // memcmp: `==` on two arrays compared them element by element through a generic path.
        return existing.withUnsafeBytes { old in bytes.withUnsafeBytes { new in memcmp(old.baseAddress!, new.baseAddress!, new.count) == 0 } }
    }
}
