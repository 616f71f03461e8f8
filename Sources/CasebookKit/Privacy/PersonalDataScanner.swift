#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds e-mail addresses, Polish phone numbers, PESEL, NIP, Polish IBANs and payment card
/// numbers in case write-ups, line by line, with their columns.
///
/// Numbers are found as runs of digits with single spaces or hyphens between groups, and
/// classified by their digit count and grouping, then confirmed by their check digits, so that
/// dates, ticket ids and amounts do not trigger. Phone numbers have no check digit: they count
/// when written with +48, grouped as 3-3-3 or 2-3-2-2, or as nine digits from a mobile range.
struct PersonalDataScanner: Sendable {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// The marker that allows what is found on its line, e.g. `<!-- casebook:allow-pii -->`.
    static let allowMarker = "casebook:allow-pii"

    /// Normalized forms of values site.yml's `privacy.allow` lets through (the company's own
    /// e-mail address or NIP, say).
    let allowed: Set<String>

    init(allowed: [String] = []) {
        self.allowed = Set(allowed.map(PersonalData.normalized))
    }

    /// One error per finding, at its line and column in `file` (the text is the whole file).
    func diagnostics(for text: String, file: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        // Lines are split on bytes: "\r\n" is one Character, so a Character split left a CRLF
        // file as one line (every finding on line 1, one marker allowing the whole file).
        let marker = Array(Self.allowMarker.utf8)
        // Each line is scanned where it lies in the text's bytes: copying every line into an
        // array of its own first was a fifth of the scan.
        var text = text
        text.withUTF8 { bytes in
            var start = 0, index = 0
            while start <= bytes.count {
                let end = start == bytes.count ? start
                    : memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start)
                        .map { UnsafeRawPointer(bytes.baseAddress!).distance(to: UnsafeRawPointer($0)) } ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                // The marker is looked for only on a line with findings: most lines have none.
                let findings = scan(line)
                if !findings.isEmpty, line.firstRange(ofBytes: marker) == nil {
                    for found in findings where !allowed.contains(PersonalData.normalized(found.text)) {
                        result.append(.error("personal data in a case write-up: \(found.kind.rawValue) \(found.masked)",
                                             at: SourceLocation(file: file, line: index + 1, column: found.column),
                                             hint: "remove it (RODO); if it may be published, put <!-- \(Self.allowMarker) --> on the line or list it under privacy.allow in site.yml"))
                    }
                }
                start = end + 1
                index += 1
            }
        }
        return result
    }

    /// Every finding in one line.
    func scan(_ line: Substring) -> [PersonalData] { scan(Array(line.utf8)) }

    func scan(_ bytes: [UInt8]) -> [PersonalData] { bytes.withUnsafeBufferPointer { scan($0) } }

    func scan(_ bytes: Bytes) -> [PersonalData] {
        var found: [PersonalData] = []
        var i = 0
        while i < bytes.count {
            // Only an '@' or a digit starts a finding: eight bytes with neither are passed over
            // at once (one byte at a time, this loop was 24,000 instructions a write-up).
            if i + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if !Self.hasDigitOrAt(word) {
                    i += 8
                    continue
                }
            }
            if bytes[i] == UInt8(ascii: "@"), let email = email(around: i, in: bytes) {
                found.removeAll { $0.kind != .email && $0.column >= column(of: email.start, in: bytes) }
                found.append(PersonalData(kind: .email, text: text(bytes, email.start, email.end), column: column(of: email.start, in: bytes)))
                i = email.end
                continue
            }
            if isDigit(bytes[i]), i == 0 || !isWordByte(bytes[i - 1]) || startsAfterPL(i, in: bytes), let number = number(at: i, in: bytes) {
                if let kind = classify(number, in: bytes) {
                    let start = number.prefixStart
                    found.append(PersonalData(kind: kind, text: text(bytes, start, number.end), column: column(of: start, in: bytes)))
                }
                i = number.end
                continue
            }
            i += 1
        }
        return found
    }
}

extension PersonalDataScanner {
    /// Whether any byte of `word` is an ASCII digit or '@' (0x30–0x40, all but ':' to '?'; those
    /// few only cost a look byte by byte). Bytes from 0x80 on (UTF-8 of Polish letters) are neither.
    @inline(__always)
    static func hasDigitOrAt(_ word: UInt64) -> Bool {
        // Bit Twiddling Hacks' hasbetween(x, 0x2F, 0x41): a byte strictly between the two, for bytes below 0x80.
        let ones = ByteWords.ones, low7 = word & (ones &* 127)
        return (((ones &* (127 + 0x41)) &- low7) & ~word & (low7 &+ ones &* (127 - 0x2F)) & (ones &* 128)) != 0
    }
}

// MARK: - E-mail addresses

private extension PersonalDataScanner {
    func email(around at: Int, in b: Bytes) -> (start: Int, end: Int)? {
        var start = at
        while start > 0, isLocalByte(b[start - 1]) { start -= 1 }
        var end = at + 1
        while end < b.count, isAlnum(b[end]) || b[end] == UInt8(ascii: "-") || b[end] == UInt8(ascii: ".") { end += 1 }
        while end > at + 1, b[end - 1] == UInt8(ascii: ".") { end -= 1 }  // a full stop ends the sentence, not the domain
        guard start < at, end > at + 1 else { return nil }
        let domain = b[(at + 1)..<end]
        guard let dot = domain.lastIndex(of: UInt8(ascii: ".")), end - dot - 1 >= 2,
              b[(dot + 1)..<end].allSatisfy(isLetter) else { return nil }
        return (start, end)
    }

