// MARK: - metrics.json

extension Metrics {
    /// The text of `Site/metrics.json`: schema 1 with keys in the schema's order, lists in the
    /// order the schema states, `null` for missing values, two-space indentation and a final newline.
    public func jsonText() -> String { jsonValue.prettyPrinted() }
    public func jsonBytes() -> [UInt8] { jsonValue.prettyPrintedBytes() }

    var jsonValue: JSONValue {
        // Built one member at a time: a single literal this size is too much for the type checker.
        var members: [(String, JSONValue)] = []
        members.append(("schema", .int(schema)))
        members.append(("as_of", .string(asOf.description)))
        members.append(("inputs", inputsJSON))
        members.append(("tickets", .object([
            ("total", .int(tickets.total)), ("open", .int(tickets.open)), ("resolved", .int(tickets.resolved)),
        ])))
        members.append(("first_response_hours", firstResponseHours.jsonValue))
        members.append(("answer_days", answerDays.jsonValue))
        members.append(("resolution_days", resolutionDays.jsonValue))
        members.append(("within_promise", withinPromise.jsonValue))
        members.append(("within_statutory", withinStatutory.jsonValue))
        members.append(("overdue", .object([("promise", .strings(overdue.promise)), ("statutory", .strings(overdue.statutory))])))
        members.append(("outcomes", outcomesJSON))
        members.append(("justified", .object([
            ("yes", .int(justified.yes)), ("no", .int(justified.no)), ("unknown", .int(justified.unknown)),
        ])))
        members.append(("well_handled", wellHandled.jsonValue))
        members.append(("retention", retentionJSON))
        members.append(("costs", costsJSON))
        members.append(("refunds", refundsJSON))
        members.append(("escalated", escalated.jsonValue))
        members.append(("reopened", reopened.jsonValue))
        members.append(("public", isPublic.jsonValue))
        members.append(("client_types", .array(clientTypes.map(\.jsonValue))))
        members.append(("monthly", .array(monthly.map(\.jsonValue))))
        members.append(("customers", customersJSON))
        members.append(("agents", .array(agents.map(\.jsonValue))))
        members.append(("playbooks", .array(playbooks.map(\.jsonValue))))
        return .object(members)
    }

    private var inputsJSON: JSONValue {
        .object([
            ("tickets", .int(inputs.tickets)),
            ("orders", inputs.orders.map(JSONValue.int) ?? .null),
            ("cases", .int(inputs.cases)),
            ("playbooks", .int(inputs.playbooks)),
            ("skipped_rows", .int(inputs.skippedRows)),
        ])
    }

    private var outcomesJSON: JSONValue {
        .object([
            ("accepted", .int(outcomes.accepted)),
            ("rejected", .int(outcomes.rejected)),
            ("partial", .int(outcomes.partial)),
            ("withdrawn", .int(outcomes.withdrawn)),
            ("unknown", .int(outcomes.unknown)),
        ])
    }

    private var retentionJSON: JSONValue {
        .object([
            ("source", .string(retention.source.rawValue)),
            ("window_days", .int(retention.windowDays)),
            ("all", retention.all.jsonValue),
            ("well_handled", retention.wellHandled.jsonValue),
            ("not_well_handled", retention.notWellHandled.jsonValue),
            ("target", .double(retention.target)),
        ])
    }

    private var costsJSON: JSONValue {
        .object([
            ("handling", .double(costs.handling)),
            ("compensation", .double(costs.compensation)),
            ("total", .double(costs.total)),
            ("refunds", .double(costs.refunds)),
            ("revenue", .optional(costs.revenue)),
            ("share", .optional(costs.share)),
            ("target_band", .array([.double(costs.targetBand.low), .double(costs.targetBand.high)])),
        ])
    }

    private var refundsJSON: JSONValue {
        .object([
            ("statutory", refunds.statutory.jsonValue),
            ("guarantee", refunds.guarantee.jsonValue),
            ("outside", refunds.outside.jsonValue),
            ("exceptions", .strings(refunds.exceptions)),
            ("violations", .strings(refunds.violations)),
        ])
    }

    private var customersJSON: JSONValue {
        .object([
            ("complainants", .int(customers.complainants)),
            ("repeat", .array(customers.repeatComplainants.map(\.jsonValue))),
            ("cost_to_serve", .array(customers.costToServe.map(\.jsonValue))),
        ])
    }
}

// MARK: - Parts

extension Rate {
    var jsonValue: JSONValue { .object([("n", .int(n)), ("count", .int(count)), ("rate", .optional(rate))]) }
}

extension Summary {
    var jsonValue: JSONValue {
        .object([("n", .int(n)), ("median", .optional(median)), ("p90", .optional(p90)), ("mean", .optional(mean))])
    }
}

extension Metrics.Refunds.Decisions {
    var jsonValue: JSONValue { .object([("granted", .int(granted)), ("refused", .int(refused))]) }
}

extension Metrics.ClientTypeRow {
    var jsonValue: JSONValue {
        .object([
            ("key", .string(key)),
            ("tickets", .int(tickets)),
            ("well_handled", wellHandled.jsonValue),
            ("retention", retention.jsonValue),
            ("handling_cost", .double(handlingCost)),
            ("answer_days", answerDays.jsonValue),
        ])
    }
}

extension Metrics.Month {
    var jsonValue: JSONValue {
        .object([
            ("month", .string(month)),
            ("opened", .int(opened)),
            ("resolved", .int(resolved)),
            ("within_promise", withinPromise.jsonValue),
            ("well_handled", wellHandled.jsonValue),
            ("handling_cost", .double(handlingCost)),
            ("revenue", .optional(revenue)),
            ("share", .optional(share)),
        ])
    }
}

extension Metrics.RepeatComplainant {
    var jsonValue: JSONValue { .object([("customer_id", .string(customerId)), ("tickets", .int(tickets))]) }
}

extension Metrics.CostToServe {
    var jsonValue: JSONValue {
        .object([
            ("customer_id", .string(customerId)),
            ("handling_cost", .double(handlingCost)),
            ("revenue", .double(revenue)),
            ("ratio", .optional(ratio)),
        ])
    }
}

extension Metrics.AgentRow {
    var jsonValue: JSONValue {
        .object([
            ("agent", .string(agent)),
            ("tickets", .int(tickets)),
            ("answer_days", answerDays.jsonValue),
            ("within_promise", withinPromise.jsonValue),
            ("well_handled", wellHandled.jsonValue),
        ])
    }
}

extension Metrics.PlaybookRow {
    var jsonValue: JSONValue { .object([("slug", .string(slug)), ("cases", .int(cases)), ("retained", retained.jsonValue)]) }
}

extension JSONValue {
    /// A number, or `null` when there is none.
    static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }

    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}
