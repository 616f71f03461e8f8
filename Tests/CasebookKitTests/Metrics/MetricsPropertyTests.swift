import Foundation
import PropertyBased
import Testing
@testable import CasebookKit

/// Invariants that hold for any tickets and orders: shares stay shares, parts add up to wholes.
@Suite struct MetricsPropertyTests {
    /// Each Int becomes one ticket or order; shrinking the list shrinks the fixture.
    static let rows = Gen.int(in: 0...Int.max).array(of: 0...60)
    static let asOfOffset = Gen.int(in: 0...420)
    static let base = Fixture.date("2026-01-01")

    @Test func ratesAreSharesAndPartsAddUp() async {
        await propertyCheck(count: 200, input: Self.rows, Self.rows, Self.asOfOffset) { ticketSeeds, orderSeeds, offset in
            let tickets = ticketSeeds.enumerated().map { Self.ticket(index: $0.offset, seed: $0.element) }
            // Even seeds of the first order decide whether orders.csv exists at all.
            let orders = (orderSeeds.first ?? 0) % 2 == 0 ? orderSeeds.enumerated().map { Self.order(index: $0.offset, seed: $0.element) } : nil
            let asOf = Self.base + offset
            let library = Library(config: SiteConfig(), tickets: tickets, orders: orders)
            let metrics = MetricsCalculator(config: SiteConfig(), zone: Fixture.warsaw).compute(for: library, asOf: asOf)

            for rate in Self.allRates(metrics) {
                #expect(rate.count >= 0 && rate.count <= rate.n)
                if let value = rate.rate { #expect(value >= 0 && value <= 1) } else { #expect(rate.n == 0) }
            }
            let total = tickets.count
            #expect(metrics.tickets.open + metrics.tickets.resolved == total)
            let o = metrics.outcomes
            #expect(o.accepted + o.rejected + o.partial + o.withdrawn + o.unknown == total)
            #expect(metrics.justified.yes + metrics.justified.no + metrics.justified.unknown == total)
            #expect(metrics.clientTypes.map(\.tickets).reduce(0, +) == total)
            #expect(metrics.wellHandled.n == metrics.tickets.resolved)
            #expect(metrics.withinPromise.n <= total && metrics.withinStatutory.n <= total)

            let zone = Fixture.warsaw
            let openedUpToAsOf = tickets.count { zone.localDate($0.openedAt).monthIndex <= asOf.monthIndex }
            #expect(metrics.monthly.map(\.opened).reduce(0, +) == openedUpToAsOf)
            let resolvedUpToAsOf = tickets.count { $0.resolvedAt.map { zone.localDate($0).monthIndex <= asOf.monthIndex } ?? false }
            #expect(metrics.monthly.map(\.resolved).reduce(0, +) == resolvedUpToAsOf)
            if let last = metrics.monthly.last { #expect(last.month == asOf.monthKey) }

            for summary in Self.allSummaries(metrics) {
                if summary.n == 0 { #expect(summary == .empty) } else { #expect(summary.median! <= summary.p90!) }
            }
            #expect(metrics.overdue.promise.count <= metrics.withinPromise.n - metrics.withinPromise.count)
            #expect(metrics.customers.costToServe.count <= 50)
            #expect((try? JSONSerialization.jsonObject(with: Data(metrics.jsonText().utf8))) != nil)
        }
    }

    @Test func summaryPicksTheSameValuesAsSorting() async {
        await propertyCheck(count: 300, input: Gen.int(in: -50...50).array(of: 1...80)) { values in
            let sorted = values.map(Double.init).sorted()
            let n = sorted.count
            let summary = Summary(values.map(Double.init))
            let median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
            #expect(summary.median == median)
            #expect(summary.p90 == sorted[(9 * n + 9) / 10 - 1])
        }
    }

    // MARK: - Generators

    /// A deterministic ticket from one seed; fields are picked from the seed's bits.
    static func ticket(index: Int, seed: Int) -> Ticket {
        var bits = UInt64(truncatingIfNeeded: seed)
        func take(_ count: UInt64) -> Int {
            let value = Int(bits % count)
            bits /= count
            return value
        }
        let opened = Int64((base + take(400)).daysSinceEpoch) * 86_400 + Int64(take(24 * 60)) * 60
        var ticket = Ticket(id: "T\(index)", customerId: "C\(take(6))", openedAt: Fixture.warsaw.instant(localSeconds: opened))
        let after = { (days: Int) in ticket.openedAt.adding(seconds: Int64(days) * 86_400 + Int64(take(86_400))) }
        if take(3) > 0 { ticket.answeredAt = after(take(20)) }
        if take(2) == 0 { ticket.resolvedAt = max(ticket.answeredAt ?? ticket.openedAt, after(take(30))) }
        if take(2) == 0 { ticket.firstResponseAt = after(take(3)) }
        ticket.outcome = [nil, .accepted, .rejected, .partial, .withdrawn][take(5)]
        ticket.csat = [nil, 1, 3, 4, 5][take(5)]
        ticket.justified = [nil, true, false][take(3)]
        ticket.clientType = [nil, "emotional", "debtor", "bogus"][take(4)]
        ticket.agent = [nil, "Ewa", "Jan", "Łucja"][take(4)]
        ticket.handlingMinutes = take(2) == 0 ? Double(take(240)) : nil
        ticket.compensation = take(3) == 0 ? Double(take(500)) / 4 : nil
        ticket.refund = [nil, .granted, .refused][take(3)]
        ticket.refundAmount = take(2) == 0 ? Double(take(1_000)) : nil
        ticket.purchasedAt = take(2) == 0 ? Fixture.warsaw.localDate(ticket.openedAt) - take(45) : nil
        ticket.escalated = [nil, true, false][take(3)]
        ticket.reopened = [nil, true, false][take(3)]
        ticket.isPublic = [nil, true, false][take(3)]
        ticket.retained = [nil, true, false][take(3)]
        return ticket
    }

    static func order(index: Int, seed: Int) -> Order {
        let day = base + (seed % 500) - 60
        let instant = Fixture.warsaw.instant(localSeconds: Int64(day.daysSinceEpoch) * 86_400 + Int64((seed / 500) % 86_400))
        return Order(id: "O\(index)", customerId: "C\((seed / 7) % 8)", orderedAt: instant, amount: Double((seed / 11) % 5_000) / 10)
    }

    static func allRates(_ m: Metrics) -> [Rate] {
        [m.withinPromise, m.withinStatutory, m.wellHandled, m.retention.all, m.retention.wellHandled,
         m.retention.notWellHandled, m.escalated, m.reopened, m.isPublic]
            + m.clientTypes.flatMap { [$0.wellHandled, $0.retention] }
            + m.monthly.flatMap { [$0.withinPromise, $0.wellHandled] }
            + m.agents.flatMap { [$0.withinPromise, $0.wellHandled] }
            + m.playbooks.map(\.retained)
    }

    static func allSummaries(_ m: Metrics) -> [Summary] {
        [m.firstResponseHours, m.answerDays, m.resolutionDays] + m.clientTypes.map(\.answerDays) + m.agents.map(\.answerDays)
    }
}
