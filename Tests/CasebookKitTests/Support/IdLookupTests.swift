import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct IdLookupTests {
    @Test func numbersStringsInOrderOfFirstAppearanceAcrossGrowth() {
        var numbering = StringNumbering()
        let ids = (0..<500).map { "K-\(($0 * 7919) % 500)" }
        for (index, id) in ids.enumerated() { #expect(numbering.insert(id) == (Int32(index), true)) }
        #expect(numbering.insert("K-0") == (0, false))
        #expect(numbering.number(of: ids[321]) == 321)
        #expect(numbering.number(of: "K-500") == nil)
        #expect(numbering.strings == ids)
    }

    /// Inserting in blocks (slots read ahead) must number exactly as inserting one by one, across
    /// blocks, repeats and growth of the table, and hand every index over once, in order.
    @Test func insertingInBlocksNumbersAsOneByOne() {
        for count in [0, 1, 15, 16, 17, 1_000] {
            let ids = (0..<count).map { "C-\(($0 * 7919) % max(1, count / 3))" }
            var oneByOne = StringNumbering(), blocks = StringNumbering()
            let expected = ids.map { oneByOne.insert($0).number }
            var seen: [Int] = [], numbers: [Int32] = []
            blocks.insertAll(ids.indices, key: { ids[$0] }) { index, number in
                seen.append(index)
                numbers.append(number)
            }
            #expect(seen == Array(ids.indices))
            #expect(numbers == expected)
            #expect(blocks.strings == oneByOne.strings)
        }
    }

    @Test func findsFirstPositionsWhetherIdsAreInOrderOrNot() {
        let ordered = ["T-9", "T-10", "T-11", "T-100"]
        #expect(ordered.isInIdOrder)
        let sorted = IdLookup(ordered)
        #expect(ordered.map { sorted.position(of: $0) } == [0, 1, 2, 3])
        #expect(sorted.position(of: "T-12") == nil)
        // Out of order, with a repeat: the first row wins.
        let mixed = ["T-10", "T-9", "T-10", "T-8"]
        #expect(!mixed.isInIdOrder)
        let table = IdLookup(mixed)
        #expect(["T-10", "T-9", "T-8", "T-7"].map { table.position(of: $0) } == [0, 1, 3, nil])
    }

    @Test func byteOrderAndIdOrderDiffer() {
        #expect("T-10".precedesInByteOrder("T-9"))
        #expect("T-9".precedesAsId("T-10"))
        #expect("ab".precedesInByteOrder("abc") && !"abc".precedesInByteOrder("ab"))
        #expect(!"".precedesInByteOrder("") && "".precedesInByteOrder("a"))
        #expect("Ż".precedesInByteOrder("ż") == Array("Ż".utf8).lexicographicallyPrecedes(Array("ż".utf8)))
    }

    /// Keys that differ must order their strings as byte order does; equal keys leave it to the strings.
    @Test func byteOrderKeysAgreeWithByteOrder() async {
        // Few letters, NUL among them, and lengths around 8 and 16, so prefixes and padding meet.
        let letters: [Character] = ["\u{0}", "a", "b", "Ż", "-"]
        let text = Gen.int(in: 0...(letters.count - 1)).array(of: 0...20).map { String($0.map { letters[$0] }) }
        await propertyCheck(count: 2000, input: text, text) { a, b in
            let (keyA, keyB) = (ByteOrderKey(a), ByteOrderKey(b))
            if keyA < keyB { #expect(a.precedesInByteOrder(b)) }
            if a.precedesInByteOrder(b) { #expect(!(keyB < keyA)) }
        }
        #expect(ByteOrderKey("a") == ByteOrderKey("a\u{0}") && "a".precedesInByteOrder("a\u{0}"))
        #expect(ByteOrderKey("KL-000002") < ByteOrderKey("KL-000010") && ByteOrderKey("KL-0000019999999990") < ByteOrderKey("KL-000002"))
    }
}

