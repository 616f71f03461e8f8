import Foundation
import Synchronization
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Digests of the big input files (the CSV exports), each remembered with what `stat` said of the
/// file when it was read, so that a file nobody touched since is not read again to be keyed.
/// git's index does the same for a work tree.
///
/// Any write changes a file's ctime, which no program can set back, so an unchanged stamp means
/// unchanged bytes, except for a write in the same clock tick as the `stat`. A stamp is therefore
/// trusted only when the file had been still for `settleSeconds` (2) before it was read (git calls
/// such entries "racily clean" and reads them again, too).
final class FileDigests: Sendable {
    private let known = Mutex<[String: (stamp: Stamp, digest: Fingerprint.Digest)]>([:])
    private let readCount = Mutex(0)
    let settleSeconds: Int

    init(settleSeconds: Int = 2) { self.settleSeconds = settleSeconds }

    /// How many times a file was read to be digested (for the tests).
    var reads: Int { readCount.withLock { $0 } }

    /// The digest of the file's bytes, or `nil` when it cannot be read.
    func digest(of path: String) -> Fingerprint.Digest? {
        guard let before = Stamp(path) else { return nil }
        if let entry = known.withLock({ $0[path] }), entry.stamp == before { return entry.digest }
        let now = time(nil)
        readCount.withLock { $0 += 1 }
        guard let digest = Self.read(path) else { return nil }
        if Stamp(path) == before, before.isSettled(at: now, seconds: settleSeconds) {
            known.withLock { $0[path] = (before, digest) }
        } else {
            known.withLock { _ = $0.removeValue(forKey: path) }
        }
        return digest
    }

    /// The bytes, through a map, into one fingerprint.
    static func read(_ path: String) -> Fingerprint.Digest? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        var fingerprint = Fingerprint()
        data.withUnsafeBytes { fingerprint.add($0) }
        return fingerprint.digest
    }

    /// What `stat` tells of a file that changes whenever its bytes do.
    struct Stamp: Equatable {
        let device: UInt64
        let inode: UInt64
        let size: Int64
        let modified: Int64
        let changed: Int64

        init?(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(truncatingIfNeeded: info.st_dev)
            inode = UInt64(truncatingIfNeeded: info.st_ino)
            size = Int64(info.st_size)
            (modified, changed) = DirectoryEntry.times(info)
        }

        /// Whether the file had been still for `seconds` at `now` (seconds since 1970).
        func isSettled(at now: time_t, seconds: Int) -> Bool {
            let latest = max(modified, changed) / 1_000_000_000
            return latest + Int64(seconds) <= Int64(now)
        }
    }
}
