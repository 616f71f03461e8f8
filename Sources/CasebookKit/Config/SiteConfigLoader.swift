import Foundation
import Yams

/// Reads `site.yml` into a `SiteConfig`; every key is optional, but an unknown or mistyped one
/// is an error so that a typo never silently falls back to a default.
struct SiteConfigLoader {
    static let topKeys = ["title", "language", "timezone", "currency", "base_path", "as_of", "policy", "targets",
                          "client_types", "tickets", "orders", "privacy"]
    static let policyKeys = ["response_promise_days", "statutory_response_days", "statutory_withdrawal_days",
                             "refund_guarantee_days", "retention_window_days", "well_handled_csat", "hourly_cost",
                             "repeat_complainant_min"]
    /// Canonical column names of tickets.csv and orders.csv, as content.md lists them.
    static let ticketColumns = ["ticket_id", "customer_id", "opened_at", "first_response_at", "answered_at", "resolved_at",
                                "channel", "category", "client_type", "justified", "outcome", "csat", "handling_minutes",
                                "compensation", "refund", "refund_amount", "purchased_at", "agent", "escalated", "reopened",
                                "public", "retained"]
    static let orderColumns = ["order_id", "customer_id", "ordered_at", "amount"]
    static let targetKeys = ["well_handled_retention", "within_promise", "within_statutory", "handling_cost_share"]

    /// Parses `text`, the contents of `file`; an empty file gives the defaults.
    func load(_ text: String, file: String) -> (SiteConfig, DiagnosticLog) {
        var config = SiteConfig()
        var reader = YAMLReader(file: file, lineOffset: 0)
        let (root, errors) = YAMLDocument.parse(text, file: file, lineOffset: 0)
        reader.log.append(contentsOf: errors)
        guard let root, let pairs = reader.mapping(root, allowed: Self.topKeys, context: "site.yml") else {
            return (config, reader.log)
        }
        for (key, value, _) in pairs {
            switch key {
            case "title": config.title = reader.text(value, key: key) ?? config.title
            case "language":
                if let raw = reader.text(value, key: key) {
                    if let language = SiteConfig.Language(rawValue: raw) { config.language = language } else {
                        reader.log.error("language must be pl or en, not '\(raw)'", at: reader.location(of: value),
                                         hint: Suggestion.hint(for: raw, in: SiteConfig.Language.allCases.map(\.rawValue)))
                    }
                }
            case "timezone":
                if let raw = reader.text(value, key: key) {
                    if TimeZoneRules(identifier: raw, from: 2000, to: 2001) != nil { config.timezone = raw } else {
                        reader.log.error("unknown time zone '\(raw)'", at: reader.location(of: value),
                                         hint: "use an IANA name such as Europe/Warsaw")
                    }
                }
            case "currency": config.currency = reader.text(value, key: key) ?? config.currency
            case "base_path":
                if let raw = reader.text(value, key: key) {
                    if raw.hasPrefix("/"), !raw.contains(".."), !raw.contains("\\"), !raw.contains(where: \.isWhitespace) {
                        config.basePath = raw.hasSuffix("/") ? raw : raw + "/"
                    } else {
                        reader.log.error("base_path must be a URL path starting with '/', not '\(raw)'", at: reader.location(of: value))
                    }
                }
            case "as_of": config.asOf = reader.date(value, key: key)
            case "policy": readPolicy(value, into: &config.policy, reader: &reader)
            case "targets": readTargets(value, into: &config.targets, reader: &reader)
            case "client_types": config.clientTypes = readClientTypes(value, reader: &reader) ?? config.clientTypes
            case "tickets": readSource(value, key: key, columns: Self.ticketColumns, into: &config.tickets, reader: &reader)
            case "orders": readSource(value, key: key, columns: Self.orderColumns, into: &config.orders, reader: &reader)
            case "privacy":
                guard let fields = reader.mapping(value, allowed: ["allow"], context: "privacy") else { continue }
                for (_, list, _) in fields { config.privacyAllow = reader.textList(list, key: "privacy.allow").map(\.0) }
            default: break
            }
        }
        // Refused here, before any loader opens them, so not even a header line of an outside file is read.
        let contentDirectory = (file as NSString).deletingLastPathComponent
        for source in [config.tickets, config.orders] {
            let path = (contentDirectory.isEmpty ? "" : contentDirectory + "/") + source.file
            if let target = ContentPath.outsideTarget(of: path, root: contentDirectory.isEmpty ? "." : contentDirectory) {
                reader.log.append(ContentPath.outsideDiagnostic(path, target: target))
            }
        }
        return (config, reader.log)
    }

