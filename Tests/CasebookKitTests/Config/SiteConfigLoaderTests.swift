import Testing
@testable import CasebookKit

@Suite struct SiteConfigLoaderTests {
    func load(_ yaml: String) -> (SiteConfig, [String]) {
        let (config, log) = SiteConfigLoader().load(yaml, file: "Content/site.yml")
        return (config, log.lines)
    }

    @Test func emptyFileGivesTheDefaults() {
        let (config, lines) = load("")
        #expect(lines.isEmpty)
        #expect(config.policy == Policy())
        #expect(config.language == .pl)
        #expect(config.clientTypes.count == 11)
        #expect(config.basePath == "/")
    }

    @Test func readsEveryKey() {
        let (config, lines) = load("""
            title: Raport
            language: en
            timezone: UTC
            currency: EUR
            base_path: /reklamacje
            as_of: 2026-06-30
            policy: { response_promise_days: 5, hourly_cost: 92.5, well_handled_csat: 5 }
            targets: { within_promise: 0.9, handling_cost_share: [0.01, 0.04] }
            client_types:
              - { key: vip, label: "Klient VIP" }
            tickets: { file: export/t.csv, delimiter: ";", columns: { opened_at: Created } }
            orders: { delimiter: "\\t" }
            """)
        #expect(lines.isEmpty)
        #expect(config.title == "Raport")
        #expect(config.language == .en)
        #expect(config.basePath == "/reklamacje/")
        #expect(config.asOf == LocalDate(iso: "2026-06-30"))
        #expect(config.policy.responsePromiseDays == 5)
        #expect(config.policy.hourlyCost == 92.5)
        #expect(config.targets.withinPromise == 0.9)
        #expect(config.targets.handlingCostShare == CostBand(low: 0.01, high: 0.04))
        #expect(config.clientTypes == [ClientType(key: "vip", label: "Klient VIP")])
        #expect(config.tickets.file == "export/t.csv")
        #expect(config.tickets.delimiter == .fixed(UInt8(ascii: ";")))
        #expect(config.tickets.columns == ["opened_at": "Created"])
        #expect(config.orders.delimiter == .fixed(9))
    }

    @Test func unknownKeyIsAnErrorWithSuggestion() {
        let (_, lines) = load("title: X\ntimezon: Europe/Warsaw\npolicy:\n  response_promis_days: 5\n")
        #expect(lines == [
            "Content/site.yml:2:1: error: unknown key 'timezon' in site.yml; did you mean 'timezone'?",
            "Content/site.yml:4:3: error: unknown key 'response_promis_days' in policy; did you mean 'response_promise_days'?",
        ])
    }

    @Test func badValuesAreLocated() {
        let (_, lines) = load("""
            language: de
            timezone: Mars/Olympus
            as_of: 2026-02-30
            policy: { well_handled_csat: 7, hourly_cost: -1 }
            targets: { handling_cost_share: [0.05, 0.02] }
            base_path: reklamacje
            tickets: { columns: { opend_at: Created } }
            """)
        #expect(lines == [
            "Content/site.yml:1:11: error: language must be pl or en, not 'de'",
            "Content/site.yml:2:11: error: unknown time zone 'Mars/Olympus'; use an IANA name such as Europe/Warsaw",
            "Content/site.yml:3:8: error: as_of must be a date that exists, written YYYY-MM-DD, not '2026-02-30'",
            "Content/site.yml:4:30: error: well_handled_csat must be a whole number from 1 to 5, not '7'",
            "Content/site.yml:4:46: error: hourly_cost must be a number of at least 0.0, not '-1'",
            "Content/site.yml:5:33: error: handling_cost_share must be a list of two shares [low, high] with low ≤ high, e.g. [0.02, 0.05]",
            "Content/site.yml:6:12: error: base_path must be a URL path starting with '/', not 'reklamacje'",
            "Content/site.yml:7:23: error: unknown key 'opend_at' in tickets.columns; did you mean 'opened_at'?",
        ])
    }

    @Test func duplicateKeyIsAnError() {
        let (_, lines) = load("title: A\ncurrency: PLN\ntitle: B\n")
        #expect(lines == ["Content/site.yml:1:1: error: duplicate key 'title': each key may appear once"])
    }

    /// Scalars are not typed by Yams (every one is text to casebook), so a quoted key and a plain
    /// one of the same text are one key.
    @Test func aQuotedAndAPlainSpellingOfAKeyAreDuplicates() {
        let (_, lines) = load("title: A\n'title': B\n")
        #expect(lines == ["Content/site.yml:1:1: error: duplicate key 'title': each key may appear once"])
    }

    @Test func duplicateAndMalformedClientTypesAreErrors() {
        let (_, lines) = load("""
            client_types:
              - { key: vip, label: A }
              - { key: vip, label: B }
              - { key: Bad Key, label: C }
            """)
        #expect(lines == [
            "Content/site.yml:3:12: error: client type 'vip' is defined twice",
            "Content/site.yml:2:12: note: first defined here",
            "Content/site.yml:4:12: error: client type key 'Bad Key' may use only a-z, 0-9 and _",
        ])
    }

    @Test func yamlSyntaxErrorIsLocated() {
        let (_, lines) = load("title: \"open\npolicy: {\n")
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("Content/site.yml:"))
        #expect(lines[0].contains("error: YAML:"))
    }
}
