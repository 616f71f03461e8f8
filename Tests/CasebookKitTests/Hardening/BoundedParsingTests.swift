import Foundation
import Testing
@testable import CasebookKit

/// No input can make parsing take long or use much memory: YAML aliases, Markdown size,
/// nesting and the cmark bracket case are all refused with a location.
@Suite struct BoundedParsingTests {
    /// Nine levels of nine aliases: 9⁹ ≈ 387 million values from a few hundred bytes.
    static let billionLaughs: String = {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        return text
    }()

    @Test func aBillionLaughsIsRefusedFastWithItsLine() {
        #expect(Self.billionLaughs.utf8.count < 500)
        let started = ContinuousClock.now
        let (node, diagnostics) = YAMLDocument.parse(Self.billionLaughs, file: "c.md", lineOffset: 1)
        let elapsed = ContinuousClock.now - started
        #expect(node == nil)
        #expect(diagnostics.map(\.headline) == [
            "c.md:6:8: error: the YAML expands to more than 10000 values (through aliases like *name); "
                + "write the values out; casebook settings do not need anchors and aliases",
        ])
        #expect(elapsed < .milliseconds(100), "took \(elapsed)")
    }

    /// Hashing alias keys was what made Yams itself slow (19 s for this shape before the budget).
    @Test func aliasesUsedAsKeysAreRefusedBeforeYamsComposes() {
        let text = Self.billionLaughs + "? *i\n: 1\n"
        let started = ContinuousClock.now
        let (_, diagnostics) = YAMLDocument.parse(text, file: "site.yml", lineOffset: 0)
        #expect(ContinuousClock.now - started < .milliseconds(100))
        #expect(diagnostics.count == 1)
    }

    @Test func ordinaryAliasesWithinTheBudgetStillWork() throws {
        let (node, diagnostics) = YAMLDocument.parse("base: &b { file: a.csv }\nother: *b\n", file: "site.yml", lineOffset: 0)
        #expect(diagnostics.isEmpty)
        #expect(node?.mapping?["other"]?.mapping?["file"]?.string == "a.csv")
    }

    @Test func deepYAMLNestingIsRefused() {
        let text = "x: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let (_, diagnostics) = YAMLDocument.parse(text, file: "site.yml", lineOffset: 0)
        #expect(diagnostics.map(\.headline) == ["site.yml:1:5: error: the YAML is nested more than 32 levels deep; no casebook setting needs that much nesting"])
    }

    @Test func hugeYAMLIsRefused() {
        let text = "title: '" + String(repeating: "x", count: YAMLBudget.maxBytes) + "'\n"
        let (_, diagnostics) = YAMLDocument.parse(text, file: "site.yml", lineOffset: 0)
        #expect(diagnostics.first?.message.hasPrefix("the YAML is 262154 bytes, more than the limit of 262144") == true)
    }

    // MARK: - Markdown

    @Test func theCmarkBracketCaseIsRefusedAtTheBracketPastTheCap() {
        let body = "Wstęp.\n\n" + String(repeating: "![[]()", count: 40_000)
        let started = ContinuousClock.now
        let document = CommonMark.render(body, file: "c.md", firstLine: 5)
        #expect(ContinuousClock.now - started < .seconds(1))
        #expect(document.html == "")
        #expect(document.diagnostics.map(\.location?.description) == ["c.md:7:1502"])
    }

    @Test func bracketsAreCountedPerParagraphAndEscapesDoNotCount() {
        let paragraph = String(repeating: "[a](b) ", count: 400)
        #expect(CommonMark.render(paragraph + "\n\n" + paragraph, file: "c.md", firstLine: 1).diagnostics.isEmpty)
        #expect(CommonMark.render(String(repeating: "\\[", count: 2000), file: "c.md", firstLine: 1).diagnostics.isEmpty)
        #expect(CommonMark.render(paragraph + "\n" + paragraph, file: "c.md", firstLine: 1).diagnostics.count == 1)
    }

    /// At the cap, a whole file of the worst paragraphs still parses quickly.
    @Test func theWorstFileWithinTheLimitsIsQuick() {
        let paragraph = String(repeating: "![[]()", count: 249) + "\n\n"
        let body = String(repeating: paragraph, count: MarkdownLimits.maxBytes / paragraph.utf8.count)
        let started = ContinuousClock.now
        let document = CommonMark.render(body, file: "c.md", firstLine: 1)
        #expect(document.diagnostics.isEmpty)
        #expect(ContinuousClock.now - started < .seconds(3))
    }

    @Test func markdownNestingAndSizeAreCapped() {
        let deep = CommonMark.render(String(repeating: "> ", count: 100) + "x\n", file: "c.md", firstLine: 3)
        #expect(deep.html == "")
        #expect(deep.diagnostics.map(\.headline) == ["c.md:3:63: error: the Markdown is nested more than 32 levels deep (quotes, lists, emphasis); flatten the structure"])
        let shallow = CommonMark.render(String(repeating: "> ", count: 20) + "x\n", file: "c.md", firstLine: 3)
        #expect(shallow.diagnostics.isEmpty)
        let big = CommonMark.render(String(repeating: "a", count: MarkdownLimits.maxBytes + 1), file: "c.md", firstLine: 3)
        #expect(big.diagnostics.map(\.headline) == ["c.md:3: error: the Markdown body is 524289 bytes, more than the limit of 524288; split it into several files"])
    }

    // MARK: - Encoding

    @Test(arguments: [
        ([0x61, 0x0A, 0x62, 0xB9, 0x63] as [UInt8], "f.md:2:2: error: the file is not valid UTF-8 (byte offset 3); save it as UTF-8"),  // Windows-1250 'ą'
        ([0xC5, 0x82, 0xC0, 0xAF] as [UInt8], "f.md:1:2: error: the file is not valid UTF-8 (byte offset 2); save it as UTF-8"),  // overlong '/'
        ([0x61, 0x00] as [UInt8], "f.md:1:2: error: the file contains a NUL byte (byte offset 1)"),
    ])
    func badBytesAreRefusedWithTheirOffset(_ bytes: [UInt8], _ expected: String) {
        let (text, problem) = SourceText.decode(bytes, file: "f.md")
        #expect(text == nil)
        #expect(problem?.headline == expected)
    }

    // MARK: - Paths

    @Test(arguments: ["data/tickets.csv", "exports/2026/t.csv", "a..b.csv"])
    func pathsInsideTheContentFolder(_ path: String) { #expect(ContentPath.isInside(path)) }

    @Test(arguments: ["../x.csv", "data/../../x.csv", "/etc/passwd", "~/x.csv", "%2e%2e/x.csv", "data\\..\\x.csv",
                      "data/\u{0}x.csv", "data//x.csv", "./x.csv", ""])
    func pathsThatCouldLeave(_ path: String) { #expect(!ContentPath.isInside(path)) }

    @Test(arguments: ["..", "%2e%2e", "a/b", "a\\b", "ａｂｃ", "spóźniona", "a\u{0}b", "-a", "A"])
    func slugsAreOneSafeASCIISegment(_ slug: String) { #expect(!NameRules.isValid(slug)) }

    @Test func staticFilesThatAreOneFileElsewhereNameEachOther() {
        let files = ["Logo.png", "a/cafe\u{301}.css", "a/caf\u{E9}.css", "logo.png", "ok.txt", "ﬁle.txt", "file.txt"]
            .map { StaticFiles.File(source: "static/" + $0, path: $0) }
        #expect(StaticFiles.lookAlikes(files).map(\.description) == [
            "static/a/caf\u{E9}.css: error: static file 'a/caf\u{E9}.css' has the same name as 'a/cafe\u{301}.css' once case and Unicode forms are ignored\nstatic/a/cafe\u{301}.css: note: the other file",
            "static/logo.png: error: static file 'logo.png' has the same name as 'Logo.png' once case and Unicode forms are ignored\nstatic/Logo.png: note: the other file",
            "static/file.txt: error: static file 'file.txt' has the same name as 'ﬁle.txt' once case and Unicode forms are ignored\nstatic/ﬁle.txt: note: the other file",
        ])
    }
}
