import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct StringWordsMemoTests {
    /// Through the memo a column is numbered exactly as by its text alone, whether its values
    /// share storage, are separate copies of one text, inline or longer than the memo holds.
    @Test func numbersAsTheTextDoes() async {
        let long = "Obsługa klienta — zespół drugi"
        // The same texts as shared strings and as fresh copies with storage of their own.
        let pool = ["Marta W.", "Ewa S.", long, String(decoding: Array(long.utf8), as: UTF8.self),
                    String(decoding: Array("Marta W.".utf8), as: UTF8.self), "", "x" + String(repeating: "y", count: 20)]
        await propertyCheck(count: 500, input: Gen.int(in: 0...(pool.count - 1)).array(of: 0...60), Gen.int(in: 1...4)) { picks, capacity in
            var plain = StringNumbering(), numbered = StringNumbering(), memo = StringWordsMemo(capacity: capacity)
            for pick in picks {
                let expected = plain.insert(pool[pick]).number
                #expect(memo.number(of: pool[pick]) { numbered.insert($0).number } == expected)
            }
        }
    }
}
