/// Typed readers for CSV cells that work on the raw bytes, so a million rows need no `String`s
/// and no formatters for their numbers and flags.
///
/// Every reader expects a cell already trimmed by `trimmed(_:)`; an empty cell means "missing"
/// and is the caller's business.
enum CellParser {
    /// The cell without leading and trailing spaces and tabs.
    @inline(__always)
    static func trimmed(_ cell: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard var start = cell.baseAddress else { return cell }
        var end = start + cell.count
        while start < end && (start.pointee == 0x20 || start.pointee == 0x09) { start += 1 }
        while end > start && (end[-1] == 0x20 || end[-1] == 0x09) { end -= 1 }
        return UnsafeBufferPointer(start: start, count: end - start)
    }

    /// `yes/no`, `true/false`, `1/0` or `tak/nie`, in any letter case.
    static func bool(_ cell: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch cell.count {
        case 1:
            if cell[0] == UInt8(ascii: "1") { return true }
            if cell[0] == UInt8(ascii: "0") { return false }
        case 2:
            if matches(cell, "no") { return false }
        case 3:
            if matches(cell, "yes") || matches(cell, "tak") { return true }
            if matches(cell, "nie") { return false }
        case 4:
            if matches(cell, "true") { return true }
        case 5:
            if matches(cell, "false") { return false }
        default:
            break
        }
        return nil
    }

    /// An optionally negative whole number of at most 18 digits.
    static func integer(_ cell: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0, negative = false
        if cell.count > 0 && cell[0] == UInt8(ascii: "-") { negative = true; i = 1 }
        let digits = cell.count - i
        guard digits > 0, digits <= 18 else { return nil }
        var value = 0
        while i < cell.count {
            let digit = cell[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            i += 1
        }
        return negative ? -value : value
    }

    /// `[-]digits[(.|,)digits]`: one decimal mark, either kind, and no thousands separators, so
    /// `1 234`, `1.234,5`, `.5`, `NaN` and `inf` are all rejected.
    static func decimal(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0, negative = false
        if cell.count > 0 && cell[0] == UInt8(ascii: "-") { negative = true; i = 1 }
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0, seenMark = false, digitsBeforeMark = 0
        while i < cell.count {
            let c = cell[i]
            let digit = c &- UInt8(ascii: "0")
            if digit < 10 {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(digit) }
                digits += 1
                if seenMark { fractionDigits += 1 }
            } else if (c == UInt8(ascii: ".") || c == UInt8(ascii: ",")) && !seenMark {
                seenMark = true
                digitsBeforeMark = digits
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, !seenMark || (digitsBeforeMark > 0 && fractionDigits > 0) else { return nil }
        // Past 15 digits the mantissa may not be an exact double; the standard library rounds correctly.
        if digits > 15 { return longDecimal(cell) }
        // Both operands are exact doubles, so the one division rounds correctly.
        var value = Double(mantissa)
        if fractionDigits > 0 { value /= powersOfTen[fractionDigits] }
        return negative ? -value : value
    }

    /// ASCII case-insensitive comparison; other bytes must be equal.
    static func equalIgnoringCase(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where lowercased(a[i]) != lowercased(b[i]) { return false }
        return true
    }

    @inline(__always)
    static func lowercased(_ c: UInt8) -> UInt8 {
        c &- UInt8(ascii: "A") < 26 ? c | 0x20 : c
    }
}

// MARK: - Helpers

private extension CellParser {
    static let powersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// Compares with a lowercase ASCII word, ignoring letter case in the cell.
    @inline(__always)
    static func matches(_ cell: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard cell.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0..<cell.count where lowercased(cell[i]) != w[i] { return false }
        return true
    }

    /// A long number, already checked to be digits and at most one mark, through the standard library.
    static func longDecimal(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
        let text = String(decoding: cell.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
