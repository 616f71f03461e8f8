/// The tickets of one export, with the rows `--lenient` left out and every problem found.
public struct TicketLoadResult: Sendable {
    /// Valid rows in file order.
    public var tickets: [Ticket]
    /// Rows skipped in lenient mode; always empty otherwise.
    public var skipped: [SkippedRow]
    public var log: DiagnosticLog
}

/// Turns a helpdesk export (tickets.csv) into `[Ticket]`, checking every value against content.md
/// and reporting each problem at file:line:column, all of them, not just the first.
public struct TicketLoader: Sendable {
    public var config: SiteConfig
    public var zone: TimeZoneRules
    /// Skip bad rows with a warning instead of failing with an error.
    public var lenient: Bool
    /// Bytes per read; tests make it tiny to put chunk boundaries inside records.
    var chunkSize = CSVReader.defaultChunkSize

    public init(config: SiteConfig, zone: TimeZoneRules, lenient: Bool = false) {
        self.config = config
        self.zone = zone
        self.lenient = lenient
    }

    /// Loads the file at `path`; `nil` when there is no such file, so the caller decides whether
    /// a site without ticket data is a problem.
    ///
    /// - Parameter displayPath: the path diagnostics name, e.g. `Content/data/tickets.csv`.
    public func load(contentsOf path: String, displayPath: String) -> TicketLoadResult? {
        switch FileByteSource.open(path: path, displayPath: displayPath) {
        case .missing: return nil
        case .failed(let problem): return TicketLoadResult(tickets: [], skipped: [], log: DiagnosticLog([problem]))
        case .opened(let source):
            return load(from: source, displayPath: displayPath, rest: source.size.flatMap { size in
                size < Self.halvesFromBytes ? nil : TicketFileRest(size: size, probe: source.bytes(at:count:),
                                                                   open: { source.reopened(path: path, at: $0) })
            })
        }
    }

    /// Loads an export held in memory; `halvesFromBytes` lets tests read small files in halves.
    public func load(bytes: [UInt8], displayPath: String) -> TicketLoadResult {
        loadReportingHalves(bytes: bytes, displayPath: displayPath, halvesFromBytes: .max).result
    }

    func loadReportingHalves(bytes: [UInt8], displayPath: String,
                             halvesFromBytes: Int) -> (result: TicketLoadResult, joined: Bool) {
        let rest = bytes.count < halvesFromBytes ? nil : TicketFileRest(
            size: bytes.count,
            probe: { offset, count in Array(bytes[min(offset, bytes.count)..<min(offset + count, bytes.count)]) },
            open: { MemoryByteSource(bytes[$0...], chunkSize: chunkSize) })
        return loadReportingHalves(from: MemoryByteSource(bytes, chunkSize: chunkSize), displayPath: displayPath, rest: rest)
    }
}

// MARK: - Rows

extension TicketLoader {
    /// Files from this size on are read in two halves at once (see `TicketLoader+Halves.swift`).
    static let halvesFromBytes = 8 << 20

    func load(from source: ByteSource, displayPath: String, rest: TicketFileRest? = nil) -> TicketLoadResult {
        loadReportingHalves(from: source, displayPath: displayPath, rest: rest).result
    }

    /// The tickets, and whether they were read in two halves that were then joined.
    func loadReportingHalves(from source: ByteSource, displayPath: String,
                             rest: TicketFileRest?) -> (result: TicketLoadResult, joined: Bool) {
        let reader = CSVReader(source: source, delimiter: config.tickets.delimiter.byte, chunkSize: chunkSize)
        let table = CSVTable<TicketColumn>(reader: reader, source: config.tickets, section: "tickets", zone: zone,
                                           file: displayPath, lenient: lenient)
        guard table.readHeader() else { return (TicketLoadResult(tickets: [], skipped: table.skipped, log: table.log), false) }
        let head = TicketRows(table: table, clientTypes: config.clientTypes.map(\.key), fileSize: source.size)
        if let rest, let (result, joined) = loadInHalves(head, reader: reader, rest: rest) { return (result, joined) }
        head.readAll()
        return (head.result, false)
    }
}

/// The tickets read from one table, and the row reader's memory of the ids seen.
final class TicketRows {
    let table: CSVTable<TicketColumn>
    private(set) var reader: TicketRowReader
    private(set) var tickets: [Ticket] = []
    /// The tickets instead, for the second half of a file read in halves (see `TicketBuffer`).
    private let loose: TicketBuffer?
    private let fileSize: Int?

    init(table: CSVTable<TicketColumn>, clientTypes: [String], fileSize: Int?, secondHalf: Bool = false) {
        self.table = table
        reader = TicketRowReader(table: table, clientTypes: clientTypes)
        self.fileSize = fileSize
        loose = secondHalf ? TicketBuffer() : nil
    }

    /// Reads rows until the table's reader ends (or pauses at its stop offset).
    func readAll() {
        if var loose {
            read(into: &loose)
        } else {
            // Taken out for the loop and put back after it, as the reader is below.
            var tickets = self.tickets
            self.tickets = []
            read(into: &tickets)
            self.tickets = tickets
        }
    }

    private func read<Sink: TicketSink>(into tickets: inout Sink) {
        // Taken out for the loop and put back after it: as properties of a class, each row's two
        // touches of them went through the runtime's dynamic exclusivity check.
        var reader = self.reader
        table.forEachRow {
            if tickets.count == 1000, let fileSize,
               let estimate = table.estimatedRowCount(rowsSoFar: table.rowsRead, sourceSize: fileSize) {
                tickets.reserveCapacity(estimate)
                reader.firstLines.reserveCapacity(estimate)
            }
            reader.readRow(appendingTo: &tickets)
        }
        self.reader = reader
    }

    /// Moves the tickets of the second half of the file onto the end of these, numbered
    /// `lines` further down.
    func append(_ tail: TicketRows, movedDownBy lines: Int) {
        guard let loose = tail.loose else { preconditionFailure("the second half of a file is read with secondHalf: true") }
        loose.moveAll(appendingTo: &tickets, movedDownBy: lines)
    }

    var result: TicketLoadResult { TicketLoadResult(tickets: tickets, skipped: table.skipped, log: table.log) }
}

extension DataSource.Delimiter {
    /// The fixed delimiter, or `nil` to detect it.
    var byte: UInt8? {
        if case .fixed(let byte) = self { return byte }
        return nil
    }
}
