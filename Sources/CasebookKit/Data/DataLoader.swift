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
            { hasOrders ? orderLoader.load(contentsOf: ordersPath, displayPath: ordersPath) : nil })
        var result = Result(tickets: tickets?.tickets, orders: orders?.orders, ticketsPath: ticketsPath)
        if let tickets {
            result.skipped += tickets.skipped
            result.log.append(contentsOf: tickets.log)
        } else if hasTickets {
            result.log.error("cannot read the tickets file", at: SourceLocation(file: ticketsPath))
        }
        if let orders {
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

    private func path(_ file: String) -> String {
        file.hasPrefix("/") ? file : contentDirectory + "/" + file
    }
}
