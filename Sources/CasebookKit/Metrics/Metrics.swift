/// Every figure of `Site/metrics.json`, schema 1 of metrics.md, as plain values.
///
/// Properties are declared in the schema's key order and every list is already in the order the
/// schema states, so `jsonText()` only has to walk them.
public struct Metrics: Sendable, Equatable {
    public var schema = 1
    public var asOf: LocalDate
    public var inputs: Inputs
    public var tickets: TicketCounts
    /// Over tickets with first_response_at, in hours.
    public var firstResponseHours: Summary
    /// Over tickets with an answer, answer − opened_at in days.
    public var answerDays: Summary
    /// Over resolved tickets, resolved_at − opened_at in days.
    public var resolutionDays: Summary
    public var withinPromise: Rate
    public var withinStatutory: Rate
    public var overdue: Overdue
    public var outcomes: Outcomes
    public var justified: Justified
    /// Over resolved tickets.
    public var wellHandled: Rate
    public var retention: Retention
    public var costs: Costs
    public var refunds: Refunds
    public var escalated: Rate
    public var reopened: Rate
    public var isPublic: Rate
    /// Every taxonomy key in config order, then `unspecified`.
    public var clientTypes: [ClientTypeRow]
    /// Every month from the earliest opened_at or ordered_at to as_of's month, ascending.
    public var monthly: [Month]
    public var customers: Customers
    /// Sorted by agent.
    public var agents: [AgentRow]
    /// Sorted by slug.
    public var playbooks: [PlaybookRow]

    /// Row counts of what the build read.
    public struct Inputs: Sendable, Equatable {
        public var tickets: Int
        /// `nil` when the site has no orders export.
        public var orders: Int?
        /// Non-draft cases.
        public var cases: Int
        public var playbooks: Int
        public var skippedRows: Int
    }

    public struct TicketCounts: Sendable, Equatable {
        public var total: Int
        public var open: Int
        public var resolved: Int
    }

    /// Open tickets with no answer past their deadline, by opened_at then ticket_id.
    public struct Overdue: Sendable, Equatable {
        public var promise: [String]
        public var statutory: [String]
    }

    /// Decisions over all tickets; `unknown` is an empty outcome cell.
    public struct Outcomes: Sendable, Equatable {
        public var accepted = 0, rejected = 0, partial = 0, withdrawn = 0, unknown = 0
    }

    public struct Justified: Sendable, Equatable {
        public var yes = 0, no = 0, unknown = 0
    }

    /// Whether complainants bought again within the window, over tickets whose window is observed.
    public struct Retention: Sendable, Equatable {
        public enum Source: String, Sendable, Equatable { case orders, column, none }
        public var source: Source
        public var windowDays: Int
        public var all: Rate
        public var wellHandled: Rate
        public var notWellHandled: Rate
        public var target: Double
    }

    /// Money figures in the site's currency; plain floating-point sums.
    public struct Costs: Sendable, Equatable {
        public var handling: Double
        public var compensation: Double
        public var total: Double
        public var refunds: Double
        /// `nil` without orders.csv.
        public var revenue: Double?
        /// total / revenue; `nil` without orders.csv or when revenue is 0.
        public var share: Double?
        public var targetBand: CostBand
    }

    /// Refund decisions by the window the request fell in.
    public struct Refunds: Sendable, Equatable {
        public struct Decisions: Sendable, Equatable {
            public var granted = 0, refused = 0
        }
        public var statutory: Decisions
        public var guarantee: Decisions
        public var outside: Decisions
        /// Refunds granted outside both windows, by ticket_id.
        public var exceptions: [String]
        /// Refunds refused inside the statutory or guarantee window, by ticket_id.
        public var violations: [String]
    }

    public struct ClientTypeRow: Sendable, Equatable {
        public var key: String
        public var tickets: Int
        public var wellHandled: Rate
        public var retention: Rate
        public var handlingCost: Double
        public var answerDays: Summary
    }

    public struct Month: Sendable, Equatable {
        /// `YYYY-MM`.
        public var month: String
        public var opened: Int
        public var resolved: Int
        /// Over tickets opened in the month.
        public var withinPromise: Rate
        /// Over tickets resolved in the month.
        public var wellHandled: Rate
        /// Of tickets opened in the month.
        public var handlingCost: Double
        /// `nil` without orders.csv.
        public var revenue: Double?
        /// `nil` when revenue is `nil` or 0.
        public var share: Double?
    }

    public struct Customers: Sendable, Equatable {
        public var complainants: Int
        /// Tickets descending, then customer_id.
        public var repeatComplainants: [RepeatComplainant]
        /// Null ratios first, then ratio descending, then customer_id; at most 50.
        public var costToServe: [CostToServe]
    }

    public struct RepeatComplainant: Sendable, Equatable {
        public var customerId: String
        public var tickets: Int
    }

    public struct CostToServe: Sendable, Equatable {
        public var customerId: String
        public var handlingCost: Double
        public var revenue: Double
        /// handling_cost / revenue; `nil` when revenue is 0.
        public var ratio: Double?
    }

    public struct AgentRow: Sendable, Equatable {
        public var agent: String
        public var tickets: Int
        public var answerDays: Summary
        public var withinPromise: Rate
        public var wellHandled: Rate
    }

    public struct PlaybookRow: Sendable, Equatable {
        public var slug: String
        /// Non-draft cases citing the playbook.
        public var cases: Int
        /// Over those cases that have a retention value.
        public var retained: Rate
    }
}
