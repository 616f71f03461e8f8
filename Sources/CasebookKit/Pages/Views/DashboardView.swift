/// One dashboard page (deadlines, retention, costs, …): a title, the report tabs and sections of
/// figures, charts and tables. One generic shape, so every dashboard is drawn by one template.
struct DashboardView: PageView {
    let title: String
    let intro: String
    let asOfText: String
    let tabsLabel: String
    let tabs: [LinkItem]
    let sections: [DashboardSection]
}

/// A titled part of a dashboard; each of its lists may be empty.
struct DashboardSection: Sendable {
    let anchor: String
    let heading: String
    let note: String
    let hasNote: Bool
    let figures: [FigureItem]
    let hasFigures: Bool
    let charts: [ChartBlock]
    let hasCharts: Bool
    let tables: [DataTable]
    let hasTables: Bool

    init(anchor: String, heading: String, note: String = "", figures: [FigureItem] = [], charts: [ChartBlock] = [],
         tables: [DataTable] = []) {
        self.anchor = anchor
        self.heading = heading
        self.note = note
        hasNote = !note.isEmpty
        self.figures = figures
        hasFigures = !figures.isEmpty
        // A lone chart named like its section needs no title of its own; beside another chart it
        // keeps it, so the two line up.
        self.charts = charts.count == 1 && charts[0].title == heading ? [charts[0].hidingTitle()] : charts
        hasCharts = !charts.isEmpty
        // A table named like its section would say the same thing twice; its caption stays for screen readers.
        self.tables = tables.map { $0.caption == heading ? $0.hidingCaption() : $0 }
        hasTables = !tables.isEmpty
    }
}

/// A labelled figure in a row of figures: "Mediana odpowiedzi: 3,2 dnia".
struct FigureItem: Sendable {
    let label: String
    let value: String
    /// The denominator or a remark under the value ("412 z 503"); empty for none.
    let detail: String
    let hasDetail: Bool

    init(label: String, value: String, detail: String = "") {
        self.label = label
        self.value = value
        self.detail = detail
        hasDetail = !detail.isEmpty
    }
}

/// A chart and its data table, both markup the chart library produced (escaped there).
struct ChartBlock: Sendable {
    /// Shown above the chart; the SVG's own <title> names it for assistive technology.
    let title: String
    let svg: String
    let tableHTML: String
    /// `wide` charts take the full width; others may stand two side by side.
    let isWide: Bool
    /// False when the section heading right above already names the chart.
    private(set) var showsTitle = true

    init(title: String, svg: String, tableHTML: String, isWide: Bool) {
        self.title = title
        self.svg = svg
        self.tableHTML = tableHTML
        self.isWide = isWide
    }

    func hidingTitle() -> ChartBlock {
        var block = self
        block.showsTitle = false
        return block
    }
}

/// A table of figures; cells are display-ready text.
struct DataTable: Sendable {
    let caption: String
    let headers: [HeaderCell]
    let rows: [DataRow]
    let hasRows: Bool
    /// Shown instead of the table when there are no rows.
    let emptyText: String
    /// A remark under the table, e.g. "Pokazano pierwsze 200 z 1 234."
    let footnote: String
    let hasFootnote: Bool
    /// The caption is read out but not shown, when a heading right above already says it.
    private(set) var hidesCaption = false

    init(caption: String, headers: [HeaderCell], rows: [DataRow], emptyText: String = "", footnote: String = "") {
        self.caption = caption
        self.headers = headers
        self.rows = rows
        hasRows = !rows.isEmpty
        self.emptyText = emptyText
        self.footnote = footnote
        hasFootnote = !footnote.isEmpty
    }

    func hidingCaption() -> DataTable {
        var table = self
        table.hidesCaption = true
        return table
    }
}

struct HeaderCell: Sendable {
    let text: String
    let isNum: Bool
}

struct DataRow: Sendable {
    let cells: [DataCell]
}

/// One cell: text, an optional link, whether it is a number (right-aligned) or the row's header,
/// and an optional status ("on"/"off") that the text also spells out.
struct DataCell: Sendable {
    let text: String
    let href: String
    let hasHref: Bool
    let isNum: Bool
    let isHeader: Bool
    /// The column's header, repeated for the stacked layout on narrow screens.
    let label: String
    let status: String
    let hasStatus: Bool

    init(_ text: String, href: String = "", isNum: Bool = false, isHeader: Bool = false, label: String = "",
         status: String = "") {
        self.text = text
        self.href = href
        hasHref = !href.isEmpty
        self.isNum = isNum
        self.isHeader = isHeader
        self.label = label
        self.status = status
        hasStatus = !status.isEmpty
    }
}
