import Foundation

/// Loads the two CSV exports a site may have, each on its own core: tickets.csv (missing means
/// "no ticket data") and orders.csv (optional; missing means retention falls back to the
/// `retained` column and the cost share is null).
struct DataLoader {
    let contentDirectory: String
    let config: SiteConfig
    let zone: TimeZoneRules
    let lenient: Bool

    struct Result: Sendable {
        /// `nil` when there is no tickets file.
        var tickets: [Ticket]?
        var orders: [Order]?
        /// What the metrics need of `orders` alone, started on a thread of its own as soon as they
        /// are read: the load keeps both cores busy, where the compute stage left one idle while
        /// it was made there (0.3 to 0.4 s at 1,200,000 orders). The load does not wait for it,
        /// so its end runs beside the validate stage, which keeps one core only half busy.
        var orderDigest: Parallel.Pending<OrderDigest>?
        var skipped: [SkippedRow] = []
        var log = DiagnosticLog()
        /// The tickets file as shown in diagnostics.
        var ticketsPath: String
    }

    func load() -> Result {
        let ticketsPath = path(config.tickets.file), ordersPath = path(config.orders.file)
        let ticketLoader = TicketLoader(config: config, zone: zone, lenient: lenient)
        let orderLoader = OrderLoader(config: config, zone: zone, lenient: lenient)
        let hasTickets = FileManager.default.fileExists(atPath: ticketsPath)
        let hasOrders = FileManager.default.fileExists(atPath: ordersPath)
        let (tickets, orders) = Parallel.both(
            { hasTickets ? ticketLoader.load(contentsOf: ticketsPath, displayPath: ticketsPath) : nil },
            { [zone] () -> (loaded: OrderLoadResult, digest: Parallel.Pending<OrderDigest>)? in
                guard hasOrders, let orders = orderLoader.load(contentsOf: ordersPath, displayPath: ordersPath) else { return nil }
                let list = orders.orders
                return (orders, Parallel.Pending { OrderDigest(orders: list, zone: zone) })
            })
        var result = Result(tickets: tickets?.tickets, orders: orders?.loaded.orders, orderDigest: orders?.digest, ticketsPath: ticketsPath)
        if let tickets {
            result.skipped += tickets.skipped
            result.log.append(contentsOf: tickets.log)
        } else if hasTickets {
            result.log.error("cannot read the tickets file", at: SourceLocation(file: ticketsPath))
        }
        if let orders = orders?.loaded {
            result.skipped += orders.skipped
            result.log.append(contentsOf: orders.log)
        } else if hasOrders {
            result.log.error("cannot read the orders file", at: SourceLocation(file: ordersPath))
        }
        // A file named in site.yml that is not there is a mistake, not a site without data.
        let defaults = SiteConfig()
        for (file, defaultFile, path, exists) in [(config.tickets.file, defaults.tickets.file, ticketsPath, hasTickets),
                                                  (config.orders.file, defaults.orders.file, ordersPath, hasOrders)]
        where !exists && file != defaultFile {
            result.log.error("file not found", at: SourceLocation(file: path))
        }
        return result
    }

    /// As `load()`, but exports with the same bytes as in an earlier build come from `memo`.
    /// Also returns the key they are kept under.
    func load(memo: BuildMemo) -> (Result, Fingerprint.Digest) {
        let key = contentDigest(memo.files)
        if let earlier = memo.data(for: key) { return (earlier, key) }
        let result = load()
        // Kept only if nothing changed the files while they were read.
        if contentDigest(memo.files) == key { memo.keep(data: result, key: key) }
        return (result, key)
    }

    /// A digest of both exports' bytes, or of their absence.
    func contentDigest(_ files: FileDigests) -> Fingerprint.Digest {
        let (tickets, orders) = Parallel.both({ files.digest(of: path(config.tickets.file)) },
                                              { files.digest(of: path(config.orders.file)) })
        var fingerprint = Fingerprint()
        for digest in [tickets, orders] {
            fingerprint.add(digest == nil ? 0 : 1)
            fingerprint.add(digest?.high ?? 0)
            fingerprint.add(digest?.low ?? 0)
        }
        return fingerprint.digest
    }

    private func path(_ file: String) -> String {
        file.hasPrefix("/") ? file : contentDirectory + "/" + file
    }
}
