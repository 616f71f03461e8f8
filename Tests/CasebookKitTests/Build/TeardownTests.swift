import Testing
@testable import CasebookKit

/// What a command-line build hands to `Teardown` stays until the process ends.
@Suite struct TeardownTests {
    final class Marker {}

    @Test func skippedValuesAreNeverFreed() {
        weak var watched: Marker?
        do {
            let marker = Marker()
            watched = marker
            Teardown.skip([marker], "and more")
        }
        #expect(watched != nil)
    }

    @Test func onlyTheCommandLineSkipsTheTeardown() {
        #expect(BuildOptions().skipsTeardown == false)
    }
}
