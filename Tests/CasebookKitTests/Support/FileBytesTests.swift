import Foundation
import Testing
@testable import CasebookKit

@Suite final class FileBytesTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filebytes-\(UUID().uuidString)").path

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    @Test(arguments: [0, 1, 4_095, 4_096, 70_001])
    func aFileIsReadWhole(_ size: Int) throws {
        let path = folder + "/case-\(size).md"
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(FileBytes.read(path) == bytes)
    }

    @Test func aMissingFileOrAFolderHasNoBytes() {
        #expect(FileBytes.read(folder + "/missing.md") == nil)
        #expect(FileBytes.read(folder) == nil)
    }

    @Test func aFileNamedThroughALinkIsReadAsItsTarget() throws {
        let target = folder + "/target.md", link = folder + "/link.md"
        #expect(FileManager.default.createFile(atPath: target, contents: Data("treść".utf8)))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(FileBytes.read(link) == Array("treść".utf8))
    }

    /// A FIFO reports size 0, so everything it carries arrives past the room fstat gave.
    @Test func bytesBeyondTheSizeFstatGaveAreRead() throws {
        let path = folder + "/fifo"
        #expect(mkfifo(path, 0o600) == 0)
        let payload = Array(repeating: UInt8(ascii: "x"), count: 10_000)
        let writer = Thread {
            let descriptor = open(path, O_WRONLY)
            _ = payload.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        writer.start()
        #expect(FileBytes.read(path) == payload)
    }
}
