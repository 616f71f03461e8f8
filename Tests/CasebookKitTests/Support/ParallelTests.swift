import Synchronization
import Testing
@testable import CasebookKit

@Suite struct ParallelTests {
    /// `map` makes each result in its place: every item once, in the input's order.
    @Test func mapKeepsTheOrderAndMakesEachResultOnce() {
        let calls = Atomic<Int>(0)
        let items = (0..<5_000).map { "case-\($0)" }
        let results = Parallel.map(items) { item -> String in
            calls.add(1, ordering: .relaxed)
            return item.uppercased()
        }
        #expect(results == items.map { $0.uppercased() })
        #expect(calls.load(ordering: .relaxed) == items.count)
    }

    /// A pending value is made once, on its own thread, and every caller waits for that one,
    /// however many ask at once.
    @Test func pendingValueIsMadeOnceAndSeenByEveryCaller() {
        let made = Atomic<Int>(0)
        let pending = Parallel.Pending<[Int]> {
            made.add(1, ordering: .relaxed)
            return Array(0..<100_000).map { $0 * 2 }
        }
        let (first, second) = Parallel.both({ pending.value.count }, { pending.value.last })
        #expect(first == 100_000 && second == 199_998)
        #expect(pending.value.first == 0)
        #expect(made.load(ordering: .relaxed) == 1)
    }
}
