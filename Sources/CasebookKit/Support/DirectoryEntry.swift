#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// What the walks over the content folders (`ContentLoader`, `SourceSnapshot`, `SourceWatcher`)
/// and the export stamps (`FileDigests`) read from the system, spelled once for Linux and macOS.
enum DirectoryEntry {
    /// The name `readdir` gave.
    static func name(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
    }

    /// The modification and status-change times of `info`, in nanoseconds since 1970.
    static func times(_ info: stat) -> (modified: Int64, changed: Int64) {
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return (Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
                Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec))
    }
}
