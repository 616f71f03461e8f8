/// Where a `TicketRowReader` puts the tickets it makes.
protocol TicketSink {
    var count: Int { get }
    mutating func reserveCapacity(_ minimumCapacity: Int)
    mutating func append(_ ticket: __owned Ticket)
}

extension Array: TicketSink where Element == Ticket {}

/// Tickets in memory of their own, each moved in as it is made, all moved out at once: the
/// second half of a tickets.csv read in halves, which is then moved onto the end of the first.
///
/// As an `Array`, the second half was copied onto the first, every string of every ticket
/// retained, and then destroyed, every string released: about 45 ms on one core at 1,000,000
/// tickets while the other waited (perf). `Array.append` also copied each new ticket once and
/// destroyed the original, which `initialize(to:)` here does not.
final class TicketBuffer: TicketSink {
    // Unchecked: the buffer belongs to one reader on one thread, and the runtime's check of each
    // access to a class's property cost more than the append itself.
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<Ticket>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func reserveCapacity(_ minimumCapacity: Int) {
        if minimumCapacity > capacity { grow(to: minimumCapacity) }
    }

    @inline(__always)
    func append(_ ticket: __owned Ticket) {
        if count == capacity { grow(to: capacity * 2) }
        (base + count).initialize(to: ticket)
        count += 1
    }

    /// Moves every ticket onto the end of `tickets`, each `lines` lines further down; this
    /// buffer is left empty.
    func moveAll(appendingTo tickets: inout [Ticket], movedDownBy lines: Int) {
        tickets.append(contentsOf: Moved(base: base, count: count, lineShift: lines))
        count = 0
    }

    private func grow(to newCapacity: Int) {
        let grown = UnsafeMutablePointer<Ticket>.allocate(capacity: newCapacity)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    /// The buffer's tickets as a sequence that moves them out, bytes and all, when `Array`
    /// appends it (through `_copyContents`, which `append(contentsOf:)` calls), adding
    /// `lineShift` to each one's line. Read once.
    struct Moved: Sequence {
        let base: UnsafeMutablePointer<Ticket>
        let count: Int
        let lineShift: Int

        var underestimatedCount: Int { count }

        func makeIterator() -> Iterator { Iterator(moved: self, position: 0) }

        func _copyContents(initializing target: UnsafeMutableBufferPointer<Ticket>) -> (Iterator, Int) {
            let moved = Swift.min(count, target.count)
            if moved > 0 { move(moved, to: target.baseAddress!) }
            return (Iterator(moved: self, position: moved), moved)
        }

        /// In two halves at once when there are many: the target is fresh memory, and faulting
        /// its pages in was most of the join (88 MiB at 1,000,000 tickets: 50 ms on one core
        /// while the other waited, perf). The lines are shifted a block at a time, while the
        /// block is still in the cache.
        private func move(_ count: Int, to target: UnsafeMutablePointer<Ticket>) {
            nonisolated(unsafe) let (source, target) = (base, target)
            let shift = lineShift
            @Sendable func move(_ range: Range<Int>) {
                for start in stride(from: range.lowerBound, to: range.upperBound, by: 2048) {
                    let end = Swift.min(start + 2048, range.upperBound)
                    (target + start).moveInitialize(from: source + start, count: end - start)
                    for index in start..<end { target[index].line += shift }
                }
            }
            guard count >= 1 << 16 else { return move(0..<count) }
            _ = Parallel.both({ move(0..<count / 2) }, { move(count / 2..<count) })
        }

        struct Iterator: IteratorProtocol {
            let moved: Moved
            var position: Int

            mutating func next() -> Ticket? {
                guard position < moved.count else { return nil }
                defer { position += 1 }
                var ticket = (moved.base + position).move()
                ticket.line += moved.lineShift
                return ticket
            }
        }
    }
}
