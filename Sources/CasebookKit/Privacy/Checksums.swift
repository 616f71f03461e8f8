/// The check digits of the Polish identifiers and payment numbers casebook looks for, so that
/// a number that merely has the right length (an order number, a date run together) is not
/// taken for personal data.
enum Checksums {
    /// PESEL: weights 1-3-7-9 over the first ten digits, and a birth date that exists
    /// (the month carries the century: +80 for 1800s, +0, +20, +40, +60 for 1900s–2200s).
    static func isPESEL(_ d: [Int]) -> Bool {
        guard d.count == 11 else { return false }
        let weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        let sum = zip(d, weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard (10 - sum % 10) % 10 == d[10] else { return false }
        let yy = d[0] * 10 + d[1], mm = d[2] * 10 + d[3], dd = d[4] * 10 + d[5]
        let century: Int
        switch mm {
        case 81...92: century = 1800
        case 1...12: century = 1900
        case 21...32: century = 2000
        case 41...52: century = 2100
        case 61...72: century = 2200
        default: return false
        }
        return LocalDate(year: century + yy, month: mm % 20, day: dd) != nil
    }

    /// NIP: weights 6-5-7-2-3-4-5-6-7 modulo 11 give the last digit (a remainder of 10 is never issued).
    static func isNIP(_ d: [Int]) -> Bool {
        guard d.count == 10 else { return false }
        let weights = [6, 5, 7, 2, 3, 4, 5, 6, 7]
        let check = zip(d, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
        return check != 10 && check == d[9]
    }

    /// A Polish IBAN (or the 26-digit NRB without "PL"): "PL" and the two check digits moved to
    /// the end, letters as 25 and 21, the whole number modulo 97 is 1.
    static func isPolishIBAN(_ d: [Int]) -> Bool {
        guard d.count == 26 else { return false }
        let rearranged = Array(d[2...]) + [2, 5, 2, 1] + Array(d[..<2])
        return rearranged.reduce(0) { ($0 * 10 + $1) % 97 } == 1
    }

    /// Payment card numbers: 13–19 digits passing Luhn, from the issuer ranges that start with 2–6.
    static func isCard(_ d: [Int]) -> Bool {
        guard (13...19).contains(d.count), (2...6).contains(d[0]) else { return false }
        var sum = 0
        for (i, digit) in d.reversed().enumerated() {
            let doubled = i % 2 == 1 ? digit * 2 : digit
            sum += doubled > 9 ? doubled - 9 : doubled
        }
        return sum % 10 == 0
    }
}
