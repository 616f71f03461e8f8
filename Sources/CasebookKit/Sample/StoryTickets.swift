/// The tickets and orders behind the example site's case write-ups (Content/cases), planted with
/// the facts the stories tell: a refund refused 41 days after the purchase, a parcel lost a week
/// before Christmas, a reseller with nine complaints in four months … Random draws rarely produce
/// such exact combinations, so they are fixed here. They take the first ticket ids (ZG-0000001 …)
/// and the first customer ids (KL-000001 …), whatever the seed, and no generated ticket or order
/// touches those customers, so each story's retention stays as written.
enum StoryTickets {
    struct Story {
        var customer: Int
        var ticket: SampleTicket
    }

    /// Planted only in sets big enough that thirty fixed tickets do not dominate the figures.
    static func applies(tickets: Int, customers: Int, orders: Int) -> Bool {
        tickets >= 1000 && customers >= 200 && orders >= 200
    }

    static let customerCount = 18
    static var ticketCount: Int { stories.count }

    typealias V = SampleVocabulary

    // MARK: - Tickets, in id order

    static let stories: [Story] = [
        // 1 fotel-zwrot-w-25-dniu: refund inside the 30-day guarantee.
        story(1, "2025-05-22 10:14", first: "2025-05-22 12:40", answered: "2025-05-22 13:05", resolved: "2025-05-28 11:00",
              channel: V.email, category: V.refund, justified: 1, outcome: V.accepted, csat: 5, minutes: 25,
              refund: SampleTicket.refundGranted, refundCents: 159_000, purchased: "2025-04-27", agent: "Marta W."),
        // 2 jedna-gwiazdka-po-kazdym-zamowieniu: a public comment, answered, still open.
        story(2, "2026-06-12 09:40", first: "2026-06-12 10:25", answered: "2026-06-12 10:25", resolved: nil,
              channel: V.social, category: V.service, clientType: V.dislikesUs, minutes: 45, agent: "Ewa S.", isPublic: 1),
        // 3 odmowa-zwrotu-po-41-dniach: refused outside every window; she still came back.
        story(3, "2025-09-15 18:20", first: "2025-09-16 09:10", answered: "2025-09-16 11:30", resolved: "2025-09-17 14:00",
              channel: V.email, category: V.refund, justified: 0, outcome: V.rejected, csat: 2, minutes: 40,
              refund: SampleTicket.refundRefused, refundCents: 109_900, purchased: "2025-08-05", agent: "Marta W.", isPublic: 1),
        // 4 paczka-przed-swietami: lost parcel, replacement by express, voucher.
        story(4, "2025-12-19 08:40", first: "2025-12-19 09:45", answered: "2025-12-19 15:40", resolved: "2025-12-22 11:30",
              channel: V.email, category: V.delivery, clientType: V.justifiedSlow, justified: 1, outcome: V.accepted, csat: 5,
              minutes: 50, compensationCents: 6_999, purchased: "2025-12-12", agent: "Marta W."),
        // 5 pekniety-klosz-lampy (draft): decided the next day, waiting for the glass.
        story(5, "2026-06-18 16:20", first: "2026-06-19 08:30", answered: "2026-06-19 10:30", resolved: nil,
              channel: V.email, category: V.damage, clientType: V.justifiedSlow, justified: 1, outcome: V.accepted,
              minutes: 30, purchased: "2026-06-12", agent: "Marta W."),
        // 6 pensjonat-wstrzymana-platnosc: scratched lamps as a reason not to pay.
        story(6, "2025-07-14 11:05", first: "2025-07-14 13:30", answered: "2025-07-14 15:10", resolved: "2025-07-17 12:00",
              channel: V.email, category: V.quality, clientType: V.debtor, justified: 1, outcome: V.partial, minutes: 240,
              purchased: "2025-06-02", agent: "Paweł D."),
        // 7 pierwszy-zestaw-smart-home: withdrawn after a video call the same day.
        story(7, "2025-11-04 09:30", first: "2025-11-04 11:20", answered: "2025-11-04 11:45", resolved: "2025-11-04 19:40",
              channel: V.email, category: V.quality, clientType: V.confused, justified: 0, outcome: V.withdrawn, csat: 5,
              minutes: 75, purchased: "2025-10-28", agent: "Karolina M."),
        // 8 porysowany-blat-na-facebooku: a Sunday-evening post, decided the next morning.
        story(8, "2025-06-08 21:10", first: "2025-06-08 21:50", answered: "2025-06-09 10:45", resolved: "2025-06-18 14:00",
              channel: V.social, category: V.damage, justified: 1, outcome: V.accepted, csat: 5, minutes: 90,
              compensationCents: 6_000, purchased: "2025-05-28", agent: "Anna K.", escalated: 1, isPublic: 1),
        // 9 prezent-urodzinowy-bez-numeru-mieszkania: her slip, our express at our cost.
        story(9, "2026-03-09 11:20", first: "2026-03-09 11:20", answered: "2026-03-09 11:35", resolved: "2026-03-10 10:40",
              channel: V.phone, category: V.delivery, clientType: V.emotional, justified: 0, outcome: V.accepted, csat: 5,
              minutes: 35, compensationCents: 2_499, purchased: "2026-03-04", agent: "Marta W.", seconds: 17),
        // 10–13 projektantka-zada-rozmowy-z-prezesem: three earlier remarks, then the chairs.
        story(10, "2025-06-17 10:30", first: "2025-06-17 12:00", answered: "2025-06-18 09:40", resolved: "2025-06-20 15:00",
              channel: V.email, category: V.service, clientType: V.narcissist, justified: 1, outcome: V.partial, minutes: 160,
              agent: "Katarzyna L.", escalated: 1),
        story(10, "2025-10-06 08:50", first: "2025-10-06 10:15", answered: "2025-10-07 11:00", resolved: "2025-10-09 16:20",
              channel: V.email, category: V.delivery, clientType: V.narcissist, justified: 0, outcome: V.rejected, minutes: 180,
              agent: "Paweł D.", escalated: 1),
        story(10, "2025-12-15 14:05", first: "2025-12-15 15:30", answered: "2025-12-17 10:00", resolved: "2025-12-19 12:30",
              channel: V.email, category: V.quality, clientType: V.narcissist, justified: 1, outcome: V.accepted, minutes: 170,
              agent: "Paweł D."),
        story(10, "2026-02-16 08:05", first: "2026-02-16 11:30", answered: "2026-02-17 09:15", resolved: "2026-02-20 15:00",
              channel: V.email, category: V.quality, clientType: V.narcissist, justified: 1, outcome: V.partial, minutes: 150,
              purchased: "2026-01-27", agent: "Anna K.", escalated: 1, isPublic: 1),
        // 14 robot-sprzatajacy-i-grozba-uokik: a threat, the same decision as without it.
        story(11, "2026-01-20 08:12", first: "2026-01-20 10:00", answered: "2026-01-23 14:00", resolved: "2026-01-27 13:00",
              channel: V.email, category: V.warranty, clientType: V.threatening, justified: 1, outcome: V.partial, csat: 1,
              minutes: 120, purchased: "2025-08-12", agent: "Tomasz R.", escalated: 1),
        // 15 sasiad-kupil-taniej: a price-difference refund 53 days after the purchase.
        story(12, "2025-12-02 19:40", first: "2025-12-03 10:20", answered: "2025-12-03 10:20", resolved: "2025-12-04 09:00",
              channel: V.email, category: V.refund, clientType: V.envious, justified: 0, outcome: V.rejected, csat: 1,
              minutes: 30, refund: SampleTicket.refundRefused, refundCents: 27_800, purchased: "2025-10-10", agent: "Tomasz R."),
        // 16 sofa-i-odcien-grafitu: no defect, but a return inside the guarantee.
        story(13, "2025-04-10 12:30", first: "2025-04-10 14:00", answered: "2025-04-14 10:00", resolved: "2025-04-18 12:00",
              channel: V.email, category: V.quality, clientType: V.perfectionist, justified: 0, outcome: V.partial, csat: 3,
              minutes: 270, refund: SampleTicket.refundGranted, refundCents: 399_000, purchased: "2025-03-21", agent: "Marta W."),
        // 17 soundbar-i-nie-ten-numer-seryjny: photos of another unit.
        story(14, "2025-10-08 09:15", first: "2025-10-08 11:40", answered: "2025-10-14 10:30", resolved: "2025-10-14 10:30",
              channel: V.email, category: V.damage, clientType: V.unjustifiedClaim, justified: 0, outcome: V.rejected,
              minutes: 90, purchased: "2025-10-03", agent: "Tomasz R."),
        // 18–19 stol-na-zamowienie-trzy-zmiany: the third change accepted, the fourth refused.
        story(15, "2025-07-29 10:10", first: "2025-07-29 10:10", answered: "2025-07-29 15:00", resolved: "2025-07-31 12:00",
              channel: V.phone, category: V.service, clientType: V.indecisive, justified: 1, outcome: V.accepted,
              minutes: 120, purchased: "2025-07-14", agent: "Marta W.", seconds: 44),
        story(15, "2025-08-04 09:25", first: "2025-08-04 11:00", answered: "2025-08-04 11:00", resolved: "2025-08-22 16:00",
              channel: V.email, category: V.service, clientType: V.indecisive, justified: 0, outcome: V.rejected, csat: 5,
              minutes: 60, purchased: "2025-07-14", agent: "Marta W."),
        // 20 szafa-bez-zawiasow: decided in two days, closed after five weeks.
        story(16, "2025-02-18 17:30", first: "2025-02-18 17:30", answered: "2025-02-20 12:00", resolved: "2025-03-26 17:00",
              channel: V.phone, category: V.quality, clientType: V.justifiedSlow, justified: 1, outcome: V.accepted, csat: 4,
              minutes: 90, compensationCents: 19_900, purchased: "2025-02-10", agent: "Tomasz R.", seconds: 5),
        // 21–29 uprzejme-rozstanie-z-odsprzedawca: nine complaints, three of them justified.
        reseller("2026-01-09 09:00", "2026-01-12 15:00", justified: 1, outcome: V.accepted, minutes: 150),
        reseller("2026-01-23 10:30", "2026-01-28 12:00", justified: 0, outcome: V.partial, minutes: 240, compensationCents: 18_000),
        reseller("2026-02-05 08:45", "2026-02-09 11:00", justified: 0, outcome: V.partial, minutes: 210, compensationCents: 22_000),
        reseller("2026-02-19 13:10", "2026-02-23 10:00", justified: 1, outcome: V.accepted, minutes: 120),
        reseller("2026-03-04 09:20", "2026-03-09 14:00", justified: 0, outcome: V.rejected, minutes: 230),
        reseller("2026-03-18 11:40", "2026-03-23 12:30", justified: 0, outcome: V.partial, minutes: 250, compensationCents: 24_000),
        reseller("2026-04-02 10:00", "2026-04-06 15:00", justified: 1, outcome: V.accepted, minutes: 160),
        reseller("2026-04-10 09:30", "2026-04-14 13:00", justified: 0, outcome: V.rejected, minutes: 220),
        reseller("2026-04-22 12:15", "2026-04-24 10:30", justified: 0, outcome: V.rejected, minutes: 280, escalated: 1),
        // 30 zwrot-blendera-w-12-dniu: statutory withdrawal, refunded in six days.
        story(17, "2025-03-14 16:05", first: "2025-03-14 17:10", answered: "2025-03-14 17:10", resolved: "2025-03-20 12:00",
              channel: V.email, category: V.refund, justified: 1, outcome: V.accepted, csat: 4, minutes: 20,
              refund: SampleTicket.refundGranted, refundCents: 66_398, purchased: "2025-03-02", agent: "Tomasz R."),
    ]

