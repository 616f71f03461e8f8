/// Draws the facts of one ordinary ticket: how it came in, how fast and how well it was handled,
/// what it cost. The shares are those a mid-sized Polish online shop sees; the long tail of answer
/// times leaves most answers within the 7-day promise, some in 8–14 days and a few past the
/// statutory 14, and anything that would happen after the report date has simply not happened yet.
struct TicketSynthesizer {
    typealias V = SampleVocabulary
    let calendar: SampleCalendar
    private let publicSince = LocalDate(year: 2025, month: 4, day: 1)! - SampleCalendar.first

    init(calendar: SampleCalendar) { self.calendar = calendar }

    /// Hours of the day a complaint arrives; never 02:00–02:59, the hour the spring clock change
    /// skips, so naive times always convert to instants in the order they were written.
    static let openingHourShare: [Double] = [0.3, 0.15, 0, 0.1, 0.1, 0.3, 0.8, 1.5, 2.5, 3.2, 3.4, 3.2,
                                             3.0, 3.0, 2.9, 2.8, 2.7, 2.6, 2.6, 2.8, 3.0, 2.6, 1.8, 0.9]

    static let refundShare = [0.06, 0.18, 0.85, 0.03, 0.01, 0.01, 0.15, 0.01]
    static let gestures = [1500, 1999, 2500, 3000, 5000, 5000, 10000, 15000, 20000]
    static let handlingMedian = [22.0, 14, 12, 18, 20]
    static let justifiedShare = [0.93, 0.12, 0.75, 0.3]
    static let csatMean = [4.5, 2.2, 3.9, 4.0]
    /// Outcomes: any ticket, then unjustified claims, confused, justified-but-slow, indecisive.
    static let outcomeShare = [[0.55, 0.22, 0.15, 0.08], [0.08, 0.75, 0.12, 0.05], [0.3, 0.1, 0.1, 0.5],
                               [0.85, 0.02, 0.12, 0.01], [0.4, 0.15, 0.15, 0.3]]
    /// Deliveries go wrong around Christmas; January is the month of returns.
    static let categoryShareAtChristmas: [Double] = {
        var share = V.categoryShare
        share[V.delivery] *= 1.8
        return share
    }()
    static let categoryShareInJanuary: [Double] = {
        var share = V.categoryShare
        share[V.refund] *= 2.2
        return share
    }()

    func make(number: Int, customer: Int, opened: Int, random r: inout SplitMix64) -> SampleTicket {
        var t = SampleTicket()
        t.number = Int32(number)
        t.customer = Int32(customer)
        t.opened = Int32(opened)
        let day = opened / SampleCalendar.minutesPerDay, hour = opened % SampleCalendar.minutesPerDay / 60
        let month = Int(calendar.month[day])

        var channel = r.pick(V.channelShare)
        if (channel == V.phone || channel == V.chat || channel == V.inPerson) && !(8...19).contains(hour) {
            channel = r.chance(0.8) ? V.email : V.social
        }
        t.channel = Int8(channel)
        if channel == V.phone || channel == V.chat { t.seconds = Int8(r.below(60)) }

        let clientType = r.chance(0.11) ? r.pick(V.clientTypeShare) : -1
        t.clientType = Int8(clientType)
        t.category = Int8(category(month: month, clientType: clientType, random: &r))
        let category = Int(t.category)
        t.agent = Int8(channel == V.social && r.chance(0.7) ? V.socialAgent : r.pick(V.agentShare))
        if r.chance(0.01) { t.agent = -1 }

        let refundRequest = r.chance(Self.refundShare[category])
        t.purchasedDay = purchase(day: day, month: month, category: category, refund: refundRequest, random: &r)

        schedule(&t, day: day, month: month, random: &r)
        decide(&t, refundRequest: refundRequest, random: &r)
        flags(&t, day: day, random: &r)
        effort(&t, random: &r)
        return t
    }

    private func category(month: Int, clientType: Int, random r: inout SplitMix64) -> Int {
        if clientType == V.debtor && r.chance(0.6) { return V.payment }
        return r.pick(month == 12 || month == 11 ? Self.categoryShareAtChristmas
                      : month == 1 ? Self.categoryShareInJanuary : V.categoryShare)
    }

