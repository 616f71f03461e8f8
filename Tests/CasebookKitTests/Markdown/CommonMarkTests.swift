import Testing
@testable import CasebookKit

@Suite struct CommonMarkTests {
    func render(_ markdown: String) -> CommonMark.Document {
        CommonMark.render(markdown, file: "Content/cases/x.md", firstLine: 10)
    }

    @Test func scriptTagsAreNotPassedThrough() {
        let document = render("Tekst\n\n<script>alert(1)</script>\n\nI <b onclick=\"x()\">inline</b>.\n")
        #expect(!document.html.contains("<script"))
        #expect(!document.html.contains("onclick"))
        #expect(!document.html.contains("<b "))
        #expect(DiagnosticLog(document.diagnostics).lines == [
            "Content/cases/x.md:12:1: warning: raw HTML is not rendered; write it in Markdown instead",
            "Content/cases/x.md:14:3: warning: raw HTML is not rendered; write it in Markdown instead",
            "Content/cases/x.md:14:26: warning: raw HTML is not rendered; write it in Markdown instead",
        ])
    }

    @Test(arguments: ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
                      "data:image/png;base64,iVBORw0KGgo=", "vbscript:msgbox", "file:///etc/passwd"])
    func dangerousLinksAreRemoved(_ url: String) {
        let document = render("[kliknij](<\(url)>) i ![obraz](<\(url)>)\n")
        #expect(!document.html.lowercased().contains("script:"))
        #expect(!document.html.contains("data:"))
        #expect(!document.html.contains("file:"))
        #expect(document.diagnostics.count == 2)
        #expect(document.diagnostics.allSatisfy { $0.location?.line == 10 && $0.severity == .warning })
    }

    @Test(arguments: ["https://example.pl/a?b=1", "http://intranet/x", "mailto:biuro@example.pl", "../playbooks/x/index.html",
                      "#sekcja", "plik.pdf", "/abs/path", "a/b:c"])
    func safeLinksStay(_ url: String) {
        let document = render("[link](\(url))\n")
        #expect(document.diagnostics.isEmpty)
        #expect(document.html.contains("href=\""))
    }

    @Test func escapesTextAndAttributes() {
        let document = render("5 < 6 & \"cudzysłów\" [x](https://a.pl/\"onmouseover=\"x)\n")
        #expect(document.html.contains("5 &lt; 6 &amp; &quot;cudzysłów&quot;"))
        #expect(!document.html.contains("\"onmouseover"))
    }

    @Test func fenceInfoStringIsEscaped() {
        let document = render("```\"><script>x</script>\ncode\n```\n")
        #expect(!document.html.contains("<script"))
    }

    @Test func firstParagraphIsPlainText() {
        #expect(render("# Tytuł\n\nTo jest *pierwszy*\nakapit z `kodem`.\n\nDrugi.\n").firstParagraph == "To jest pierwszy akapit z kodem.")
    }

    @Test func columnsCountCharactersNotBytes() {
        // "Żółć " is 5 characters in 9 bytes: the link starts at character 6, byte 10.
        let lf = render("Wstęp.\n\nŻółć [x](javascript:1)\n")
        #expect(DiagnosticLog(lf.diagnostics).lines == [
            "Content/cases/x.md:12:6: warning: link to 'javascript:1' removed: only http, https, mailto and relative links are allowed",
        ])
        let crlf = render("Wstęp.\r\n\r\nŻółć [x](javascript:1)\r\n")
        #expect(crlf.diagnostics.map(\.location) == lf.diagnostics.map(\.location))
    }
}
