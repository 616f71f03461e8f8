/// One CSV record as byte ranges in `CSVReader`'s buffer; valid only until the reader's next `next()`.
///
/// Fields stay raw bytes (quotes already removed) so the loaders can parse numbers and timestamps
/// without making a `String` for every cell.
struct CSVRecord {
    /// 1-based line where the record starts.
    let line: Int
    /// Number of fields.
    let count: Int
    let base: UnsafePointer<UInt8>
    /// `count` pairs of (start, end) offsets from `base`.
    let bounds: UnsafePointer<Int>

    /// The bytes of field `index` (0-based).
    @inline(__always)
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = bounds[2 * index], end = bounds[2 * index + 1]
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }

    /// Field `index` (0-based) as text; the reader has already checked that it is valid UTF-8.
    func string(at index: Int) -> String { String(decoding: self[index], as: UTF8.self) }

    /// Every field as text.
    var strings: [String] { (0..<count).map(string(at:)) }
}

/// A problem with the CSV structure itself (quotes, field count, encoding) rather than with a value.
struct CSVIssue: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case unterminatedQuote
        case textAfterClosingQuote
        case raggedRow(found: Int, expected: Int)
        /// `byteOffset` counts from the start of the file (exact for unquoted fields).
        case invalidUTF8(byteOffset: Int)
        case readFailed(String)
    }

    let kind: Kind
    /// 1-based line: where the record starts, or for an unterminated quote, where the quote opened.
    let line: Int
    /// 1-based field number, when the problem is in one field.
    let column: Int?

    /// True when nothing after this point can be read, so it cannot be skipped as one bad row.
    var isFatal: Bool {
        switch kind {
        case .unterminatedQuote, .readFailed: return true
        case .textAfterClosingQuote, .raggedRow, .invalidUTF8: return false
        }
    }

    var message: String {
        switch kind {
        case .unterminatedQuote:
            return "unterminated quote: the quote that opens this field is never closed"
        case .textAfterClosingQuote:
            return "unexpected text after the closing quote of a quoted field"
        case let .raggedRow(found, expected):
            return "row has \(found) field\(found == 1 ? "" : "s"), but the header has \(expected)"
        case let .invalidUTF8(offset):
            return "text is not valid UTF-8 (byte offset \(offset))"
        case let .readFailed(reason):
            return "could not read the file: \(reason)"
        }
    }

    var hint: String? {
        switch kind {
        case .unterminatedQuote: return "the rest of the file was read as this one field"
        case .textAfterClosingQuote: return "write a quote inside a quoted field as two quotes (\"\")"
        case .invalidUTF8: return "save the export as UTF-8 (it may be in Windows-1250 or ISO-8859-2)"
        case .raggedRow, .readFailed: return nil
        }
    }
}