    /// The purchase the complaint is about. After Christmas many returns are of gifts bought around
    /// Black Friday, so January refund requests often fall outside the 30 days.
    private func purchase(day: Int, month: Int, category: Int, refund: Bool, random r: inout SplitMix64) -> Int32 {
        var back: Int
        if refund {
            if month == 1 && r.chance(0.35) {
                let date = calendar.date(day)
                let blackFriday = SampleCalendar.blackFriday(date.year - 1) - SampleCalendar.first
                let christmas = LocalDate(year: date.year - 1, month: 12, day: 22)! - SampleCalendar.first
                return Int32(r.int((blackFriday - 5)...christmas))
            }
            let u = r.unit()
            back = u < 0.58 ? r.int(1...14) : u < 0.87 ? r.int(15...30) : r.int(31...80)
        } else {
            guard r.chance(0.8) else { return .min }
            switch category {
            case V.delivery: back = r.int(1...12)
            case V.damage: back = r.int(2...10)
            case V.quality: back = r.int(5...180)
            case V.warranty: back = r.int(90...700)
            default: back = r.int(1...60)
            }
        }
        return Int32(max(SampleCalendar.earliestDay, day - back))
    }

    /// First response, binding answer and closing, in working hours, cut at the report date.
    private func schedule(_ t: inout SampleTicket, day: Int, month: Int, random r: inout SplitMix64) {
        let opened = Int(t.opened), channel = Int(t.channel)
        let end = SampleCalendar.endMinute
        let lost = r.chance(0.0025)

        var first: Int
        switch channel {
        case V.phone, V.inPerson: first = opened
        case V.chat: first = opened + r.int(1...6)
        default: first = workingTime(opened + Int(r.logNormal(median: 150, sigma: 1.0)), random: &r)
        }

        let load = month == 12 ? 1.45 : month == 1 ? 1.3 : month == 11 ? 1.15 : 1.0
        let pace = t.agent >= 0 ? V.agents[Int(t.agent)].pace : 1.2
        let effort = t.clientType >= 0 ? V.clientTypeEffort[Int(t.clientType)] : 1.0
        let u = r.unit()
        var days = u < 0.38 ? 0 : u < 0.66 ? r.int(1...2) : u < 0.885 ? r.int(3...7)
            : u < 0.978 ? r.int(8...14) : u < 0.994 ? r.int(15...30) : r.int(31...50)
        // Busy months and slower agents push answers past the promise, rarely past the statute.
        if (1...7).contains(days) {
            days = min(13, Int((Double(days) * load * pace * (effort > 1.9 ? 1.15 : 1)).rounded()))
        }
        if days > 0 && (channel == V.phone || channel == V.chat || channel == V.inPerson) && r.chance(0.45) { days = 0 }
        var answer = days == 0
            ? workingTime(opened + r.int(5...180), random: &r)
            : (day + days) * SampleCalendar.minutesPerDay + r.int((8 * 60)...(19 * 60 + 59))
        if first > answer { first = answer }

        var closeDays: Int
        if t.clientType == Int8(V.justifiedSlow) {
            closeDays = r.int(10...40)
        } else {
            let v = r.unit()
            closeDays = v < 0.45 ? 0 : v < 0.8 ? r.int(1...5) : v < 0.97 ? r.int(6...20) : r.int(21...45)
        }
        var resolved = closeDays == 0
            ? workingTime(answer + r.int(0...120), random: &r)
            : (answer / SampleCalendar.minutesPerDay + closeDays) * SampleCalendar.minutesPerDay + r.int((8 * 60)...(19 * 60 + 59))

        if lost { answer = end; resolved = end }
        if channel == V.email && r.chance(0.04) { first = end }
        t.firstResponse = first < end ? Int32(first) : -1
        if answer >= end {
            t.answered = -1; t.resolved = -1
            return
        }
        t.resolved = resolved < end ? Int32(resolved) : -1
        // A ticket closed the day it was decided often carries only resolved_at.
        let sameDay = t.resolved >= 0 && resolved / SampleCalendar.minutesPerDay == answer / SampleCalendar.minutesPerDay
        t.answered = sameDay && r.chance(0.6) ? -1 : Int32(answer)
    }

