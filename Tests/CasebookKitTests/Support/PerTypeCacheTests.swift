import Testing
@testable import CasebookKit

@Suite struct PerTypeCacheTests {
    @Test func makesEachTypesValueOnce() {
        let cache = PerTypeCache<String>()
        var made = 0
        for _ in 0..<3 {
            #expect(cache.value(for: Int.self) { made += 1; return "Int" } == "Int")
            #expect(cache.value(for: [Int].self) { made += 1; return "[Int]" } == "[Int]")
        }
        #expect(made == 2)
    }
}
