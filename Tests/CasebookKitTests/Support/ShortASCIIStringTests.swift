import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct ShortASCIIStringTests {
    /// Whatever the bytes, the string is the one `String(decoding:as:)` makes: equal, hashed alike,
    /// the same bytes and count, usable as a key and in interpolation.
    @Test func makesTheStringDecodingMakes() async {
        #expect(ShortASCIIString.isAvailable)
        let bytes: [UInt8] = Array("aZ09-_ .:/".utf8) + [0x00, 0x7F, 0xC5, 0x82, 0xE2, 0x80, 0x94]
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...(bytes.count - 1)).array(of: 0...20)) { picks in
            let text = picks.map { bytes[$0] }
            // Only valid UTF-8 reaches it: the reader checks each record first.
            let expected = String(decoding: text, as: UTF8.self)
            guard Array(expected.utf8) == text else { return }
            let made = text.withUnsafeBufferPointer(ShortASCIIString.string)
            #expect(made == expected)
            #expect(made.hashValue == expected.hashValue)
            #expect(Array(made.utf8) == text && made.count == expected.count)
            #expect("<\(made)>" == "<\(expected)>" && Set([made, expected]).count == 1)
        }
    }
}
