import Foundation

/// Where the generated files go: a folder on disk, or memory for tests.
protocol SampleSink: AnyObject {
    func begin(_ path: String) throws
    func append(_ bytes: [UInt8]) throws
    func end() throws
}

extension SampleSink {
    func write(_ path: String, _ bytes: [UInt8]) throws {
        try begin(path)
        try append(bytes)
        try end()
    }
}

/// Writes each file under `root`, creating folders as needed.
final class FolderSink: SampleSink {
    let root: String
    private var handle: FileHandle?
    private var made: Set<String> = []

    init(root: String) { self.root = root }

    func begin(_ path: String) throws {
        let full = root + "/" + path
        let folder = (full as NSString).deletingLastPathComponent
        if !made.contains(folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            made.insert(folder)
        }
        guard FileManager.default.createFile(atPath: full, contents: nil) else {
            throw SampleError(message: "cannot create \(full)")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: full))
    }

    func append(_ bytes: [UInt8]) throws {
        try handle?.write(contentsOf: bytes)
    }

    func end() throws {
        try handle?.close()
        handle = nil
    }
}

/// Keeps every file in memory: relative path → bytes.
final class MemorySink: SampleSink {
    private(set) var files: [String: [UInt8]] = [:]
    private var current: String?

    func begin(_ path: String) throws {
        current = path
        files[path] = []
    }

    func append(_ bytes: [UInt8]) throws {
        if let current { files[current, default: []] += bytes }
    }

    func end() throws { current = nil }
}

public struct SampleError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
