import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct ArraySelectingTests {
    /// Seen through pointers, the elements must be chosen and counted as `filter` and `count(where:)` do.
    @Test func selectsAndCountsAsFilterDoes() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...9).array(of: 0...40)) { values in
            let cases = values.enumerated().map { index, value in
                var item = Case(title: "t\(index)", date: LocalDate(daysSinceEpoch: index), slug: "c-\(index)", source: "cases/\(index).md")
                item.outcome = value < 5 ? Case.Outcome.allCases[value] : nil
                return item
            }
            for outcome in Case.Outcome.allCases + [nil] {
                #expect(cases.selecting { $0.pointee.outcome == outcome }.map(\.slug) == cases.filter { $0.outcome == outcome }.map(\.slug))
                #expect(cases.counting { $0.pointee.outcome == outcome } == cases.count { $0.outcome == outcome })
            }
        }
        #expect([Int]().selecting { $0.pointee > 0 }.isEmpty && [Int]().counting { $0.pointee > 0 } == 0)
    }
}
