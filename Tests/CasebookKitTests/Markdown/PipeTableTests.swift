import Foundation
import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct PipeTableTests {
    func render(_ markdown: String) -> CommonMark.Document {
        CommonMark.render(markdown, file: "Content/playbooks/x.md", firstLine: 10)
    }

    @Test func basicTable() {
        let document = render("| Typ | Koszt |\n|---|---|\n| Dłużnik | windykacja |\n| Narcyz | czas kierownictwa |\n")
        #expect(document.html == """
            <div class="table-wrap"><table>
            <thead>
            <tr>
            <th>Typ</th>
            <th>Koszt</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>Dłużnik</td>
            <td>windykacja</td>
            </tr>
            <tr>
            <td>Narcyz</td>
            <td>czas kierownictwa</td>
            </tr>
            </tbody>
            </table></div>

            """)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func alignmentIsAClassNeverAStyle() {
        let document = render("Lewo | Środek | Prawo | Brak\n:--- | :-: | --: | ---\n1 | 2 | 3 | 4\n")
        #expect(document.html == """
            <div class="table-wrap"><table>
            <thead>
            <tr>
            <th class="align-left">Lewo</th>
            <th class="align-center">Środek</th>
            <th class="align-right">Prawo</th>
            <th>Brak</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td class="align-left">1</td>
            <td class="align-center">2</td>
            <td class="align-right">3</td>
            <td>4</td>
            </tr>
            </tbody>
            </table></div>

            """)
        #expect(!document.html.contains("style="))
    }

    @Test func headerOnlyTableHasNoBody() {
        #expect(render("| a | b |\n| - | -: |\n").html == """
            <div class="table-wrap"><table>
            <thead>
            <tr>
            <th>a</th>
            <th class="align-right">b</th>
            </tr>
            </thead>
            </table></div>

            """)
    }

    @Test func escapedPipesStayInTheirCell() {
        let document = render("| Zapis | Znaczenie |\n|---|---|\n| `a \\| b` | a lub b \\| c |\n")
        #expect(document.html.contains("<td><code>a | b</code></td>\n<td>a lub b | c</td>\n"))
        #expect(document.html.components(separatedBy: "<td>").count == 3)
    }

    @Test func cellsGetInlineMarkdown() {
        let document = render("| Co | Gdzie |\n|---|---|\n| *ważne* i **bardzo** | [regulamin](https://example.pl/r?a=1&b=2) i `kod` |\n")
        #expect(document.html.contains("""
            <tr>
            <td><em>ważne</em> i <strong>bardzo</strong></td>
            <td><a href="https://example.pl/r?a=1&amp;b=2">regulamin</a> i <code>kod</code></td>
            </tr>
            """))
        #expect(document.diagnostics.isEmpty)
    }

    @Test func blockSyntaxInACellIsText() {
        // GFM reads a cell as inlines only: these would be a heading, a list, a quote and a link definition.
        let document = render("| a | b | c | d | e |\n|---|---|---|---|---|\n| # nie | - nie | 1. nie | > nie | [x]: /y |\n")
        #expect(document.html.contains("""
            <td># nie</td>
            <td>- nie</td>
            <td>1. nie</td>
            <td>&gt; nie</td>
            <td>[x]: /y</td>
            """))
    }

    @Test func emphasisWithUnderscoresAtTheStartOfACell() {
        #expect(render("| a |\n|---|\n| _tak_ |\n").html.contains("<td><em>tak</em></td>"))
    }

    @Test func unsafeLinkInACellIsReportedAtItsLineAndColumnAndStripped() {
        let document = render("| Źródło | Link |\n|---|---|\n| źródło | [klik](javascript:alert(1)) |\n")
        #expect(document.html.contains("<td><a href=\"\">klik</a></td>"))
        #expect(!document.html.contains("javascript"))
        // Line 3 of the body is line 12 of the file; `[` is the 12th character of its line.
        #expect(DiagnosticLog(document.diagnostics).lines == [
            "Content/playbooks/x.md:12:12: warning: link to 'javascript:alert(1)' removed: only http, https, mailto and relative links are allowed",
        ])
    }

    @Test func scriptInACellIsDroppedAndReported() {
        let document = render("| a | b |\n|---|---|\n| <script>alert(1)</script> | 5 < 6 & \"x\" |\n")
        #expect(!document.html.contains("<script"))
        #expect(document.html.contains("<td><!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --></td>\n<td>5 &lt; 6 &amp; &quot;x&quot;</td>"))
        #expect(DiagnosticLog(document.diagnostics).lines == [
            "Content/playbooks/x.md:12:3: warning: raw HTML is not rendered; write it in Markdown instead",
            "Content/playbooks/x.md:12:19: warning: raw HTML is not rendered; write it in Markdown instead",
        ])
    }

    @Test func bodyRowsArePaddedAndCut() {
        let document = render("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\nbez kresek\n")
        #expect(document.html.contains("""
            <tbody>
            <tr>
            <td>1</td>
            <td></td>
            </tr>
            <tr>
            <td>1</td>
            <td>2</td>
            </tr>
            <tr>
            <td>bez kresek</td>
            <td></td>
            </tr>
            </tbody>
            """))
        #expect(!document.html.contains("3"))
    }

    @Test(arguments: [
        "| a | b |\n| c | d |\n",             // no delimiter row
        "| a | b |\n|---|\n| c | d |\n",       // header and delimiter counts differ
        "| a |\n|---|---|\n",                  // the other way round
        "| a | b |\n|-x-|---|\n",              // not a delimiter cell
        "Tekst akapitu\n| a | b |\n|---|---|\n", // a table cannot interrupt a paragraph
    ])
    func pipeLinesThatAreNotATableStayAParagraph(_ markdown: String) {
        let document = render(markdown)
        #expect(document.html.hasPrefix("<p>"))
        #expect(!document.html.contains("<table"))
    }

    @Test func notATableIsRenderedExactlyAsBefore() {
        #expect(render("| a | b |\n| c | d |\n").html == "<p>| a | b |\n| c | d |</p>\n")
    }

    @Test func delimiterWithoutPipesUnderOneLineIsASetextHeading() {
        #expect(render("| a |\n---\n").html == "<h2>| a |</h2>\n")
    }

    @Test func codeBlocksAreUntouched() {
        #expect(render("```\n| a | b |\n|---|---|\n```\n").html == "<pre><code>| a | b |\n|---|---|\n</code></pre>\n")
        #expect(render("    | a | b |\n    |---|---|\n").html == "<pre><code>| a | b |\n|---|---|\n</code></pre>\n")
    }

    @Test func tableStartsAfterAHeadingAndEndsAtTheNextBlock() {
        let html = render("## Koszty\n| a |\n|---|\n| 1 |\n- punkt\n").html
        #expect(html == """
            <h2>Koszty</h2>
            <div class="table-wrap"><table>
            <thead>
            <tr>
            <th>a</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>1</td>
            </tr>
            </tbody>
            </table></div>
            <ul>
            <li>punkt</li>
            </ul>

            """)
    }

    @Test func diagnosticsAfterATableKeepTheirLines() {
        let document = render("| a | b |\n|---|---|\n| 1 | 2 |\n\nTekst <b>x</b>\n")
        #expect(document.html.hasSuffix("</table></div>\n<p>Tekst <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n"))
        #expect(DiagnosticLog(document.diagnostics).lines == [
            "Content/playbooks/x.md:14:7: warning: raw HTML is not rendered; write it in Markdown instead",
            "Content/playbooks/x.md:14:11: warning: raw HTML is not rendered; write it in Markdown instead",
        ])
    }

    @Test func firstParagraphSkipsATable() {
        #expect(render("| a |\n|---|\n| 1 |\n\nPierwszy akapit.\n").firstParagraph == "Pierwszy akapit.")
    }

    @Test func crlfLineEndings() {
        for ending in ["\r\n", "\r"] {
            let html = render("| a | b |\(ending)|---|--:|\(ending)| 1 | 2 |\(ending)").html
            #expect(html.contains("<td>1</td>\n<td class=\"align-right\">2</td>"))
        }
    }

    @Test func combiningMarkAtTheStartOfACellIsKept() {
        // It joins the guard in front of the cell into one Character, so the guard is cut as bytes.
        #expect(render("| a |\n|---|\n| \u{301}x |\n").html.contains("<td>\u{301}x</td>"))
    }

    /// A plain cell skips cmark; what it gives must be what cmark gives, byte for byte, and any
    /// cell it does not take is left to cmark.
    @Test func plainCellsAreWrittenAsCmarkWritesThem() async {
        let pieces = ["a", "Z", "7", " ", "  ", "ą", "ł", "\u{301}", "\u{A0}", "\"", "'", ".", ",", ":", ";", "-", "+", "#", "=",
                      "/", "(", ")", "{", "}", "|", "~", "$", "%", "^", "?", "@", "http://x.pl", "zł", "1.", "—",
                      "*", "_", "`", "[", "]", "!", "<", ">", "&", "\\", "\t", "&amp;"]
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 1...10)) { picks in
            let text = picks.map { pieces[$0] }.joined().trimmingCharacters(in: .init(charactersIn: " \t"))
            guard !text.isEmpty else { return }
            let cell = PipeTable.Cell(markdown: text, columns: Array(1...text.utf8.count))
            let cmark = CommonMark.renderCellWithCmark(cell, file: "x.md", line: 3)
            if let plain = CommonMark.plainCellHTML(text) {
                #expect(plain == cmark.html, "\(text.debugDescription)")
                #expect(cmark.diagnostics.isEmpty, "\(text.debugDescription)")
            } else {
                #expect(text.utf8.contains { "\\`*_[]!<>&\t".utf8.contains($0) }, "\(text.debugDescription)")
            }
        }
    }

    /// The quick look at a second line may only turn away lines that the full reading would turn
    /// away too: a line it rejects must never be a delimiter row.
    @Test func onlyLinesThatCannotBeDelimiterRowsAreTurnedAwayEarly() async {
        let pieces = ["|", ":", "-", "---", " ", "\t", "\\", "\\|", "a", "ł", "=", "+", "*", "_", "\u{A0}"]
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12)) { picks in
            let line = ArraySlice(Array(picks.map { pieces[$0] }.joined().utf8))
            let isDelimiterRow = PipeTable.alignments(of: PipeTable.cells(of: line)) != nil
            if isDelimiterRow { #expect(PipeTable.couldBeDelimiterRow(line), "\(String(decoding: line, as: UTF8.self).debugDescription)") }
        }
        #expect(!PipeTable.couldBeDelimiterRow(ArraySlice("Klient zadzwonił – po raz drugi".utf8)))
        #expect(!PipeTable.couldBeDelimiterRow(ArraySlice("| : |".utf8)))
        #expect(PipeTable.couldBeDelimiterRow(ArraySlice("|:--|--:|".utf8)))
    }

    /// Cells cut from a row in place must be the cells of the rule: split at unescaped pipes, the
    /// outer pipes optional, trimmed, `\|` unescaped, each byte's column counted in scalars.
    @Test func cellsFollowTheRuleOnRowsCutFromALongerText() async {
        let pieces = ["|", "\\|", "\\", " ", "\t", "a", "ł", "Ż", "\u{301}", "-", ":", "`"]
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...14)) { picks in
            let text = Array(("x\n" + picks.map { pieces[$0] }.joined() + "\ny").utf8)
            let line = text[2..<(text.count - 2)]  // a slice that does not start at 0
            let cells = PipeTable.cells(of: line)
            #expect(cells.map(\.markdown) == Self.referenceCells(Array(line)).map(\.markdown))
            #expect(cells.map(\.columns) == Self.referenceCells(Array(line)).map(\.columns))
        }
    }

    /// The rule, written plainly over a copy of the row.
    static func referenceCells(_ bytes: [UInt8]) -> [PipeTable.Cell] {
        let pipe = UInt8(ascii: "|"), backslash = UInt8(ascii: "\\")
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var columns: [Int] = [], column = 0
        for byte in bytes {
            if byte & 0xC0 != 0x80 { column += 1 }
            columns.append(column)
        }
        func isEscapedPipe(_ index: Int) -> Bool { index > 0 && bytes[index - 1] == backslash }
        var start = 0, end = bytes.count
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        if start < end, bytes[start] == pipe { start += 1 }
        if end > start, bytes[end - 1] == pipe, !isEscapedPipe(end - 1) { end -= 1 }
        var cells: [PipeTable.Cell] = [], cellStart = start
        for index in start...end where index == end || (bytes[index] == pipe && !isEscapedPipe(index)) {
            var low = cellStart, high = index
            while low < high, isBlank(bytes[low]) { low += 1 }
            while high > low, isBlank(bytes[high - 1]) { high -= 1 }
            var markdown: [UInt8] = [], origins: [Int] = []
            for position in low..<high where !(bytes[position] == backslash && position + 1 < high && bytes[position + 1] == pipe) {
                markdown.append(bytes[position])
                origins.append(columns[position])
            }
            cells.append(PipeTable.Cell(markdown: String(decoding: markdown, as: UTF8.self), columns: origins))
            cellStart = index + 1
        }
        return cells
    }

    /// Lines are found with or without CR as cmark splits them: at `\n`, `\r\n` or `\r`.
    @Test func lineRangesSplitAsCmarkDoes() async {
        let pieces = ["a", "ł", " ", "\n", "\r", "\r\n", "\n\n", "|"]
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...16)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            let bytes = Array(text.utf8)
            let lines = PipeTable.lineRanges(of: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
            let expected = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines == expected, "\(text.debugDescription)")
        }
    }
}

