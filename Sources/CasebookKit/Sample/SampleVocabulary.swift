/// The fixed vocabulary of the sample: channels, categories, client types and the team, with the
/// shares a Polish home-and-electronics shop would see.
enum SampleVocabulary {
    static let channels = ["email", "phone", "chat", "social", "in_person"]
    static let channelShare = [0.45, 0.25, 0.19, 0.07, 0.04]
    static let email = 0, phone = 1, chat = 2, social = 3, inPerson = 4

    /// Free-text categories, as the helpdesk names them.
    static let categories = ["dostawa", "jakość", "zwrot", "gwarancja", "płatność", "obsługa", "uszkodzenie", "faktura"]
    /// ASCII forms for tags and file names.
    static let categorySlugs = ["dostawa", "jakosc", "zwrot", "gwarancja", "platnosc", "obsluga", "uszkodzenie", "faktura"]
    static let categoryShare = [0.24, 0.20, 0.17, 0.10, 0.06, 0.08, 0.10, 0.05]
    static let delivery = 0, quality = 1, refund = 2, warranty = 3, payment = 4, service = 5, damage = 6, invoice = 7

    /// The default taxonomy of content.md, in its order.
    static let clientTypes = ["justified_slow", "unjustified_claim", "emotional", "perfectionist", "narcissist",
                              "debtor", "envious", "dislikes_us", "confused", "indecisive", "threatening"]
    static let clientTypeShare = [0.25, 0.08, 0.14, 0.09, 0.04, 0.03, 0.03, 0.03, 0.18, 0.07, 0.06]
    static let justifiedSlow = 0, unjustifiedClaim = 1, emotional = 2, perfectionist = 3, narcissist = 4,
               debtor = 5, envious = 6, dislikesUs = 7, confused = 8, indecisive = 9, threatening = 10
    /// How much longer a ticket of each client type takes to handle.
    static let clientTypeEffort = [2.0, 2.0, 1.5, 2.5, 3.0, 2.0, 1.3, 1.5, 1.6, 1.8, 3.0]

    static let outcomes = ["accepted", "rejected", "partial", "withdrawn"]
    static let accepted = 0, rejected = 1, partial = 2, withdrawn = 3

    struct Agent {
        let name: String
        /// Share of the tickets the agent takes.
        let share: Double
        /// > 1: answers more slowly than the team.
        let pace: Double
    }

    /// Pseudonymous first name + initial, as the team signs its replies.
    static let agents: [Agent] = [
        Agent(name: "Marta W.", share: 1.3, pace: 0.8),
        Agent(name: "Tomasz R.", share: 1.2, pace: 0.9),
        Agent(name: "Karolina M.", share: 1.0, pace: 0.85),
        Agent(name: "Ewa S.", share: 0.8, pace: 1.0),
        Agent(name: "Paweł D.", share: 0.6, pace: 1.1),
        Agent(name: "Anna K.", share: 0.3, pace: 0.7),
        Agent(name: "Michał P.", share: 1.0, pace: 1.25),
        Agent(name: "Katarzyna L.", share: 1.0, pace: 1.0),
        Agent(name: "Piotr N.", share: 0.9, pace: 1.4),
        Agent(name: "Agnieszka Z.", share: 1.0, pace: 0.95),
        Agent(name: "Łukasz G.", share: 0.8, pace: 1.15),
        Agent(name: "Joanna C.", share: 0.9, pace: 1.05),
    ]
    static let socialAgent = 3
    static let agentShare = agents.map(\.share)
}
