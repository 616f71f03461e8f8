/// The orders of one export, with the rows `--lenient` left out and every problem found.
public struct OrderLoadResult: Sendable {
    /// Valid rows in file order.
    public var orders: [Order]
    /// Rows skipped in lenient mode; always empty otherwise.
    public var skipped: [SkippedRow]
    public var log: DiagnosticLog
}

/// The columns of orders.csv, as content.md names them.
enum OrderColumn: Int, TableColumn {
    case orderId, customerId, orderedAt, amount

    var name: String {
        switch self {
        case .orderId: "order_id"
        case .customerId: "customer_id"
        case .orderedAt: "ordered_at"
        case .amount: "amount"
        }
    }

    var isRequired: Bool { true }
}

/// Turns a shop or CRM export (orders.csv) into `[Order]`, reporting every problem at file:line:column.
public struct OrderLoader: Sendable {
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

    /// Loads the file at `path`; `nil` when there is no such file (orders are optional).
    ///
    /// - Parameter displayPath: the path diagnostics name, e.g. `Content/data/orders.csv`.
    public func load(contentsOf path: String, displayPath: String) -> OrderLoadResult? {
        switch FileByteSource.open(path: path, displayPath: displayPath) {
        case .missing: return nil
        case .failed(let problem): return OrderLoadResult(orders: [], skipped: [], log: DiagnosticLog([problem]))
        case .opened(let source): return load(from: source, displayPath: displayPath)
        }
    }

    /// Loads an export held in memory.
    public func load(bytes: [UInt8], displayPath: String) -> OrderLoadResult {
        load(from: MemoryByteSource(bytes, chunkSize: chunkSize), displayPath: displayPath)
    }
}

// MARK: - Rows

private extension OrderLoader {
    func load(from source: ByteSource, displayPath: String) -> OrderLoadResult {
        let reader = CSVReader(source: source, delimiter: config.orders.delimiter.byte, chunkSize: chunkSize)
        let t = CSVTable<OrderColumn>(reader: reader, source: config.orders, section: "orders", zone: zone,
                                      file: displayPath, lenient: lenient)
        var orders: [Order] = []
        var firstLines = FirstLineIndex()
        guard t.readHeader() else { return OrderLoadResult(orders: [], skipped: t.skipped, log: t.log) }
        let fileSize = source.size
        t.forEachRow {
            if orders.count == 1000, let fileSize, let estimate = t.estimatedRowCount(rowsSoFar: t.rowsRead, sourceSize: fileSize) {
                orders.reserveCapacity(estimate)
                firstLines.reserveCapacity(estimate)
            }
            let id = t.string(.orderId)
            let customer = t.string(.customerId)
            let ordered = t.instant(.orderedAt)
            let amount = t.amount(.amount)
            if let id, let first = firstLines.insert(id, line: t.line) {
                let note = Diagnostic.note("order_id '\(id)' first defined here", at: t.location(.orderId, line: first))
                t.report(.orderId, "duplicate order_id '\(id)'", notes: [note])
            }
            guard t.rowIsValid, let id, let customer, let ordered, let amount else { return }
            orders.append(Order(id: id, customerId: customer, orderedAt: ordered, amount: amount, line: t.line))
        }
        return OrderLoadResult(orders: orders, skipped: t.skipped, log: t.log)
    }
}