    func isLocalByte(_ c: UInt8) -> Bool {
        isAlnum(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "%") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
    }
}

// MARK: - Numbers

// Internal rather than private: a test holds `classify` to `fewestDigits`.
extension PersonalDataScanner {
    struct Number {
        var digits: [Int]
        /// Digits per group, separated by single spaces or hyphens.
        var groups: [Int]
        /// Where the number starts, including a "+" or "PL" before it.
        var prefixStart: Int
        var end: Int
        var plus: Bool
        var countryPL: Bool
    }

    /// The fewest digits of any kind `classify` finds (a nine-digit phone number).
    static let fewestDigits = 9

    func number(at start: Int, in b: Bytes) -> Number? {
        // Where the number ends and how many digits it has are found first, without keeping the
        // digits: most numbers in a write-up are dates, times and amounts too short to be anything,
        // and two arrays for each of them were most of the scan.
        var count = 0, i = start
        while i < b.count {
            if isDigit(b[i]) {
                count += 1
                i += 1
            } else if (b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "-")), i + 1 < b.count, isDigit(b[i + 1]), count < 40 {
                i += 1
            } else {
                break
            }
        }
        guard count >= Self.fewestDigits else {
            return isGlued(at: i, in: b) ? nil : Number(digits: [], groups: [], prefixStart: start, end: i, plus: false, countryPL: false)
        }
        // Between `start` and `i` there are only digits and the single separators between groups.
        var digits: [Int] = [], groups: [Int] = [], current = 0
        digits.reserveCapacity(count)
        for position in start..<i {
            if isDigit(b[position]) {
                digits.append(Int(b[position] - 48))
                current += 1
            } else {
                groups.append(current)
                current = 0
            }
        }
        groups.append(current)
        if isGlued(at: i, in: b) { return nil }
        var number = Number(digits: digits, groups: groups, prefixStart: start, end: i, plus: false, countryPL: false)
        if start > 0, b[start - 1] == UInt8(ascii: "+") {
            number.plus = true
            number.prefixStart = start - 1
        } else if startsAfterPL(start, in: b) {
            number.countryPL = true
            number.prefixStart = start - 2
        }
        return number
    }

    /// A number glued to letters ("ZAM12345", "12345abc") is an identifier, not one of ours.
    func isGlued(at i: Int, in b: Bytes) -> Bool {
        i < b.count && (isAlnum(b[i]) || b[i] >= 0x80 || b[i] == UInt8(ascii: "_") || b[i] == UInt8(ascii: "/")
            || (i + 1 < b.count && isWordByte(b[i]) && isAlnum(b[i + 1])))
    }

    /// "PL61 1090…": the country code of an IBAN, itself standing alone.
    func startsAfterPL(_ i: Int, in b: Bytes) -> Bool {
        i >= 2 && (b[i - 2] | 0x20) == UInt8(ascii: "p") && (b[i - 1] | 0x20) == UInt8(ascii: "l") && (i == 2 || !isWordByte(b[i - 3]))
    }

    func classify(_ n: Number, in b: Bytes) -> PersonalData.Kind? {
        let d = n.digits, g = n.groups, single = g.count == 1
        if n.plus || (d.count == 13 && d.starts(with: [0, 0, 4, 8])) {
            let national = Array(d.dropFirst(n.plus ? 2 : 4))
            return d.count == (n.plus ? 11 : 13) && d[n.plus ? 0 : 2] == 4 && d[n.plus ? 1 : 3] == 8 && national[0] != 0 ? .phone : nil
        }
        if d.count == 26, single || (g.first == 2 && g.dropFirst().allSatisfy { $0 == 4 }) {
            return Checksums.isPolishIBAN(d) ? .iban : nil
        }
        if n.countryPL { return nil }
        if (13...19).contains(d.count), single || g.dropLast().allSatisfy({ $0 == 4 }) || g == [4, 6, 5] || g == [4, 6, 4] {
            return Checksums.isCard(d) ? .card : nil
        }
        if d.count == 11, single { return Checksums.isPESEL(d) ? .pesel : nil }
        if d.count == 10, single || g == [3, 3, 2, 2] || g == [3, 2, 2, 3] { return Checksums.isNIP(d) ? .nip : nil }
        if d.count == 9, d[0] != 0 {
            if g == [3, 3, 3] || g == [2, 3, 2, 2] { return .phone }
            if single, (4...8).contains(d[0]) { return .phone }
        }
        return nil
    }
}

// MARK: - Bytes

private extension PersonalDataScanner {
    func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
    func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isLetter(c) }
    /// Letters, digits, non-ASCII (Polish letters) and the joiners of identifiers such as ZG-1042 or a/12.
    func isWordByte(_ c: UInt8) -> Bool {
        isAlnum(c) || c >= 0x80 || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: "/") || c == UInt8(ascii: ".") || c == UInt8(ascii: ",")
    }

    func column(of index: Int, in b: Bytes) -> Int {
        b[..<index].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    func text(_ b: Bytes, _ start: Int, _ end: Int) -> String { String(decoding: b[start..<end], as: UTF8.self) }
}
