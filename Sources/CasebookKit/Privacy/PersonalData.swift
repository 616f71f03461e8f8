/// A piece of a customer's personal data found in text, which RODO (GDPR) keeps off an
/// intranet page unless someone decided it may be there.
struct PersonalData: Equatable, Sendable {
    enum Kind: String, Sendable {
        case email = "e-mail address"
        case phone = "phone number"
        case pesel = "PESEL"
        case nip = "NIP"
        case iban = "bank account number"
        case card = "payment card number"
    }

    var kind: Kind
    /// The text as written, for the allow-list; never printed.
    var text: String
    /// 1-based, in characters, within its line.
    var column: Int

    /// What a report may show: enough to find it again, not enough to read it.
    var masked: String {
        switch kind {
        case .email:
            let parts = text.split(separator: "@", maxSplits: 1)
            let top = parts.last?.split(separator: ".").last ?? ""
            return "\(parts.first?.prefix(1) ?? "")***@***.\(top)"
        default:
            let digits = text.filter(\.isNumber)
            return String(repeating: "*", count: max(0, digits.count - 3)) + digits.suffix(3)
        }
    }

    /// Digits and letters only, lowercased: how written forms are compared with the allow-list.
    static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "@" || $0 == "." })
    }
}