    private func readPolicy(_ node: Node, into policy: inout Policy, reader: inout YAMLReader) {
        guard let pairs = reader.mapping(node, allowed: Self.policyKeys, context: "policy") else { return }
        for (key, value, _) in pairs {
            switch key {
            case "hourly_cost": policy.hourlyCost = reader.double(value, key: key, in: 0...Double.greatestFiniteMagnitude) ?? policy.hourlyCost
            case "well_handled_csat": policy.wellHandledCsat = reader.int(value, key: key, in: 1...5) ?? policy.wellHandledCsat
            case "repeat_complainant_min": policy.repeatComplainantMin = reader.int(value, key: key, in: 1...1_000_000) ?? policy.repeatComplainantMin
            default:
                guard let days = reader.int(value, key: key, in: 0...36_500) else { continue }
                switch key {
                case "response_promise_days": policy.responsePromiseDays = days
                case "statutory_response_days": policy.statutoryResponseDays = days
                case "statutory_withdrawal_days": policy.statutoryWithdrawalDays = days
                case "refund_guarantee_days": policy.refundGuaranteeDays = days
                default: policy.retentionWindowDays = days
                }
            }
        }
    }

    private func readTargets(_ node: Node, into targets: inout Targets, reader: inout YAMLReader) {
        guard let pairs = reader.mapping(node, allowed: Self.targetKeys, context: "targets") else { return }
        for (key, value, _) in pairs {
            if key == "handling_cost_share" {
                let items = (value.sequence.map(Array.init) ?? [])
                let numbers = items.compactMap { reader.double($0, key: key, in: 0...1) }
                guard items.count == 2, numbers.count == 2, numbers[0] <= numbers[1] else {
                    reader.log.error("handling_cost_share must be a list of two shares [low, high] with low ≤ high, e.g. [0.02, 0.05]",
                                     at: reader.location(of: value))
                    continue
                }
                targets.handlingCostShare = CostBand(low: numbers[0], high: numbers[1])
                continue
            }
            guard let share = reader.double(value, key: key, in: 0...1) else { continue }
            switch key {
            case "well_handled_retention": targets.wellHandledRetention = share
            case "within_promise": targets.withinPromise = share
            default: targets.withinStatutory = share
            }
        }
    }

    private func readClientTypes(_ node: Node, reader: inout YAMLReader) -> [ClientType]? {
        guard case let .sequence(items) = node else {
            reader.log.error("client_types must be a list of { key, label }", at: reader.location(of: node))
            return nil
        }
        var types: [ClientType] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            guard let pairs = reader.mapping(item, allowed: ["key", "label"], context: "a client type") else { continue }
            let fields = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let keyNode = fields["key"], let key = reader.text(keyNode, key: "key") else {
                reader.log.error("a client type needs a key", at: reader.location(of: item))
                continue
            }
            let at = reader.location(of: keyNode)
            guard NameRules.isKey(key) else {
                reader.log.error("client type key '\(key)' may use only a-z, 0-9 and _", at: at)
                continue
            }
            if let first = seen[key] {
                reader.log.error("client type '\(key)' is defined twice", at: at, notes: [.note("first defined here", at: first)])
                continue
            }
            seen[key] = at
            let label = fields["label"].flatMap { reader.text($0, key: "label") } ?? key
            types.append(ClientType(key: key, label: label))
        }
        return types
    }

    private func readSource(_ node: Node, key: String, columns: [String], into source: inout DataSource, reader: inout YAMLReader) {
        guard let pairs = reader.mapping(node, allowed: ["file", "delimiter", "columns"], context: key) else { return }
        for (field, value, _) in pairs {
            switch field {
            case "file":
                guard let file = reader.text(value, key: "file") else { continue }
                if ContentPath.isInside(file) { source.file = file } else {
                    reader.log.error("\(key).file must be a path inside the content folder, not '\(file)'", at: reader.location(of: value),
                                     hint: "write it relative to the content folder, e.g. data/\(key).csv")
                }
            case "delimiter":
                switch reader.text(value, key: "delimiter") {
                case nil, "auto": source.delimiter = .auto
                case ",": source.delimiter = .fixed(UInt8(ascii: ","))
                case ";": source.delimiter = .fixed(UInt8(ascii: ";"))
                case "\t", "tab", "\\t": source.delimiter = .fixed(9)
                case let other?:
                    reader.log.error("delimiter must be auto, \",\", \";\" or \"\\t\", not '\(other)'", at: reader.location(of: value))
                }
            default:
                guard let mapping = reader.mapping(value, allowed: columns, context: "\(key).columns") else { continue }
                for (column, header, _) in mapping {
                    if let header = reader.text(header, key: column) { source.columns[column] = header }
                }
            }
        }
    }
}
