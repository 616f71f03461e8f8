private let lf = UInt8(ascii: "\n")
private let cr = UInt8(ascii: "\r")
private let quote = UInt8(ascii: "\"")
private let lfWord = ByteWords.repeated(lf)
private let crWord = ByteWords.repeated(cr)

/// Streams RFC 4180 records out of a `ByteSource` chunk by chunk, so memory follows the longest
/// record rather than the size of the file.
///
/// Handles a UTF-8 BOM, LF, CRLF and lone-CR line ends, quoted fields with delimiters, doubled
/// quotes and line breaks, and picks the delimiter from the header line unless one is given.
/// The first record is the header: its field count is what every later row must have.
final class CSVReader {
    /// What `next()` found.
    enum Step {
        case record(CSVRecord)
        case issue(CSVIssue)
        case end
    }

    static let defaultChunkSize = 1 << 20

    /// The delimiter in use; settled by the first `next()` when it is detected.
    private(set) var delimiter: UInt8
    /// Field count of the header; later rows with another count are reported as ragged.
    private(set) var expectedFieldCount: Int?

    private let source: ByteSource
    private let detectsDelimiter: Bool
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes of `buffer` holding data.
    private var end = 0
    /// Bytes dropped from the front of `buffer` so far, to give absolute offsets.
    private var discarded = 0
    private var atEOF = false
    private var started = false
    private var finished = false
    /// Set when `next()` ended at `stopOffset` rather than at the end of the file.
    private(set) var stoppedAtOffset = false

    /// An absolute offset where reading pauses if a record starts exactly there (see `next()`).
    var stopOffset: Int?
    /// The absolute offset of `source`'s first byte: 0, or where a continuing reader starts.
    let startOffset: Int

    // Scanner state, kept between calls so a record can straddle two chunks.
    private var pos = 0
    private var line = 1
    private var mode = Mode.recordStart
    private var skipsLF = false
    private var recordStart = 0
    private var recordLine = 1
    private var fieldStart = 0
    private var fieldLine = 1
    private var write = 0
    private var fieldCount = 0
    private var bounds: UnsafeMutablePointer<Int>
    private var boundsCapacity = 32
    /// The first problem met inside the current record (field number, 1-based).
    private var problem: (kind: CSVIssue.Kind, column: Int)?

    enum Mode { case recordStart, fieldStart, unquoted, quoted, quoteInQuoted, skipping }

    /// - Parameter delimiter: `nil` to detect `,` `;` or tab from the header line.
    init(source: ByteSource, delimiter: UInt8? = nil, chunkSize: Int = CSVReader.defaultChunkSize) {
        self.source = source
        self.delimiter = delimiter ?? UInt8(ascii: ",")
        self.detectsDelimiter = delimiter == nil
        startOffset = 0
        capacity = max(chunkSize, 1)
        buffer = .allocate(capacity: capacity)
        bounds = .allocate(capacity: 2 * boundsCapacity)
    }

    /// A reader for the rest of a file from a record boundary on, as the reader of its start would
    /// see it: same delimiter and field count, no BOM or header, lines counted from 1 at `source`'s
    /// first byte, byte offsets from `offset`.
    init(continuing head: CSVReader, from source: ByteSource, offset: Int, chunkSize: Int = CSVReader.defaultChunkSize) {
        self.source = source
        delimiter = head.delimiter
        detectsDelimiter = false
        expectedFieldCount = head.expectedFieldCount
        started = true
        discarded = offset
        startOffset = offset
        capacity = max(chunkSize, 1)
        buffer = .allocate(capacity: capacity)
        bounds = .allocate(capacity: 2 * boundsCapacity)
    }

    deinit {
        buffer.deallocate()
        bounds.deallocate()
    }

    /// Offset in the file (BOM included) just past the last record returned.
    var byteOffset: Int { discarded + pos }

    /// The line the reader is on: after a stop at `stopOffset`, the line that starts there.
    var currentLine: Int { line }

    /// The next record, a problem with the next record, or the end; a fatal issue ends the file.
    ///
    /// With a `stopOffset`, `.end` also comes when the next record would start exactly there,
    /// outside any quotes, which is what makes it a safe place to hand the rest of the file to
    /// another reader. Clearing `stopOffset` and calling again goes on from there.
    func next() -> Step {
        if stoppedAtOffset && stopOffset == nil { stoppedAtOffset = false; finished = false }
        if finished { return .end }
        if !started {
            started = true
            if let issue = prepare() { finished = true; return .issue(issue) }
        }
        while true {
            if scan() { return finishRecord() }
            if stoppedAtOffset { finished = true; return .end }
            if atEOF { return finishAtEndOfFile() }
            if let issue = refill() { finished = true; return .issue(issue) }
        }
    }
}

