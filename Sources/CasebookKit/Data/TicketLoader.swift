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
        case .opened(let source): return load(from: source, displayPath: displayPath)
        }
    }

    /// Loads an export held in memory.
    public func load(bytes: [UInt8], displayPath: String) -> TicketLoadResult {
        load(from: MemoryByteSource(bytes, chunkSize: chunkSize), displayPath: displayPath)
    }
}

// MARK: - Rows

private extension TicketLoader {
    func load(from source: ByteSource, displayPath: String) -> TicketLoadResult {
        let reader = CSVReader(source: source, delimiter: config.tickets.delimiter.byte, chunkSize: chunkSize)
        let table = CSVTable<TicketColumn>(reader: reader, source: config.tickets, section: "tickets", zone: zone,
                                           file: displayPath, lenient: lenient)
        var tickets: [Ticket] = []
        if table.readHeader() {
            var reader = TicketRowReader(table: table, clientTypes: config.clientTypes.map(\.key))
            let fileSize = source.size
            table.forEachRow {
                if tickets.count == 1000, let fileSize,
                   let estimate = table.estimatedRowCount(rowsSoFar: table.rowsRead, fileSize: fileSize) {
                    tickets.reserveCapacity(estimate)
                    reader.firstLines.reserveCapacity(estimate)
                }
                if let ticket = reader.readRow() { tickets.append(ticket) }
            }
        }
        return TicketLoadResult(tickets: tickets, skipped: table.skipped, log: table.log)
    }
}

extension DataSource.Delimiter {
    /// The fixed delimiter, or `nil` to detect it.
    var byte: UInt8? {
        if case .fixed(let byte) = self { return byte }
        return nil
    }
}
