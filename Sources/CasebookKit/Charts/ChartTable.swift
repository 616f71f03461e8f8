/// A chart's data as an HTML table inside `<details>`, so the exact figures are one click away.
///
/// The first column holds row headers (`<th scope="row">`), the others are numbers (`class="cb-num"`,
/// right-aligned by the stylesheet). Every text is escaped.
struct ChartTable {
    var caption: String
    var headers: [String]
    var rows: [[String]] = []
    /// Rows after the data, e.g. the target; written in `<tfoot>`.
    var footer: [[String]] = []
    /// Whether each row's first cell names the row (`<th scope="row">`); otherwise all cells are data.
    var rowHeaders = true

    /// `<details class="cb-chart-data"><summary>summary</summary><table>…</table></details>`.
    func html(summary: String) -> String {
        var html = "<details class=\"cb-chart-data\"><summary>" + SVGWriter.escape(summary) + "</summary>\n"
        html += "<table class=\"cb-chart-table\">\n"
        html += "<caption>" + SVGWriter.escape(caption) + "</caption>\n"
        html += "<thead><tr>" + headers.map { "<th scope=\"col\">" + SVGWriter.escape($0) + "</th>" }.joined()
            + "</tr></thead>\n"
        html += "<tbody>\n" + rows.map(row).joined() + "</tbody>\n"
        if !footer.isEmpty { html += "<tfoot>\n" + footer.map(row).joined() + "</tfoot>\n" }
        return html + "</table>\n</details>\n"
    }

    private func row(_ cells: [String]) -> String {
        let body = cells.enumerated().map { index, cell in
            index == 0 && rowHeaders
                ? "<th scope=\"row\">" + SVGWriter.escape(cell) + "</th>"
                : "<td class=\"cb-num\">" + SVGWriter.escape(cell) + "</td>"
        }
        return "<tr>" + body.joined() + "</tr>\n"
    }
}
