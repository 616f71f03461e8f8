/// Reading a block of table entries before they are needed, so that their cache misses overlap
/// instead of following one another (`StringNumbering.insertAll`, the per-ticket facts).
enum ReadAhead {
    /// Gives the values read ahead a use, so that the reads are not optimised away (left
    /// unoptimised itself, so that its unused argument is not dropped either).
    @_optimize(none)
    static func keep(_ value: UInt64) {}
}
