/// How long the lists on dashboards get: overdue tickets, refund exceptions and violations, skipped rows.
extension PageBuilder {
    /// The most rows a dashboard list shows. A page of thousands of rows is read by no one (and
    /// weighs megabytes); the oldest or first ones are shown, the footnote says how many there are
    /// in all, and metrics.json keeps every id.
    static let rowsListed = 200

    /// "Pokazano pierwsze 200 z 3 750." under a list that was cut, else nothing.
    func shownNote(_ shown: Int, of total: Int) -> String {
        guard total > shown else { return "" }
        return DashboardStrings.fill(dash.listShownNote, [("shown", Formatting.integer(shown, language)),
                                                           ("total", Formatting.integer(total, language))])
    }
}
