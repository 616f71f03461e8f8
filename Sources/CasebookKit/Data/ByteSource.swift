#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Where `CSVReader` gets its bytes from, one chunk at a time, so a file never has to fit in memory.
protocol ByteSource: AnyObject {
    /// Fills the front of `buffer`; returns the number of bytes read, 0 at the end, or `nil` on a read error.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int?
    /// Total bytes, when known up front; used only to size arrays.
    var size: Int? { get }
    /// Why the last `read` returned `nil`.
    var failureReason: String { get }
}

/// Reads an open file with read(2); closes it when released.
final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private(set) var failureReason = ""

    /// Opens `path` read-only, or says why not (ENOENT when it does not exist).
    static func open(path: String) -> Result<FileByteSource, OpenError> {
        let fd = path.withCString { systemOpen($0) }
        guard fd >= 0 else { return .failure(OpenError(code: errno)) }
        return .success(FileByteSource(descriptor: fd))
    }

    /// A data file opened for a loader, missing, or unreadable with a problem naming it.
    enum Opening {
        case opened(FileByteSource)
        case missing
        case failed(Diagnostic)
    }

    static func open(path: String, displayPath: String) -> Opening {
        switch open(path: path) {
        case .success(let source): return .opened(source)
        case .failure(let error) where error.fileIsMissing: return .missing
        case .failure(let error):
            return .failed(.error("cannot open the file: \(error.message)", at: SourceLocation(file: displayPath)))
        }
    }

    /// Why a file could not be opened, as errno.
    struct OpenError: Error {
        let code: Int32
        var fileIsMissing: Bool { code == ENOENT }
        var message: String { String(cString: strerror(code)) }
    }

    /// The same file read from `offset` on, through a descriptor of its own; `nil` if it cannot be reopened.
    func reopened(path: String, at offset: Int) -> FileByteSource? {
        guard case .success(let source) = Self.open(path: path),
              lseek(source.descriptor, off_t(offset), SEEK_SET) == off_t(offset) else { return nil }
        source.offset = offset
        return source
    }

    private var offset = 0
    private init(descriptor: Int32) { self.descriptor = descriptor }
    deinit { close(descriptor) }

    /// Bytes from where reading starts to the end of the file.
    var size: Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > offset else { return nil }
        return Int(info.st_size) - offset
    }

    /// Reads `count` bytes at `offset` without moving the read position (to pick a split point).
    func bytes(at offset: Int, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return Array(bytes.prefix(max(n, 0)))
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = systemRead(descriptor, base, buffer.count)
            if n >= 0 { return n }
            if errno != EINTR {
                failureReason = String(cString: strerror(errno))
                return nil
            }
        }
    }
}

/// Serves an in-memory byte array, at most `chunkSize` bytes per read, so tests can put chunk
/// boundaries anywhere in a record.
final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var position = 0

    var size: Int? { bytes.count }
    var failureReason: String { "" }

    init(_ bytes: [UInt8], chunkSize: Int = .max) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    /// The bytes from `offset` on, as `FileByteSource.reopened` gives a file's.
    init(_ bytes: ArraySlice<UInt8>, chunkSize: Int = .max) {
        self.bytes = Array(bytes)
        self.chunkSize = max(1, chunkSize)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        let n = min(buffer.count, chunkSize, bytes.count - position)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: n)
        }
        position += n
        return n
    }
}

// The libc names clash with the methods above, so they are reached through these wrappers.
private func systemOpen(_ path: UnsafePointer<CChar>) -> Int32 { open(path, O_RDONLY) }
private func systemRead(_ fd: Int32, _ base: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, base, count) }
