import ArgumentParser
import CasebookKit
import Foundation

/// `casebook sample`: writes a deterministic demo data set (and optionally a whole content folder).
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Generate a realistic, deterministic demo data set (tickets, orders, optionally cases).")

    @Option(help: "Number of tickets.")
    var tickets = 3000

    @Option(help: "Number of customers (default: tickets / 2).")
    var customers: Int?

    @Option(help: "Number of orders (default: tickets × 1.2).")
    var orders: Int?

    @Option(help: "Number of case write-ups; with more than 0 the folder is a complete content folder.")
    var cases = 0

    @Option(help: "Seed of the random generator; the same seed and counts give the same bytes.")
    var seed: UInt64 = 1

    @Option(help: "The folder to write into (data/tickets.csv, data/orders.csv, …).")
    var out: String

    var parameters: SampleParameters {
        SampleParameters(tickets: tickets, customers: customers, orders: orders, cases: cases, seed: seed)
    }

    func validate() throws {
        if let problem = parameters.problem { throw ValidationError(problem) }
    }

    func run() throws {
        let summary = try SampleGenerator.write(parameters, to: out)
        var line = "casebook: wrote \(summary.tickets) tickets and \(summary.orders) orders"
        if summary.cases > 0 { line += ", \(summary.cases) cases" }
        FileHandle.standardOutput.write(Data((line + " to \(out)/\n").utf8))
    }
}
