/// Typed cells of the current row; each reports its own problem and returns `nil` for a missing
/// or unreadable value, so a loader can read every column before deciding whether to keep the row.
extension CSVTable {
    /// The cell as a `String` (a short ASCII id in its inline form without a second look: the
    /// record's bytes were checked as UTF-8 when it was read).
    func string(_ column: Column) -> String? {
        cell(column).map { ShortASCIIString.string($0) }
    }

    /// The cell as a `String` shared with equal cells of other rows.
    func string(_ column: Column, interningIn interner: StringInterner) -> String? {
        cell(column).map(interner.string)
    }

    func instant(_ column: Column) -> Instant? {
        guard let cell = cell(column) else { return nil }
        switch timestamps.instant(cell) {
        case .success(let instant): return instant
        case .failure(let failure): reportTimestamp(failure, column: column, isDate: false); return nil
        }
    }

    /// A calendar date; a full timestamp is read as its local date.
    func date(_ column: Column) -> LocalDate? {
        guard let cell = cell(column) else { return nil }
        switch timestamps.date(cell) {
        case .success(let date): return date
        case .failure(let failure): reportTimestamp(failure, column: column, isDate: true); return nil
        }
    }

    func bool(_ column: Column) -> Bool? {
        guard let cell = cell(column) else { return nil }
        if let value = CellParser.bool(cell) { return value }
        report(column, "\(column.name): '\(text(of: column))' is not a yes/no value",
               hint: "expected yes/no, true/false, 1/0 or tak/nie")
        return nil
    }

    /// A whole number within `range`.
    func integer(_ column: Column, in range: ClosedRange<Int>) -> Int? {
        guard let cell = cell(column) else { return nil }
        if let value = CellParser.integer(cell), range.contains(value) { return value }
        report(column, "\(column.name): '\(text(of: column))' is not a whole number from "
               + "\(range.lowerBound) to \(range.upperBound)")
        return nil
    }

    /// A quantity or sum of money, which cannot be negative.
    func amount(_ column: Column) -> Double? {
        guard let cell = cell(column) else { return nil }
        guard let value = CellParser.decimal(cell) else {
            report(column, "\(column.name): '\(text(of: column))' is not a number",
                   hint: "write digits with at most one decimal mark (. or ,) and no thousands separators")
            return nil
        }
        guard value >= 0 else {
            report(column, "\(column.name): '\(text(of: column))' must not be negative")
            return nil
        }
        return value + 0  // turns -0 into 0
    }

    /// Index of the cell among `values` (ignoring letter case), with did-you-mean when it is not one.
    func choice(_ column: Column, among values: ChoiceList) -> Int? {
        guard let cell = cell(column) else { return nil }
        if let index = values.index(of: cell) { return index }
        let text = text(of: column)
        report(column, values.message(column.name, text), hint: Suggestion.hint(for: text, in: values.names))
        return nil
    }
}

/// The allowed values of an enumerated column, kept as bytes for matching and as names for messages.
struct ChoiceList {
    let names: [String]
    /// The message for a value that is not in the list, from the column name and the cell.
    let message: (String, String) -> String
    /// Every name's bytes back to back; name `k` is `bytes[offsets[k]..<offsets[k + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]

    init(_ names: [String], message: ((String, String) -> String)? = nil) {
        self.names = names
        bytes = names.flatMap { Array($0.utf8) }
        offsets = names.reduce(into: [0]) { offsets, name in offsets.append(offsets.last! + name.utf8.count) }
        let expected = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names.joined()
        self.message = message ?? { column, text in "\(column): unknown value '\(text)' (expected \(expected))" }
    }
}

extension ChoiceList {
    /// Index of the name equal to the cell, ignoring ASCII letter case.
    func index(of cell: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { all in
            for k in 0..<names.count where offsets[k + 1] - offsets[k] == cell.count {
                let name = UnsafeBufferPointer(rebasing: all[offsets[k]..<offsets[k + 1]])
                if CellParser.equalIgnoringCase(cell, name) { return k }
            }
            return nil
        }
    }
}

// MARK: - Timestamp messages

private extension CSVTable {
    func reportTimestamp(_ failure: TimestampParser.Failure, column: Column, isDate: Bool) {
        let text = text(of: column)
        let name = column.name
        switch failure {
        case .malformed:
            let hint = TimestampParser.isoSuggestion(for: text).map { "did you mean '\($0)'?" }
                ?? (isDate ? "expected YYYY-MM-DD"
                    : "expected YYYY-MM-DD, optionally followed by T or a space, HH:MM[:SS], and Z or ±HH:MM")
            report(column, "\(name): '\(text)' is not a \(isDate ? "date" : "timestamp")", hint: hint)
        case .invalidDate:
            report(column, "\(name): '\(text)' is not a valid date")
        case .invalidTime:
            report(column, "\(name): '\(text)' is not a valid time of day",
                   hint: text.contains("24:00") ? "write midnight as 00:00 of the next day" : nil)
        case .invalidOffset:
            report(column, "\(name): '\(text)' has an impossible UTC offset",
                   hint: "offsets run from -14:00 to +14:00")
        }
    }
}
