/// The UI text of the overview and the dashboard pages, one complete table per language, held by
/// `Strings.dash` so `Strings` stays the one place every UI string of a language comes from.
///
/// Texts with `{name}` placeholders are filled by `DashboardStrings.fill`, so word order stays the
/// translator's: "Odpowiedź w {days}" / "Answered within {days}".
struct DashboardStrings: Sendable {
    // MARK: Shared
    let tabsLabel: String
    let tabOverview: String
    let asOf: String
    let showData: String
    let noData: String
    let of: String
    let target: String
    let details: String
    let trend: String
    let statusOn: String
    let statusBelow: String
    let statusAbove: String
    let statusNoData: String
    let yes: String
    let no: String
    let none: String
    let unspecifiedType: String
    let colMonth: String
    let colValue: String
    let colTicket: String
    let colCustomer: String
    let colAgent: String
    let colClientType: String
    let colTickets: String
    let colCount: String
    let colShare: String
    let colTarget: String
    let colStatus: String
    let colMeasure: String
    let colMedian: String
    let colP90: String
    let colMean: String
    let colCost: String
    let colRevenue: String
    let colRatio: String
    let colCase: String

    // MARK: Overview
    let overviewTitle: String
    let overviewIntro: String
    let kpiHeading: String
    let kpiRetention: String
    let kpiPromise: String
    let kpiStatutory: String
    let kpiCostShare: String
    let kpiOverdue: String
    let overdueTarget: String
    let overdueDetail: String
    let overdueOpen: String
    let costShareDenominator: String
    let otherFiguresHeading: String
    let figTickets: String
    let figOpen: String
    let figResolved: String
    let figWellHandled: String
    let figComplainants: String
    let figRepeat: String
    let figEscalated: String
    let figReopened: String
    let figPublic: String
    let knowledgeHeading: String

    // MARK: Deadlines
    let deadlinesTitle: String
    let deadlinesIntro: String
    let deadlinesNow: String
    let promiseRate: String
    let statutoryRate: String
    let durationsHeading: String
    let firstResponseHours: String
    let answerDays: String
    let resolutionDays: String
    let hoursUnit: String
    let daysUnit: String
    let histogramTitle: String
    let histogramDescription: String
    let colDays: String
    let promiseTrendTitle: String
    let promiseTrendDescription: String
    let monthlyTableCaption: String
    let colOpened: String
    let colWithinPromise: String
    let colWithinStatutory: String
    let overdueHeading: String
    let overdueNote: String
    let noOverdue: String
    let colOpenedOn: String
    let colAge: String
    let colPromiseDay: String
    let colPastStatutory: String

    // MARK: Retention
    let retentionTitle: String
    let retentionIntro: String
    let retentionSource: String
    let sourceOrders: String
    let sourceColumn: String
    let sourceNone: String
    let retentionWellHandled: String
    let retentionNotWellHandled: String
    let retentionAll: String
    let retentionCompareTitle: String
    let retentionCompareDescription: String
    let retentionByTypeTitle: String
    let retentionByTypeDescription: String
    let retentionByMonthTitle: String
    let retentionByMonthDescription: String
    let colGroup: String
    let colRetention: String

    // MARK: Costs
    let costsTitle: String
    let costsIntro: String
    let shareTitle: String
    let costHandling: String
    let costCompensation: String
    let costTotal: String
    let costRefunds: String
    let costRevenue: String
    let breakdownTitle: String
    let breakdownDescription: String
    let shareTrendTitle: String
    let shareTrendDescription: String
    let reserveLimit: String
    let monthlyCostCaption: String
    let costToServeHeading: String
    let costToServeNote: String
    let noCostToServe: String
    let noRevenue: String

    // MARK: Refunds
    let refundsTitle: String
    let refundsIntro: String
    let matrixHeading: String
    let colWindow: String
    let colGranted: String
    let colRefused: String
    let colTotal: String
    let windowStatutory: String
    let windowGuarantee: String
    let windowOutside: String
    let windowStatutoryShort: String
    let windowGuaranteeShort: String
    let refundsChartTitle: String
    let refundsChartDescription: String
    let exceptionsHeading: String
    let exceptionsNote: String
    let noExceptions: String
    let violationsHeading: String
    let violationsNote: String
    let noViolations: String
    let colDaysSincePurchase: String
    let colDecision: String
    let colAmount: String
    let granted: String
    let refused: String

    // MARK: Client types
    let typesTitle: String
    let typesIntro: String
    let typesTableCaption: String
    let colWellHandled: String
    let colHandlingCost: String
    let colCostPerTicket: String
    let colMedianAnswer: String
    let typesCostTitle: String
    let typesCostDescription: String
    let typesRetentionTitle: String
    let typesRetentionDescription: String

    // MARK: Agents
    let agentsTitle: String
    let agentsIntro: String
    let agentsTableCaption: String
    let agentsChartTitle: String
    let agentsChartDescription: String
    let noAgents: String

    // MARK: Data quality
    let qualityTitle: String
    let qualityIntro: String
    let inputsHeading: String
    let inputTickets: String
    let inputOrders: String
    let inputCases: String
    let inputPlaybooks: String
    let inputSkipped: String
    let noOrdersFile: String
    let completenessHeading: String
    let missingOutcome: String
    let missingJustified: String
    let missingEscalated: String
    let skippedHeading: String
    let skippedNote: String
    let noSkipped: String
    let colReason: String
    let colLocation: String
    let listShownNote: String

    // MARK: Cases and playbooks joined to data
    let caseTicketsHeading: String
    let colFirstResponse: String
    let colAnswer: String
    let colResolved: String
    let colPromise: String
    let colStatutory: String
    let colCsat: String
    let colOutcome: String
    let deadlineMet: String
    let deadlineMissed: String
    let deadlinePending: String
    let ticketNotInData: String
    let customerHeading: String
    let customerComplaints: String
    let customerOrders: String
    let customerRevenue: String
    let customerCost: String
    let customerRatio: String
    let customerPeriod: String
    let playbookRetention: String
    let playbookRetentionText: String
    let playbookBetter: String
    let playbookWorse: String
    let playbookSame: String
    let playbookNoRetention: String

    // MARK: Plurals
    let daysCount: PluralForms
    let ticketsCount: PluralForms

    /// `text` with each `{key}` replaced by its value (the first pair of that key); a `{…}` with
    /// no value is kept as written, and values are put in as they are, never read for keys.
    ///
    /// One pass over the bytes: `String.replacing`, once per key, cost ~25,000 instructions per
    /// sentence, and every case page fills several. It also read each value again for the keys
    /// after it, so a label containing `{days}` would have been filled in too.
    static func fill(_ text: String, _ values: [(String, String)]) -> String {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        let bytes = Array(text.utf8)
        var filled: [UInt8] = []
        filled.reserveCapacity(bytes.count + values.reduce(0) { $0 + $1.1.utf8.count })
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == open, let end = bytes[(index + 1)...].firstIndex(where: { $0 == close || $0 == open }), bytes[end] == close,
               let value = values.first(where: { $0.0.utf8.elementsEqual(bytes[(index + 1)..<end]) })?.1 {
                filled.append(contentsOf: value.utf8)
                index = end + 1
            } else {
                filled.append(byte)
                index += 1
            }
        }
        return String(decoding: filled, as: UTF8.self)
    }
}