// MARK: - Records

private extension CSVReader {
    /// Runs the checks that need the whole record: quotes, field count, encoding.
    func finishRecord() -> Step {
        let count = fieldCount
        if let problem {
            return .issue(CSVIssue(kind: problem.kind, line: recordLine, column: problem.column))
        }
        if let expected = expectedFieldCount {
            if count != expected {
                let kind = CSVIssue.Kind.raggedRow(found: count, expected: expected)
                return .issue(CSVIssue(kind: kind, line: recordLine, column: min(count, expected) + 1))
            }
        } else {
            expectedFieldCount = count
        }
        let record = CSVRecord(line: recordLine, count: count, base: buffer, bounds: bounds)
        let raw = UnsafeBufferPointer(start: buffer + recordStart, count: pos - recordStart)
        // The raw bytes settle it for almost every row; only a failure needs the field-by-field look,
        // which also clears rows where in-place unquoting left a split character in the slack.
        if UTF8Validation.containsNonASCII(raw.baseAddress!, count: raw.count) && !UTF8Validation.isValid(raw) {
            for index in 0..<count where !UTF8Validation.isValid(record[index]) {
                let field = record[index]
                let offset = discarded + (field.baseAddress.map { $0 - UnsafePointer(buffer) } ?? 0) + UTF8Validation.firstInvalidOffset(field)
                return .issue(CSVIssue(kind: .invalidUTF8(byteOffset: offset), line: recordLine, column: index + 1))
            }
        }
        return .record(record)
    }

    /// Closes the record the file ends in, which need not end with a line break.
    func finishAtEndOfFile() -> Step {
        var n = fieldCount, b = bounds, cap = boundsCapacity
        switch mode {
        case .recordStart:
            finished = true
            return .end
        case .quoted:
            finished = true
            return .issue(CSVIssue(kind: .unterminatedQuote, line: fieldLine, column: fieldCount + 1))
        case .fieldStart:
            push(end, end, &n, &b, &cap)
        case .unquoted:
            push(fieldStart, end, &n, &b, &cap)
        case .quoteInQuoted, .skipping:
            push(fieldStart, write, &n, &b, &cap)
        }
        fieldCount = n
        pos = end
        mode = .recordStart
        return finishRecord()
    }

    /// Appends a field's bounds, growing the table for unusually wide rows.
    @inline(__always)
    func push(_ start: Int, _ stop: Int, _ n: inout Int, _ b: inout UnsafeMutablePointer<Int>, _ cap: inout Int) {
        if n == cap {
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: 4 * cap)
            grown.update(from: b, count: 2 * cap)
            b.deallocate()
            b = grown
            cap *= 2
            bounds = grown
            boundsCapacity = cap
        }
        b[2 * n] = start
        b[2 * n + 1] = stop
        n += 1
    }
}

// MARK: - Buffer

private extension CSVReader {
    /// Drops consumed bytes, grows the buffer if one record fills it, and reads the next chunk.
    func refill() -> CSVIssue? {
        let keep = mode == .recordStart ? pos : recordStart
        if keep > 0 {
            (buffer + 0).update(from: buffer + keep, count: end - keep)
            end -= keep
            pos -= keep
            recordStart -= keep
            fieldStart -= keep
            write -= keep
            for i in 0..<(2 * fieldCount) { bounds[i] -= keep }
            discarded += keep
        }
        if end == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * capacity)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        }
        guard let n = source.read(into: UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end)) else {
            return CSVIssue(kind: .readFailed(source.failureReason), line: line, column: nil)
        }
        if n == 0 { atEOF = true } else { end += n }
        return nil
    }

    /// Skips a BOM and, when asked, picks the delimiter that occurs most in the header line.
    func prepare() -> CSVIssue? {
        while end < 3 && !atEOF {
            if let issue = refill() { return issue }
        }
        if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { pos = 3 }
        guard detectsDelimiter else { return nil }
        while true {
            var counts = (comma: 0, semicolon: 0, tab: 0)
            var inQuotes = false, complete = false
            var i = pos
            while i < end {
                let c = buffer[i]
                if c == UInt8(ascii: "\"") {
                    inQuotes.toggle()
                } else if !inQuotes {
                    if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { complete = true; break }
                    if c == UInt8(ascii: ",") { counts.comma += 1 }
                    if c == UInt8(ascii: ";") { counts.semicolon += 1 }
                    if c == UInt8(ascii: "\t") { counts.tab += 1 }
                }
                i += 1
            }
            if complete || atEOF {
                // Ties go to the comma, then the semicolon: the more common export formats.
                if counts.semicolon > counts.comma && counts.semicolon >= counts.tab {
                    delimiter = UInt8(ascii: ";")
                } else if counts.tab > counts.comma && counts.tab > counts.semicolon {
                    delimiter = UInt8(ascii: "\t")
                }
                return nil
            }
            if let issue = refill() { return issue }
        }
    }
}