    /// The wholesale customer of uprzejme-rozstanie-z-odsprzedawca.
    static let resellerCustomer = 18

    // MARK: - Orders

    /// (customer, ordered_at, amount in grosze) — the purchases the stories mention, and the
    /// return purchases that make "retained" true where the story says the customer came back.
    static let orders: [(Int, String, Int)] = [
        (1, "2025-04-27 20:15", 159_000), (1, "2025-07-15 19:30", 189_000),
        (2, "2025-02-10 21:00", 14_900), (2, "2025-04-22 20:10", 21_000), (2, "2025-07-03 22:05", 18_900),
        (2, "2025-09-18 19:45", 17_500), (2, "2025-11-29 10:30", 23_000), (2, "2026-02-14 18:20", 14_200),
        (2, "2026-05-08 21:40", 14_500),
        (3, "2025-03-02 12:00", 25_900), (3, "2025-08-05 09:40", 109_900), (3, "2025-11-12 20:30", 38_900),
        (4, "2025-12-12 18:05", 124_900), (4, "2026-02-09 19:10", 28_900),
        (5, "2026-06-12 13:25", 68_900),
        (6, "2025-04-10 10:00", 351_200), (6, "2025-06-02 09:30", 840_800), (6, "2025-10-14 11:15", 114_000),
        (7, "2025-10-28 21:50", 89_900), (7, "2025-12-06 17:35", 44_700),
        (8, "2025-05-28 20:45", 234_900), (8, "2025-08-19 19:00", 159_600),
        (9, "2026-03-04 22:10", 44_900), (9, "2026-04-17 18:30", 32_900),
        (10, "2025-02-20 10:00", 350_000), (10, "2025-04-08 11:30", 420_000), (10, "2025-06-03 09:45", 610_000),
        (10, "2025-08-12 10:20", 540_000), (10, "2025-09-23 12:00", 730_000), (10, "2025-11-18 09:10", 690_000),
        (10, "2026-01-27 10:40", 520_000), (10, "2026-03-17 11:05", 480_000),
        (11, "2025-08-12 20:00", 179_900),
        (12, "2025-05-20 19:15", 42_000), (12, "2025-10-10 21:30", 139_000),
        (13, "2025-03-21 20:20", 399_000),
        (14, "2025-10-03 22:30", 119_900),
        (15, "2025-07-14 18:40", 299_000),
        (16, "2025-02-10 19:55", 269_000), (16, "2025-05-14 20:05", 21_900),
        (17, "2025-03-02 21:15", 66_398),
        // The reseller: a few orders in the autumn, then fourteen deliveries in January–April.
        (18, "2025-10-15 09:00", 310_000), (18, "2025-11-12 09:30", 280_000), (18, "2025-12-03 10:00", 350_000),
        (18, "2026-01-05 09:00", 280_000), (18, "2026-01-14 09:15", 310_000), (18, "2026-01-26 10:00", 240_000),
        (18, "2026-02-02 09:30", 290_000), (18, "2026-02-12 09:00", 320_000), (18, "2026-02-24 10:30", 260_000),
        (18, "2026-03-02 09:00", 300_000), (18, "2026-03-11 09:45", 270_000), (18, "2026-03-20 10:15", 330_000),
        (18, "2026-03-30 09:00", 250_000), (18, "2026-04-07 09:30", 310_000), (18, "2026-04-15 10:00", 690_000),
        (18, "2026-04-17 09:20", 170_000), (18, "2026-04-20 11:00", 310_000),
    ]