    /// Moves a time outside 08:00–19:59 to the next morning: nobody answers at night.
    private func workingTime(_ minute: Int, random r: inout SplitMix64) -> Int {
        let day = minute / SampleCalendar.minutesPerDay, inDay = minute % SampleCalendar.minutesPerDay
        if inDay < 8 * 60 { return day * SampleCalendar.minutesPerDay + 8 * 60 + r.int(0...90) }
        if inDay >= 20 * 60 { return (day + 1) * SampleCalendar.minutesPerDay + 8 * 60 + r.int(0...90) }
        return minute
    }

    private func decide(_ t: inout SampleTicket, refundRequest: Bool, random r: inout SplitMix64) {
        guard t.answer >= 0 else { return }
        let clientType = Int(t.clientType)
        if refundRequest {
            let window = t.openedDay - Int(t.purchasedDay)
            let grant = window <= 14 ? 0.99 : window <= 30 ? 0.98 : 0.08
            t.refund = r.chance(grant) ? SampleTicket.refundGranted : SampleTicket.refundRefused
            let price = Int(r.logNormal(median: 450, sigma: 0.8) / 10).clamped(2, 1200) * 10 - 1
            t.refundCents = Int32(price * 100)
            t.outcome = Int8(t.refund == SampleTicket.refundGranted ? V.accepted : V.rejected)
        } else {
            let share: [Double]
            switch clientType {
            case V.unjustifiedClaim: share = Self.outcomeShare[1]
            case V.confused: share = Self.outcomeShare[2]
            case V.justifiedSlow: share = Self.outcomeShare[3]
            case V.indecisive: share = Self.outcomeShare[4]
            default: share = Self.outcomeShare[0]
            }
            t.outcome = Int8(r.pick(share))
        }
        let yes = Self.justifiedShare[Int(t.outcome)]
        t.justified = r.chance(0.05) ? -1 : (r.chance(yes) ? 1 : 0)
        if r.chance(0.02) { t.outcome = -1 }
    }

    private func flags(_ t: inout SampleTicket, day: Int, random r: inout SplitMix64) {
        let clientType = Int(t.clientType)
        if t.resolved >= 0 { t.reopened = r.chance(t.outcome == Int8(V.rejected) ? 0.09 : 0.035) ? 1 : 0 }
        var escalate = 0.025
        if clientType == V.threatening { escalate += 0.5 }
        if clientType == V.narcissist { escalate += 0.45 }
        if clientType == V.emotional { escalate += 0.1 }
        if t.reopened == 1 { escalate += 0.3 }
        t.escalated = r.chance(escalate) ? 1 : 0
        // The helpdesk has recorded whether a complaint went public only since April 2025.
        if day >= publicSince {
            var goesPublic = t.channel == Int8(V.social) ? 0.35 : 0.008
            if clientType == V.dislikesUs { goesPublic += 0.4 }
            if clientType == V.threatening { goesPublic += 0.15 }
            t.isPublic = r.chance(goesPublic) ? 1 : 0
        }
        guard t.resolved >= 0, r.chance(t.outcome == Int8(V.rejected) ? 0.55 : 0.74) else { return }
        var mean = t.outcome >= 0 ? Self.csatMean[Int(t.outcome)] : 3.5
        if !t.answeredWithin(days: 7) { mean -= 0.9 }
        if t.reopened == 1 { mean -= 0.6 }
        if t.escalated == 1 { mean -= 0.3 }
        t.csat = Int8(Int((mean + 0.8 * r.normal()).rounded()).clamped(1, 5))
    }

    private func effort(_ t: inout SampleTicket, random r: inout SplitMix64) {
        var median = Self.handlingMedian[Int(t.channel)]
        if t.clientType >= 0 { median *= V.clientTypeEffort[Int(t.clientType)] }
        if t.escalated == 1 { median *= 2.2 }
        if t.reopened == 1 { median *= 1.6 }
        if !t.answeredWithin(days: 7) { median *= 1.3 }
        if !r.chance(0.02) { t.handlingMinutes = Int32(max(2, Int(r.logNormal(median: median, sigma: 0.65).rounded()))) }
        let goodwill = (t.outcome == Int8(V.accepted) || t.outcome == Int8(V.partial)) && t.justified == 1
        if goodwill && r.chance(t.category == Int8(V.delivery) ? 0.2 : 0.12) {
            t.compensationCents = Int32(r.element(Self.gestures))
        }
    }
}

extension Int {
    func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(Swift.max(self, low), high) }
}
