// libFuzzer entry for the CSV reader and the two loaders built on it.
//
// The first byte picks the chunk size, the delimiter mode and which loader runs; the rest is the
// file. Besides "no crash, no hang", it checks that the records do not depend on where the chunk
// boundaries fall: the same bytes read in one piece must give the same steps.

private let warsaw = TimeZoneRules(identifier: "Europe/Warsaw")!

/// Every step of a read, as plain values that outlive the reader's buffer.
private enum Seen: Equatable {
    case record(line: Int, fields: [[UInt8]])
    case issue(CSVIssue)
}

private func readAll(_ bytes: [UInt8], chunkSize: Int, readSize: Int, delimiter: UInt8?) -> [Seen] {
    let reader = CSVReader(source: MemoryByteSource(bytes, chunkSize: readSize), delimiter: delimiter,
                           chunkSize: chunkSize)
    var seen: [Seen] = []
    while true {
        switch reader.next() {
        case .end:
            return seen
        case .issue(let issue):
            seen.append(.issue(issue))
        case .record(let record):
            precondition(record.line >= 1, "record line \(record.line)")
            let fields = (0..<record.count).map { Array(record[$0]) }
            // The reader promises valid UTF-8 in every field it hands out.
            for field in fields { precondition(String(validating: field, as: UTF8.self) != nil, "invalid UTF-8 passed") }
            seen.append(.record(line: record.line, fields: fields))
        }
        // A file of n bytes has at most n + 1 records and issues; more means the reader loops.
        precondition(seen.count <= bytes.count + 2, "reader does not advance")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let control = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let chunkSize = 1 + Int(control & 0x07)  // 1...8 bytes: boundaries land inside every construct
    let readSize = 1 + Int((control >> 3) & 0x03)
    let delimiters: [UInt8?] = [nil, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
    let delimiter = delimiters[Int((control >> 5) & 0x03)]

    let small = readAll(bytes, chunkSize: chunkSize, readSize: readSize, delimiter: delimiter)
    let whole = readAll(bytes, chunkSize: CSVReader.defaultChunkSize, readSize: .max, delimiter: delimiter)
    precondition(small == whole, "records depend on chunk boundaries")

    var config = SiteConfig()
    if let delimiter {
        config.tickets.delimiter = .fixed(delimiter)
        config.orders.delimiter = .fixed(delimiter)
    }
    if control & 0x80 == 0 {
        var loader = TicketLoader(config: config, zone: warsaw, lenient: control & 0x01 == 0)
        loader.chunkSize = chunkSize
        let result = loader.load(bytes: bytes, displayPath: "tickets.csv")
        // Strict mode keeps no ticket from a file with errors in its rows.
        if !loader.lenient && result.log.hasErrors { precondition(result.skipped.isEmpty, "strict mode skipped rows") }
        for diagnostic in result.log.diagnostics { _ = diagnostic.description }
    } else {
        var loader = OrderLoader(config: config, zone: warsaw, lenient: control & 0x01 == 0)
        loader.chunkSize = chunkSize
        let result = loader.load(bytes: bytes, displayPath: "orders.csv")
        for diagnostic in result.log.diagnostics { _ = diagnostic.description }
    }
    return 0
}
