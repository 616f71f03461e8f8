/// How to reach the second half of a tickets file: its size, a peek at its bytes, and a new
/// source that starts at a given offset.
struct TicketFileRest {
    let size: Int
    let probe: (_ offset: Int, _ count: Int) -> [UInt8]
    let open: (_ offset: Int) -> ByteSource?
}

/// tickets.csv is the longest job of a large build, so a big file is read by two readers at once:
/// one from the top, one from the first line break after the middle.
///
/// Whether that line break ends a record depends on every quote before it, which only the first
/// reader knows, so the split is a guess that the first reader checks when it gets there: it
/// pauses only if a record starts exactly at the split, outside quotes. The second half is kept
/// only if the guess held and both halves read cleanly (no error, no skipped row, no ticket_id in
/// both); otherwise the first reader simply reads on, and the result is the one-reader result in
/// every case, messages and line numbers included.
extension TicketLoader {
    /// The tickets, and whether the two halves were joined (`false`: the first reader read on
    /// alone); `nil` when the file has no place to split.
    func loadInHalves(_ head: TicketRows, reader: CSVReader, rest: TicketFileRest) -> (TicketLoadResult, joined: Bool)? {
        let middle = rest.size / 2
        guard middle > reader.byteOffset,
              let lineBreak = rest.probe(middle, 1 << 16).firstIndex(of: UInt8(ascii: "\n")),
              case let split = middle + lineBreak + 1, split < rest.size,
              let source = rest.open(split) else { return nil }
        let tail = TicketRows(table: CSVTable(continuing: head.table,
                                              reader: CSVReader(continuing: reader, from: source, offset: split, chunkSize: chunkSize)),
                              clientTypes: config.clientTypes.map(\.key), fileSize: source.size, secondHalf: true)
        reader.stopOffset = split
        nonisolated(unsafe) let (first, second) = (head, tail)
        _ = Parallel.both({ first.readAll() }, { second.readAll() })
        reader.stopOffset = nil
        guard reader.stoppedAtOffset, isClean(head), isClean(tail),
              !head.reader.firstLines.sharesAnyKey(with: tail.reader.firstLines) else {
            head.readAll()
            return (head.result, false)
        }
        let lines = reader.currentLine - 1
        head.append(tail, movedDownBy: lines)
        var log = head.table.log
        log.append(contentsOf: tail.table.log.shiftingLines(by: lines, in: head.table.file))
        return (TicketLoadResult(tickets: head.tickets, skipped: [], log: log), true)
    }

    private func isClean(_ part: TicketRows) -> Bool { !part.table.log.hasErrors && part.table.skipped.isEmpty }
}
