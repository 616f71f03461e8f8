import Foundation
import Testing

/// Compares `text` with the golden file Snapshots/charts/<name>; RECORD_SNAPSHOTS=1 rewrites it.
///
/// A missing golden is written and the test fails once, so a new snapshot is always looked at.
func expectChartSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots/charts")
    let file = folder.appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !recording, let golden = try? String(contentsOf: file, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        } catch {
            Issue.record("could not write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        if !recording { Issue.record("recorded new snapshot \(name); check it and run again", sourceLocation: sourceLocation) }
        return
    }
    #expect(text == golden, "\(name) differs from its golden file; RECORD_SNAPSHOTS=1 to re-record",
            sourceLocation: sourceLocation)
}
