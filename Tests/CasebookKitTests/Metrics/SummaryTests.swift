import Testing
@testable import CasebookKit

@Suite struct SummaryTests {
    @Test func emptyListHasOnlyN() {
        #expect(Summary([]) == Summary(n: 0, median: nil, p90: nil, mean: nil))
        #expect(Summary(seconds: [], unit: 86_400) == .empty)
    }

    @Test func medianOfOddCountIsTheMiddleValue() {
        let summary = Summary([5, 1, 3])
        #expect(summary.median == 3)
        #expect(summary.mean == 3)
    }

    @Test func medianOfEvenCountIsTheMeanOfTheTwoMiddleValues() {
        #expect(Summary([4, 1, 3, 10]).median == 3.5)
        #expect(Summary([2, 1]).median == 1.5)
        #expect(Summary([7, 7, 7, 7]).median == 7)
    }

    /// p90 = v[ceil(0.9 n) - 1] over 1...n: the rank, 1-based, is ceil(0.9 n).
    @Test(arguments: [(1, 1.0), (2, 2), (9, 9), (10, 9), (11, 10), (19, 18), (20, 18), (21, 19), (100, 90), (101, 91)])
    func p90IsTheNearestRank(n: Int, expected: Double) {
        // Shuffled deterministically so the selection has to find the rank.
        let values = (1...n).map { Double(($0 * 7919) % n + 1) }
        #expect(Summary(values).p90 == expected)
    }

    @Test func p90IndexIsExactIntegerArithmetic() {
        // ceil(9n / 10), checked against a division with remainder rather than a Double product.
        #expect(Summary.p90Index(count: 10) == 8)
        #expect(Summary.p90Index(count: 1) == 0)
        #expect(Summary.p90Index(count: 9) == 8)
        #expect(Summary.p90Index(count: 11) == 9)
        for n in 1...2_000 {
            var rank = (n * 9) / 10
            if (n * 9) % 10 != 0 { rank += 1 }
            #expect(Summary.p90Index(count: n) == rank - 1)
        }
    }

    @Test func durationsAreConvertedToTheUnit() {
        // 1.5 h, 0.5 h, 3 h, 2 h: sorted 0.5, 1.5, 2, 3.
        let summary = Summary(seconds: [5_400, 1_800, 10_800, 7_200], unit: 3_600)
        #expect(summary == Summary(n: 4, median: 1.75, p90: 3, mean: 1.75))
    }

    @Test func durationAndPlainSummariesAgree() {
        let seconds: [Int64] = (0..<1_001).map { Int64(($0 * 104_729) % 3_000) * 600 - 86_400 }
        let fromSeconds = Summary(seconds: seconds, unit: 86_400)
        let fromDoubles = Summary(seconds.map { Double($0) / 86_400 })
        #expect(fromSeconds.n == fromDoubles.n)
        #expect(fromSeconds.median == fromDoubles.median)
        #expect(fromSeconds.p90 == fromDoubles.p90)
        #expect(abs(fromSeconds.mean! - fromDoubles.mean!) <= 1e-12 * abs(fromDoubles.mean!))
    }

    @Test func selectionMatchesSortingWithManyTies() {
        for n in [1, 2, 3, 16, 17, 18, 33, 500, 4_096] {
            var values = (0..<n).map { Int64(($0 * 31) % 7) }
            let sorted = values.sorted()
            let stats = Summary.orderStatistics(&values)!
            #expect(stats.highMiddle == sorted[n / 2])
            if n % 2 == 0 { #expect(stats.lowMiddle == sorted[n / 2 - 1]) }
            #expect(stats.p90 == sorted[Summary.p90Index(count: n)])
        }
    }

    @Test func selectionSurvivesSortedAndReversedInput() {
        for input in [Array(0..<100_000), Array((0..<100_000).reversed()), [Int](repeating: 5, count: 100_000)] {
            var values = input.map(Int64.init)
            let sorted = values.sorted()
            let stats = Summary.orderStatistics(&values)!
            #expect(stats.lowMiddle == sorted[49_999])
            #expect(stats.highMiddle == sorted[50_000])
            #expect(stats.p90 == sorted[89_999])
        }
    }
}
