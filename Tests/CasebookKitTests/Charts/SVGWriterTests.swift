import Testing
@testable import CasebookKit

@Suite struct SVGWriterTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (-0.004, "0"), (0.004, "0"), (1e-7, "0"), (-1e-7, "0"),
        (12.5, "12.5"), (100, "100"), (0.05, "0.05"), (-0.01, "-0.01"), (-3.14159, "-3.14"),
        (1234.567, "1234.57"), (0.1 + 0.2, "0.3"), (1e20, "1000000000000"), (-1e20, "-1000000000000"),
        (.nan, "0"), (.infinity, "0"), (-.infinity, "0"),
    ])
    func writesCoordinatesWithAtMostTwoDecimals(_ value: Double, _ expected: String) {
        #expect(SVGWriter.number(value) == expected)
    }

    @Test func escapesMarkupAndQuotes() {
        #expect(SVGWriter.escape(#"<script>alert("x")</script> & 'y'"#)
                == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
    }

    @Test func dropsCharactersXMLForbidsAndKeepsTheRest() {
        #expect(SVGWriter.escape("a\u{0}b\u{7}c\u{1B}d\u{FFFF}e") == "abcde")
        #expect(SVGWriter.escape("zł\u{00A0}1\t2\n3 — ✓") == "zł\u{00A0}1\t2\n3 — ✓")
    }

    @Test func writesElementsWithEscapedAttributesInOrder() {
        var writer = SVGWriter()
        writer.open("g", [("class", "a\"b"), ("data-x", "<&>")])
        writer.element("rect", [("x", "1"), ("y", "2")])
        writer.element("text", [("x", "0")], text: "1 < 2")
        writer.text("Zas…", full: "Zasadna & długa", [("x", "3")])
        writer.close("g")
        #expect(writer.output == """
            <g class="a&quot;b" data-x="&lt;&amp;&gt;">
            <rect x="1" y="2"/>
            <text x="0">1 &lt; 2</text>
            <text x="3"><title>Zasadna &amp; długa</title>Zas…</text>
            </g>

            """)
    }

    @Test(arguments: [(1234, 2, true, "12.34"), (-5, 2, true, "-0.05"), (0, 2, false, "0.00"),
                      (-0, 1, false, "0.0"), (120, 2, true, "1.2"), (7, 0, false, "7")])
    func writesFixedPointNumbers(_ scaled: Int, _ decimals: Int, _ trim: Bool, _ expected: String) {
        #expect(SVGWriter.fixed(scaled, decimals: decimals, trimZeros: trim) == expected)
    }
}

@Suite struct ChartFormatTests {
    @Test func defaultFormattersAreLocaleFreeAndNeverPrintMinusZero() {
        #expect(ChartFormat.percent(decimals: 1)(0.824) == "82.4%")
        #expect(ChartFormat.percent()(0.95) == "95%")
        #expect(ChartFormat.number()(1234.5) == "1235")
        #expect(ChartFormat.number(decimals: 2)(-0.001) == "0.00")
        #expect(ChartFormat.number()(-0.4) == "0")
        #expect(ChartFormat.number()(.nan) == "—")
        #expect(ChartFormat.number(decimals: 6)(1e15) == "1000000000000000")
    }
}

@Suite struct ChartTextTests {
    @Test func truncatesToTheWidthWithAnEllipsis() {
        let long = "Zasadna reklamacja, której nie da się szybko załatwić"
        let short = ChartText.truncate(long, toWidth: 60)
        #expect(short.hasSuffix("…"))
        #expect(ChartText.width(short) <= 60)
        #expect(long.hasPrefix(String(short.dropLast())))
        #expect(ChartText.truncate("Krótka", toWidth: 200) == "Krótka")
        #expect(ChartText.truncate(long, toWidth: 0) == "…")
        // Cut after "Ab ", then the trailing space goes too.
        #expect(ChartText.truncate("Ab cdefgh", toWidth: ChartText.width("Ab …") + 0.5) == "Ab…")
    }

    @Test(arguments: [("promise", "promise"), ("a b\"<c>", "a-b--c-"), ("", "chart"), ("zł-1_x", "z--1_x")])
    func makesIdentifiersSafe(_ prefix: String, _ expected: String) {
        #expect(ChartText.identifier(prefix) == expected)
    }
}
