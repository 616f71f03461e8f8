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
    static func create(_ path: String, _ bytes: [UInt8], overwriting: Bool = false) throws {
        let fd = open(path, O_WRONLY | O_CREAT | (overwriting ? 0 : O_TRUNC) | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
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
}
