import Foundation

/// Writing a new file without FileManager's per-file ceremony.
enum PlainFile {
    /// Creates `path` and writes `bytes` with plain POSIX calls. FileManager.createFile writes
    /// a temporary file, fsyncs and renames it, for every page; the staging tree is private and
    /// only published by the rename in `SiteWriter.publish()`, and a page cache entry carries a
    /// digest of its bytes, so that per-file ceremony bought nothing: it cost most of the write
    /// stage (10,000-case site), and a fifth of the system time of a build filling the cache.
    static func create(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
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
    }
}
