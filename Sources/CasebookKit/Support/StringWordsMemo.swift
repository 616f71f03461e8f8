/// Numbers of strings seen before, found by the two words a `String` is made of: equal words are
/// the same string (the same inline text, or the same shared storage), so a column whose values
/// are a few shared strings is numbered without hashing its text. The ticket reader shares each
/// agent's string between rows (`StringInterner`, or the inline text itself), and numbering the
/// agent of each of a million tickets by its text cost about 130 instructions a ticket more.
///
/// Different words may still be equal text (two copies of one value); such a string is simply
/// looked up by its text, as it would be without the memo. The memo keeps at most `capacity`
/// strings, searched in order: it is meant for columns of a few dozen values.
struct StringWordsMemo {
    private var words: [(UInt64, UInt64)] = []
    private var numbers: [Int32] = []
    private var retained: [String] = []
    let capacity: Int

    init(capacity: Int = 64) { self.capacity = capacity }

    /// `text`'s number: from the memo when these exact words were seen, else from `number(text)`,
    /// which the memo then remembers.
    @inline(__always)
    mutating func number(of text: String, _ number: (String) -> Int32) -> Int32 {
        let key = unsafeBitCast(text, to: (UInt64, UInt64).self)
        for index in words.indices where words[index] == key { return numbers[index] }
        let found = number(text)
        if words.count < capacity {
            words.append(key)
            numbers.append(found)
            // Kept alive, so the storage these words point to is never another string's.
            retained.append(text)
        }
        return found
    }
}