    // MARK: - Building

    private static func reseller(_ opened: String, _ resolved: String, justified: Int8, outcome: Int, minutes: Int,
                                 compensationCents: Int = 0, escalated: Int8 = 0) -> Story {
        story(resellerCustomer, opened, first: shift(opened, minutes: 90), answered: shift(resolved, minutes: -60 * 24 - 120),
              resolved: resolved, channel: V.email, category: justified == 1 ? V.damage : V.delivery,
              clientType: V.unjustifiedClaim, justified: justified, outcome: outcome, minutes: minutes,
              compensationCents: compensationCents, agent: "Paweł D.", escalated: escalated)
    }

    private static func story(_ customer: Int, _ opened: String, first: String?, answered: String?, resolved: String?,
                              channel: Int, category: Int, clientType: Int = -1, justified: Int8 = -1, outcome: Int = -1,
                              csat: Int = 0, minutes: Int, compensationCents: Int = 0, refund: Int8 = -1,
                              refundCents: Int = 0, purchased: String? = nil, agent: String, escalated: Int8 = 0,
                              isPublic: Int8 = 0, seconds: Int = -1) -> Story {
        var t = SampleTicket()
        t.opened = minute(opened)
        t.firstResponse = first.map(minute) ?? -1
        t.answered = answered.map(minute) ?? -1
        t.resolved = resolved.map(minute) ?? -1
        t.channel = Int8(channel)
        t.category = Int8(category)
        t.clientType = Int8(clientType)
        t.justified = justified
        t.outcome = Int8(outcome)
        t.csat = Int8(csat)
        t.handlingMinutes = Int32(minutes)
        t.compensationCents = Int32(compensationCents)
        t.refund = refund
        t.refundCents = Int32(refundCents)
        t.purchasedDay = purchased.map { Int32(LocalDate(iso: $0)! - SampleCalendar.first) } ?? .min
        t.agent = Int8(V.agents.firstIndex { $0.name == agent }!)
        t.escalated = escalated
        t.reopened = resolved == nil ? -1 : 0
        t.isPublic = isPublic
        t.seconds = Int8(seconds)
        return Story(customer: customer - 1, ticket: t)
    }

    /// `YYYY-MM-DD HH:MM` as a wall-clock minute of the span.
    static func minute(_ text: String) -> Int32 {
        let date = LocalDate(iso: text.prefix(10))!
        let hour = Int(text.dropFirst(11).prefix(2))!, minute = Int(text.dropFirst(14).prefix(2))!
        return Int32((date - SampleCalendar.first) * SampleCalendar.minutesPerDay + hour * 60 + minute)
    }

    private static func shift(_ text: String, minutes: Int) -> String {
        let m = Int(minute(text)) + minutes
        let date = SampleCalendar.first + m / SampleCalendar.minutesPerDay
        let inDay = m % SampleCalendar.minutesPerDay
        return "\(date) \(LocalDate.pad(inDay / 60, 2)):\(LocalDate.pad(inDay % 60, 2))"
    }
}
