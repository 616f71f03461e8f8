import Testing
@testable import CasebookKit

@Suite struct SuggestionTests {
    @Test func suggestsCloseTypo() {
        #expect(Suggestion.closest(to: "emotionl", in: ClientType.defaults.map(\.key)) == "emotional")
        #expect(Suggestion.hint(for: "timezon", in: ["timezone", "title"]) == "did you mean 'timezone'?")
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "xyzzy", in: ["timezone", "title"]) == nil)
    }
}
