import Testing
@testable import CasebookKit

@Suite struct TypeNameTests {
    struct Outer { struct Inner {}; enum Kind { case a } }
    struct Box<T> {}
    final class Shape {}
    protocol Named {}

    /// Fingerprints and printed records carry the name, so it must be spelled exactly as before.
    @Test func spellsEveryKindOfTypeAsStringReflectingDoes() {
        let types: [Any.Type] = [Outer.Inner.self, Outer.Kind.self, Box<Int>.self, [Outer.Kind?].self, Shape.self,
                                 (Int, String).self, (any Named).self, [String: [Int]].self, CaseRow.self, Int.Type.self]
        for type in types { #expect(TypeName.of(type) == String(reflecting: type)) }
    }
}
