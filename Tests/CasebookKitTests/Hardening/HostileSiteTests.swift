import Foundation
import Testing
@testable import CasebookKit

/// A site whose every text field tries to inject script, built end to end; then every output
/// file is read back and checked for what a strict Content-Security-Policy
/// (`default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'`) would block or
/// what would run script: `<script>`, `<style>`, `on*=` and `style=` attributes, and links or
/// sources with a scheme other than http(s) and mailto.
@Suite struct HostileSiteTests {
    static let attack = #""><script>alert(1)</script><img src=x onerror=alert(2) style="x">'"#

    /// The attack inside single-quoted YAML, where a quote is written twice.
    static let y = attack.replacingOccurrences(of: "'", with: "''")

    static let site = """
        -- Content/site.yml --
        title: 'Raport \(y)'
        currency: '<b onclick=x>zł</b>'
        as_of: 2026-03-31
        client_types:
          - { key: emotional, label: 'Emocje \(y)' }
        -- Content/playbooks/kroki.md --
        ---
        title: 'Kroki \(y)'
        summary: 'javascript:alert(3)'
        steps:
          - { key: krok, label: 'Krok \(y)' }
        ---
        Tekst <script>alert(4)</script> i <div style="color:red" onclick="x">blok</div>.

        [zły](javascript:alert(5)) [zły2](JaVaScRiPt:alert(6)) [zły3](java&#x09;script:alert(7))
        ![obraz](data:image/svg+xml,<svg/onload=alert(8)>) <javascript:alert(9)> [ok](https://example.pl/a?b="c")
        [vb](vbscript:msgbox) [plik](file:///etc/passwd) [względny](../cases/) [mail](mailto:biuro@example.pl)

        ```"><script>alert(10)</script>
        kod <script>
        ```
        -- Content/cases/atak.md --
        ---
        title: 'Sprawa \(y)'
        date: 2026-03-02
        customer: 'KL-1" onmouseover="alert(11)'
        tickets: ['ZG-1']
        client_type: emotional
        playbooks: [kroki]
        steps: [krok]
        outcome: accepted
        tags: ['\(y)', 'onclick=alert(12)']
        summary: '\(y)'
        ---
        <style>body{display:none}</style>

        Treść [link](javascript:alert(13)) i <a href="javascript:alert(14)">surowy</a>.
        -- Content/data/tickets.csv --
        ticket_id,customer_id,opened_at,answered_at,resolved_at,csat,category,agent,channel,client_type
        ZG-1,"KL-1"" onmouseover=""alert(15)",2026-03-02 10:00,2026-03-04 12:00,2026-03-05 09:00,5,"<script>alert(16)</script>","<img src=x onerror=alert(17)>",email,emotional
        """

    @Test func noOutputFileCanRunScriptOrBreakTheCSP() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let report = Build.run(site.options)
        #expect(!report.log.hasErrors, "\(site.lines(report.log))")
        let files = site.tree("Site")
        #expect(files.count > 5)
        var problems: [String] = []
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") || path.hasSuffix(".svg") {
            for problem in Self.problems(in: String(decoding: bytes, as: UTF8.self)) { problems.append("\(path): \(problem)") }
        }
        #expect(problems == [])
        // The attack reached the pages as visible, escaped text, so the scan above had something to look at.
        let casePage = String(decoding: files["cases/atak/index.html"] ?? [], as: UTF8.self)
        #expect(casePage.contains("Sprawa &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        let playbookPage = String(decoding: files["playbooks/kroki/index.html"] ?? [], as: UTF8.self)
        #expect(playbookPage.contains("class=\"language-&quot;&gt;&lt;script&gt;alert(10)&lt;/script&gt;\""))
        #expect(playbookPage.contains("href=\"https://example.pl/a?b=%22c%22\""))
        // Everything removed from the Markdown was reported, none of it silently.
        let warnings = report.log.warnings.map(\.message)
        #expect(warnings.filter { $0.hasPrefix("raw HTML") }.count >= 4)
        #expect(warnings.filter { $0.hasPrefix("link to") }.count >= 6)
    }

    /// The scanner must itself catch each thing it looks for, or the test above proves nothing.
    @Test(arguments: [
        "<p><script>x</script></p>", "<SCRIPT src=a.js></SCRIPT>", "<style>p{}</style>", "<a href=\"x\" onclick=\"y\">",
        "<div STYLE='color:red'>", "<a href=\"javascript:alert(1)\">", "<img src=\"data:image/png;base64,AA\">",
        "<a href=\" JavaScript:x\">", "<svg onload=alert(1)>", "<a href=\"&#106;avascript:x\">",
    ])
    func scannerFindsEachKindOfProblem(_ html: String) {
        #expect(!Self.problems(in: html).isEmpty)
    }

    @Test func scannerAcceptsEscapedText() {
        #expect(Self.problems(in: "<p title=\"&quot; onclick=&quot;x\">&lt;script&gt; onclick=x style=y</p><a href=\"../a/\">a</a>") == [])
    }

    // MARK: - A small HTML tag reader

    /// Every tag and attribute in `html` that a strict CSP would block or that could run script.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        let chars = Array(html.unicodeScalars)
        var i = 0
        while i < chars.count {
            guard chars[i] == "<", i + 1 < chars.count, chars[i + 1].properties.isAlphabetic else { i += 1; continue }
            var j = i + 1
            var name = ""
            while j < chars.count, !chars[j].properties.isWhitespace, chars[j] != ">", chars[j] != "/" { name.unicodeScalars.append(chars[j]); j += 1 }
            if ["script", "style", "iframe", "object", "embed", "base"].contains(name.lowercased()) { problems.append("<\(name)> element") }
            // Attributes until the closing '>'.
            while j < chars.count, chars[j] != ">" {
                while j < chars.count, chars[j].properties.isWhitespace || chars[j] == "/" { j += 1 }
                var attribute = ""
                while j < chars.count, !chars[j].properties.isWhitespace, chars[j] != "=", chars[j] != ">" { attribute.unicodeScalars.append(chars[j]); j += 1 }
                var value = ""
                if j < chars.count, chars[j] == "=" {
                    j += 1
                    if j < chars.count, chars[j] == "\"" || chars[j] == "'" {
                        let quote = chars[j]
                        j += 1
                        while j < chars.count, chars[j] != quote { value.unicodeScalars.append(chars[j]); j += 1 }
                        j += 1
                    } else {
                        while j < chars.count, !chars[j].properties.isWhitespace, chars[j] != ">" { value.unicodeScalars.append(chars[j]); j += 1 }
                    }
                }
                let lowered = attribute.lowercased()
                if lowered.hasPrefix("on") { problems.append("\(lowered)= on <\(name)>") }
                if lowered == "style" { problems.append("style= on <\(name)>") }
                if ["href", "src", "xlink:href", "action", "formaction", "srcset", "poster"].contains(lowered), !isSafeURL(value) {
                    problems.append("\(lowered)=\"\(value)\" on <\(name)>")
                }
            }
            i = j
        }
        return problems
    }

    /// Relative, fragment, http(s) and mailto only; any entity makes the value suspect.
    static func isSafeURL(_ value: String) -> Bool {
        if value.contains("&#") { return false }
        let compact = value.unicodeScalars.filter { $0.value > 0x20 }.map(String.init).joined().lowercased()
        guard let colon = compact.firstIndex(of: ":") else { return true }
        let scheme = compact[..<colon]
        if scheme.contains(where: { "/?#".contains($0) }) { return true }
        return ["http", "https", "mailto"].contains(String(scheme))
    }
}
