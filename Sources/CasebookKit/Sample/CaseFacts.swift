/// What one generated case write-up knows about its tickets, in the words the text needs.
struct CaseFacts {
    let ticket: SampleTicket
    let ticketId: String
    let customerId: String
    let citedIds: [String]
    let female: Bool
    let product: (name: String, cents: Int)
    let opened: LocalDate
    let purchased: LocalDate?
    let answerDays: Int?
    let agent: String

    /// Picks the feminine or masculine form of a word about the customer.
    func g(_ masculine: String, _ feminine: String) -> String { female ? feminine : masculine }
    /// The same for the agent: first names ending in -a are women's.
    func ag(_ masculine: String, _ feminine: String) -> String {
        agent.split(separator: " ").first?.hasSuffix("a") == true ? feminine : masculine
    }
    var client: String { female ? "Klientka" : "Klient" }
    var clientAccusative: String { female ? "Klientkę" : "Klienta" }
    var clientDative: String { female ? "Klientce" : "Klientowi" }
    var pan: String { female ? "Pani" : "Pan" }

    var channelPhrase: String {
        switch Int(ticket.channel) {
        case SampleVocabulary.phone: return g("zadzwonił na infolinię", "zadzwoniła na infolinię")
        case SampleVocabulary.chat: return g("napisał na czacie", "napisała na czacie")
        case SampleVocabulary.social: return g("opisał sprawę na naszym profilu", "opisała sprawę na naszym profilu")
        case SampleVocabulary.inPerson: return g("przyszedł do punktu odbioru", "przyszła do punktu odbioru")
        default: return g("napisał maila", "napisała maila")
        }
    }

    static let products: [(String, Int)] = [
        ("ekspres do kawy", 124_900), ("odkurzacz bezprzewodowy", 109_900), ("sofę trzyosobową", 349_000),
        ("lampę stojącą", 45_900), ("komplet pościeli", 18_900), ("robot kuchenny", 89_900),
        ("fotel uszak", 159_000), ("głośnik bezprzewodowy", 44_900), ("szafkę RTV", 79_900),
        ("oczyszczacz powietrza", 139_000), ("czajnik elektryczny", 21_900), ("regał dębowy", 129_000),
        ("stół rozkładany", 234_900), ("zestaw garnków", 59_900), ("materac piankowy", 169_000),
        ("blender kielichowy", 64_900), ("komplet ręczników", 12_900), ("biurko z regulacją wysokości", 189_000),
    ]

    static let months = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                         "września", "października", "listopada", "grudnia"]

    static func polish(_ date: LocalDate) -> String { "\(date.day) \(months[date.month - 1]) \(date.year) r." }

    static func money(_ cents: Int) -> String {
        var writer = ByteWriter(capacity: 24)
        writer.polishMoney(cents)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
