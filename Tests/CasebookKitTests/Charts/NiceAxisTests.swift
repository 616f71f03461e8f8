import Foundation
import Testing
@testable import CasebookKit

@Suite struct NiceAxisTests {
    @Test(arguments: [
        ([0, 0.95], [0, 0.2, 0.4, 0.6, 0.8, 1]),
        ([0, 1], [0, 0.2, 0.4, 0.6, 0.8, 1]),
        ([0.91, 0.99], [0, 0.2, 0.4, 0.6, 0.8, 1]),
        ([0, 7], [0, 2, 4, 6, 8]),
        ([0, 13], [0, 5, 10, 15]),
        ([0, 42], [0, 10, 20, 30, 40, 50]),
        ([0, 100], [0, 20, 40, 60, 80, 100]),
        ([2230, 1500], [0, 500, 1000, 1500, 2000, 2500]),
        ([-3, 7], [-4, -2, 0, 2, 4, 6, 8]),
        ([-10], [-10, -8, -6, -4, -2, 0]),
        ([0.034, 0.06], [0, 0.02, 0.04, 0.06]),
        ([5], [0, 1, 2, 3, 4, 5]),
        ([], [0, 0.2, 0.4, 0.6, 0.8, 1]),
        ([0, 0, 0], [0, 0.2, 0.4, 0.6, 0.8, 1]),
        ([.nan, .infinity, 3], [0, 1, 2, 3]),
    ] as [([Double], [Double])])
    func ticksStepByOneTwoOrFive(_ values: [Double], _ expected: [Double]) {
        #expect(NiceAxis(covering: values).ticks == expected)
    }

    @Test(arguments: [([0, 3], [0, 1, 2, 3]), ([0], [0, 1]), ([0, 1], [0, 1]), ([0, 30], [0, 10, 20, 30])]
          as [([Double], [Double])])
    func countTicksAreWholeNumbers(_ values: [Double], _ expected: [Double]) {
        #expect(NiceAxis(covering: values, integers: true).ticks == expected)
    }

    /// Over ranges from 10^-6 to 10^12: the step is 1, 2 or 5 × 10^k, ticks include 0 and cover the data.
    @Test(arguments: [1e-6, 3.3e-4, 0.017, 0.5, 0.95, 1, 2.2, 9.99, 13, 77, 101, 999, 4321, 65_000, 1.5e6, 7e9, 1e12])
    func ticksAreNiceForAnyMagnitude(_ high: Double) {
        for low in [0, -high / 3, -high] {
            let axis = NiceAxis(covering: [low, high])
            let mantissa = axis.step / pow(10, floor(log10(axis.step)))
            #expect([1.0, 2.0, 5.0].contains { abs($0 - mantissa) < 1e-9 }, "step \(axis.step)")
            #expect(axis.ticks.contains(0))
            #expect(axis.lower <= low && axis.upper >= high)
            #expect((2...12).contains(axis.ticks.count))
            for (a, b) in zip(axis.ticks, axis.ticks.dropFirst()) {
                #expect(abs(b - a - axis.step) <= axis.step * 1e-9)
            }
        }
    }

    @Test func fewerTicksWhenTheFormatterWouldRepeatALabel() {
        // All zero with whole-number labels: 0, 0.2, … would print "0, 0, 0, 1, 1, 1".
        #expect(NiceAxis.labelled(covering: [0, 0], format: ChartFormat.number()).labels == ["0", "1"])
        #expect(NiceAxis.labelled(covering: [0, 0.02], format: ChartFormat.percent()).labels == ["0%", "1%", "2%"])
        #expect(NiceAxis.labelled(covering: [0, 0.95], format: ChartFormat.percent()).labels
                == ["0%", "20%", "40%", "60%", "80%", "100%"])
    }

    @Test func scaleMapsTheDomainOntoTheRangeAndNeverDividesByZero() {
        let y = ChartScale(domain: 0...1, start: 200, end: 0)
        #expect(y(0) == 200)
        #expect(y(1) == 0)
        #expect(abs(y(0.95) - 10) < 1e-9)
        #expect(ChartScale(domain: 5...5, start: 10, end: 90)(5) == 10)
        #expect(y(.nan) == 200)
    }
}
