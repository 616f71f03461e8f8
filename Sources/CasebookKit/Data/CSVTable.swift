/// Reads a CSV export row by row for a loader: resolves the header, hands out typed cells, records
/// every problem against its row and column, and at the end of each row turns the problems into
/// errors or, when lenient, into warnings and a `SkippedRow`.
final class CSVTable<Column: TableColumn> {
    let file: String
    let lenient: Bool
    /// Reads timestamp cells in the site's time zone.
    @exclusivity(unchecked) var timestamps: TimestampParser
    private(set) var log = DiagnosticLog()
    private(set) var skipped: [SkippedRow] = []
    /// The export's header once `readHeader()` succeeded.
    private(set) var header: CSVHeader?
    /// Rows met after the header, good or bad.
    // This and the row's state below are touched several times per row, from this class's own
    // methods and the loaders' row closures only, never from two threads or overlapping
    // accesses; the runtime's dynamic exclusivity check on each touch was 1.5% of a build.
    @exclusivity(unchecked) private(set) var rowsRead = 0

    private let reader: CSVReader
    private let source: DataSource
    private let section: String
    /// Field index per column raw value; -1 when the export does not have the column.
    @exclusivity(unchecked) private var indices: [Int]
    @exclusivity(unchecked) private var record: CSVRecord?
    @exclusivity(unchecked) private var problems: [Diagnostic] = []

    /// - Parameter section: `tickets` or `orders`, named in messages about site.yml's mapping.
    init(reader: CSVReader, source: DataSource, section: String, zone: TimeZoneRules, file: String, lenient: Bool) {
        self.reader = reader
        timestamps = TimestampParser(zone: zone)
        self.source = source
        self.section = section
        self.file = file
        self.lenient = lenient
        indices = [Int](repeating: -1, count: Column.allCases.count)
    }

    /// A table for the rest of `head`'s file, read by `reader` (a `CSVReader(continuing:)`), with
    /// the header `head` resolved.
    init(continuing head: CSVTable, reader: CSVReader) {
        self.reader = reader
        timestamps = head.timestamps
        source = head.source
        section = head.section
        file = head.file
        lenient = head.lenient
        header = head.header
        indices = head.indices
    }

    /// Reads and resolves the header; `false` when rows cannot be read (a required column is
    /// missing or the header itself is broken). Every problem is logged either way.
    func readHeader() -> Bool {
        switch reader.next() {
        case .end:
            log.error("the file is empty; expected a header row naming the columns",
                      at: SourceLocation(file: file, line: 1))
            return false
        case .issue(let issue):
            log.append(diagnostic(for: issue, severity: .error))
            return false
        case .record(let record):
            let names = record.strings.map(CSVHeader.trimmed)
            let header = CSVHeader(names: names, line: record.line)
            let (found, problems) = header.resolve(Column.self, mapping: source.columns, section: section, file: file)
            self.header = header
            log.append(contentsOf: problems)
            indices = found.map { $0 ?? -1 }
            // Other header problems still fail the build, but the rows are read so their problems show too.
            return Column.allCases.allSatisfy { !$0.isRequired || indices[$0.rawValue] >= 0 }
        }
    }

    /// Calls `body` for every record the reader could split into fields, after the header.
    ///
    /// `body` reads cells through this table and checks `rowIsValid` before keeping a row.
    func forEachRow(_ body: () -> Void) {
        while true {
            switch reader.next() {
            case .end:
                return
            case .issue(let issue) where issue.isFatal:
                log.append(diagnostic(for: issue, severity: .error))
            case .issue(let issue):
                rowsRead += 1
                problems.append(diagnostic(for: issue, severity: .error))
                finishRow(line: issue.line)
            case .record(let record):
                rowsRead += 1
                self.record = record
                body()
                self.record = nil
                finishRow(line: record.line)
            }
        }
    }

    /// Rows from the reader's first byte to the end of the file, judged from the bytes per row
    /// so far; `nil` before any row. `sourceSize` counts from the reader's first byte: for the
    /// second half of a file read in two, from the split (counting the consumed bytes from 0
    /// there had its array grow by doubling, 88 MiB copied and faulted in at 1,000,000 tickets).
    /// The first half's reader reserves for the whole file, which the second half is joined onto.
    func estimatedRowCount(rowsSoFar: Int, sourceSize: Int) -> Int? {
        let consumed = reader.byteOffset - reader.startOffset
        guard rowsSoFar > 0, consumed > 0 else { return nil }
        return Int(Double(sourceSize) / Double(consumed) * Double(rowsSoFar) * 1.05)
    }
}

// MARK: - The current row

extension CSVTable {
    /// 1-based line where the current row starts.
    var line: Int { record?.line ?? 0 }

    /// True while no problem has been found in the current row.
    var rowIsValid: Bool { problems.isEmpty }

    /// Whether the export has this column at all.
    func has(_ column: Column) -> Bool { indices[column.rawValue] >= 0 }

    /// Where a column's cell of the current row is.
    func location(_ column: Column, line: Int? = nil) -> SourceLocation {
        let index = indices[column.rawValue]
        return SourceLocation(file: file, line: line ?? self.line, column: index >= 0 ? index + 1 : nil)
    }

    /// The trimmed cell, or `nil` when it is empty or the column is absent (a problem if required).
    @inline(__always)
    func cell(_ column: Column) -> UnsafeBufferPointer<UInt8>? {
        let index = indices[column.rawValue]
        if index >= 0, let record {
            let cell = CellParser.trimmed(record[index])
            if cell.count > 0 { return cell }
        }
        if column.isRequired { report(column, "\(column.name): required value is empty") }
        return nil
    }

    /// The trimmed cell as text, for messages.
    func text(of column: Column) -> String {
        let index = indices[column.rawValue]
        guard index >= 0, let record else { return "" }
        return String(decoding: CellParser.trimmed(record[index]), as: UTF8.self)
    }

    /// Records a problem with the current row at the given column.
    func report(_ column: Column, _ message: String, hint: String? = nil, notes: [Diagnostic] = []) {
        problems.append(.error(message, at: location(column), hint: hint, notes: notes))
    }

    /// Records something odd about the current row that does not make it wrong: the row is kept
    /// and counted, and the warning says what to look at.
    func warn(_ column: Column, _ message: String, hint: String? = nil) {
        log.append(Diagnostic(.warning, at: location(column), message, hint: hint))
    }
}

// MARK: - Reporting

private extension CSVTable {
    /// Moves the current row's problems into the log: errors, or warnings plus a skipped row.
    func finishRow(line: Int) {
        guard let first = problems.first else { return }
        if lenient {
            for problem in problems {
                log.append(Diagnostic(.warning, at: problem.location, "row skipped: \(problem.message)",
                                      hint: problem.hint, notes: problem.notes))
            }
            skipped.append(SkippedRow(location: first.location ?? SourceLocation(file: file, line: line),
                                      reason: first.message))
        } else {
            log.append(contentsOf: problems)
        }
        problems.removeAll(keepingCapacity: true)
    }

    func diagnostic(for issue: CSVIssue, severity: Diagnostic.Severity) -> Diagnostic {
        Diagnostic(severity, at: SourceLocation(file: file, line: issue.line, column: issue.column), issue.message,
                   hint: issue.hint)
    }
}
