import Foundation
@testable import CasebookKit

/// Small generated data sets, made once per parameters and shared by the sample tests.
enum SampleFixture {
    static let warsaw = TimeZoneRules(identifier: "Europe/Warsaw")!

    static func files(_ parameters: SampleParameters) -> [String: [UInt8]] {
        (try? SampleGenerator.files(parameters)) ?? [:]
    }

    static func tickets(_ files: [String: [UInt8]]) -> TicketLoadResult {
        TicketLoader(config: SiteConfig(), zone: warsaw).load(bytes: files["data/tickets.csv"] ?? [], displayPath: "tickets.csv")
    }

    static func orders(_ files: [String: [UInt8]]) -> OrderLoadResult {
        OrderLoader(config: SiteConfig(), zone: warsaw).load(bytes: files["data/orders.csv"] ?? [], displayPath: "orders.csv")
    }

    /// The values of a one-line front matter list, `key: [a, b]`, or a scalar `key: a`.
    static func frontMatter(_ key: String, in text: String) -> [String]? {
        for line in text.split(separator: "\n") where line.hasPrefix(key + ": ") {
            let value = line.dropFirst(key.count + 2)
            if value.hasPrefix("[") {
                return value.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            return [String(value)]
        }
        return nil
    }

    static func temporaryFolder() -> String {
        NSTemporaryDirectory() + "casebook-sample-" + UUID().uuidString
    }
}
