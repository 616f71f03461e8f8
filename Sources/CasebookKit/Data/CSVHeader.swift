/// A column a loader knows, by its canonical name in content.md.
protocol TableColumn: RawRepresentable<Int>, CaseIterable, Sendable where AllCases == [Self] {
    /// The header name content.md gives it, e.g. `opened_at`.
    var name: String { get }
    /// A file without this column cannot be loaded at all.
    var isRequired: Bool { get }
}

/// An export's header row, and where each canonical column is in it once the site's `columns`
/// mapping (canonical name → export header) is applied.
///
/// Names match after trimming and ignoring case; unknown columns are ignored, as content.md asks.
struct CSVHeader {
    /// The header cells, trimmed, as written.
    let names: [String]
    /// 1-based line of the header row.
    let line: Int

    /// For each column (by raw value), its 0-based field index or `nil`, and every problem with the header.
    ///
    /// - Parameter section: `tickets` or `orders`, the site.yml section the mapping comes from.
    func resolve<Column: TableColumn>(_: Column.Type, mapping: [String: String], section: String,
                                      file: String) -> (indices: [Int?], diagnostics: [Diagnostic]) {
        let columns = Column.allCases
        let keys = names.map(Self.key)
        var indices = [Int?](repeating: nil, count: columns.count)
        var diagnostics: [Diagnostic] = []
        let here = SourceLocation(file: file, line: line)

        for (canonical, header) in mapping.sorted(by: { $0.key < $1.key })
        where !columns.contains(where: { $0.name == canonical }) {
            diagnostics.append(.error(
                "\(section).columns in site.yml maps unknown column '\(canonical)' (to '\(header)')", at: here,
                hint: Suggestion.hint(for: canonical, in: columns.map(\.name))))
        }
        for column in columns {
            let wanted = mapping[column.name]
            let matches = keys.indices.filter { keys[$0] == Self.key(wanted ?? column.name) }
            if let first = matches.first {
                indices[column.rawValue] = first
                if matches.count > 1 {
                    let columnsText = matches.map { String($0 + 1) }.joined(separator: ", ")
                    diagnostics.append(.error(
                        "column '\(names[first])' appears more than once in the header (columns \(columnsText))",
                        at: SourceLocation(file: file, line: line, column: matches[1] + 1)))
                }
            } else if let wanted {
                diagnostics.append(.error(
                    "\(section).columns in site.yml maps \(column.name) to '\(wanted)', "
                        + "but the header has no such column (it has: \(listed))",
                    at: here, hint: Suggestion.hint(for: wanted, in: names.filter { !$0.isEmpty })))
            } else if column.isRequired {
                let hint = Suggestion.hint(for: column.name, in: names.filter { !$0.isEmpty })
                    ?? "add the column, or map the export's name for it under \(section).columns in site.yml"
                diagnostics.append(.error(
                    "missing required column '\(column.name)' (the header has: \(listed))", at: here, hint: hint))
            }
        }
        return (indices, diagnostics)
    }

    /// The header names as a readable list.
    private var listed: String {
        names.isEmpty ? "nothing" : names.map { $0.isEmpty ? "(empty)" : $0 }.joined(separator: ", ")
    }

    /// Trimmed and lowercased: the form two names are compared in.
    private static func key(_ name: String) -> String {
        trimmed(name).lowercased()
    }

    /// Without leading and trailing spaces and tabs.
    static func trimmed(_ name: String) -> String {
        var name = name
        return name.withUTF8 { String(decoding: CellParser.trimmed($0), as: UTF8.self) }
    }
}
