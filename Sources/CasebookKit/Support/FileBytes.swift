import Foundation

/// A whole file's bytes, read with plain POSIX calls.
///
/// `FileManager.contents(atPath:)` made a `Data` that was then copied into an array, and the case
/// loader reads 10,000 files at large (1.0% of the build's samples went there). Here one array is
/// sized from `fstat` and filled by `read`.
enum FileBytes {
    /// The bytes of the file at `path`, or `nil` if it cannot be opened or read (a folder, no
    /// permission, gone).
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        // One byte more than the size, so that a read ending the file is seen without a full buffer;
        // a file that grows while it is read is still read to its end.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let n = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}