// MARK: - Scanning

private extension CSVReader {
    /// Advances through the buffer until one record is complete (`true`) or the data runs out
    /// (`false`), leaving the state so the next chunk continues where this one stopped.
    ///
    /// Quoted fields are unescaped in place: the write cursor trails the read cursor, so a field's
    /// bytes end up contiguous without a copy.
    func scan() -> Bool {
        // Locals, not properties, in the loop: the optimiser keeps them in registers.
        let buf = buffer, end = self.end, d = delimiter
        let dWord = ByteWords.repeated(d)
        var p = pos, mode = self.mode, start = fieldStart, w = write, line = self.line
        var n = fieldCount, b = bounds, cap = boundsCapacity, skipsLF = self.skipsLF
        let stop = stopOffset.map { $0 - discarded } ?? -1
        defer {
            pos = p; self.mode = mode; fieldStart = start; write = w; self.line = line; fieldCount = n
            self.skipsLF = skipsLF
        }
        while true {
            switch mode {
            case .recordStart:
                // A CR ends a line on its own; an LF right after it belongs to the same line end.
                while p < end {
                    if p == stop && !skipsLF { stoppedAtOffset = true; return false }
                    let c = buf[p]
                    if c == lf {
                        if skipsLF { skipsLF = false } else { line += 1 }
                    } else if c == cr {
                        line += 1
                        skipsLF = true
                    } else {
                        break
                    }
                    p += 1
                }
                if p == end { return false }
                skipsLF = false
                recordStart = p
                recordLine = line
                n = 0
                problem = nil
                mode = .fieldStart
                fallthrough
            case .fieldStart:
                if p == end { return false }
                if buf[p] == quote {
                    p += 1
                    start = p
                    w = p
                    fieldLine = line
                    mode = .quoted
                    continue
                }
                start = p
                mode = .unquoted
                fallthrough
            case .unquoted, .skipping:
                // Eight bytes at a time: most fields end within the first word or two.
                var found = false
                while p + 8 <= end {
                    let word = UnsafeRawPointer(buf + p).loadUnaligned(as: UInt64.self)
                    let hits = ByteWords.zeroBytes(word ^ dWord) | ByteWords.zeroBytes(word ^ lfWord)
                        | ByteWords.zeroBytes(word ^ crWord)
                    if hits != 0 {
                        p += hits.trailingZeroBitCount >> 3
                        found = true
                        break
                    }
                    p += 8
                }
                if !found {
                    while p < end {
                        let c = buf[p]
                        if c == d || c == lf || c == cr { break }
                        p += 1
                    }
                    if p == end { return false }
                }
                push(start, mode == .unquoted ? p : w, &n, &b, &cap)
                let c = buf[p]
                p += 1
                if c == d {
                    mode = .fieldStart
                    continue
                }
                line += 1
                skipsLF = c == cr
                mode = .recordStart
                return true
            case .quoted:
                while p < end {
                    let c = buf[p]
                    if c == quote { break }
                    if c == lf { line += 1 }
                    buf[w] = c
                    w += 1
                    p += 1
                }
                if p == end { return false }
                p += 1
                mode = .quoteInQuoted
                fallthrough
            case .quoteInQuoted:
                if p == end { return false }
                let c = buf[p]
                if c == quote {
                    buf[w] = quote
                    w += 1
                    p += 1
                    mode = .quoted
                    continue
                }
                if c == d || c == lf || c == cr {
                    push(start, w, &n, &b, &cap)
                    p += 1
                    if c == d {
                        mode = .fieldStart
                        continue
                    }
                    line += 1
                    skipsLF = c == cr
                    mode = .recordStart
                    return true
                }
                // `"abc"def`: keep reading to the end of the field so the next row starts in the right place.
                if problem == nil { problem = (.textAfterClosingQuote, n + 1) }
                mode = .skipping
            }
        }
    }
}
