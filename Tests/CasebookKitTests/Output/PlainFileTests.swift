import Foundation
import Testing
@testable import CasebookKit

@Suite final class PlainFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainfile-\(UUID().uuidString)").path

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func modified(_ path: String) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
    }

    func backdate(_ path: String) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: path)
    }

    @Test func anUnchangedFileIsLeftAsItIs() throws {
        let path = folder + "/same.html"
        try PlainFile.create(path, Array("<p>strona</p>".utf8))
        try backdate(path)
        try PlainFile.create(path, Array("<p>strona</p>".utf8), overwriting: true)
        #expect(try modified(path) == Date(timeIntervalSince1970: 1_000_000))
        #expect(FileManager.default.contents(atPath: path) == Data("<p>strona</p>".utf8))
    }

    @Test(arguments: ["<p>STRONA</p>", "<p>dłuższa strona</p>", "<p>s</p>", ""])
    func aChangedFileIsWrittenOver(_ text: String) throws {
        let path = folder + "/changed.html"
        try PlainFile.create(path, Array("<p>strona</p>".utf8))
        try backdate(path)
        try PlainFile.create(path, Array(text.utf8), overwriting: true)
        #expect(FileManager.default.contents(atPath: path) == Data(text.utf8))
        #expect(try modified(path) != Date(timeIntervalSince1970: 1_000_000))
    }
}
