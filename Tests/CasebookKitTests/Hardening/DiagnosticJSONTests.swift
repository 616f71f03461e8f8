import Testing
@testable import CasebookKit

/// `casebook check --format json`: what a CI script reads to annotate files.
@Suite struct DiagnosticJSONTests {
    @Test func everyFieldIsThereInAFixedOrderAndTextIsEscaped() {
        var log = DiagnosticLog()
        log.warning("whole file", at: nil)
        log.error("unknown key 'outcom' in \"case\"\n", at: SourceLocation(file: "cases/a.md", line: 4, column: 1),
                  hint: "did you mean 'outcome'?", notes: [.note("first set here", at: SourceLocation(file: "cases/a.md", line: 2))])
        #expect(log.jsonText() == """
            [
              {
                "file": null,
                "line": null,
                "column": null,
                "severity": "warning",
                "message": "whole file",
                "hint": null,
                "notes": []
              },
              {
                "file": "cases/a.md",
                "line": 4,
                "column": 1,
                "severity": "error",
                "message": "unknown key 'outcom' in \\"case\\"\\n",
                "hint": "did you mean 'outcome'?",
                "notes": [
                  {
                    "file": "cases/a.md",
                    "line": 2,
                    "column": null,
                    "severity": "note",
                    "message": "first set here",
                    "hint": null,
                    "notes": []
                  }
                ]
              }
            ]

            """)
    }

    @Test func noDiagnosticsIsAnEmptyArray() {
        #expect(DiagnosticLog().jsonText() == "[]\n")
    }
}
