/// Finding a run of bytes in bytes.
///
/// Written out because `firstRange(of:)` on `[UInt8]` resolves to Foundation's generic
/// `DataProtocol` version, which was 90 % of the privacy scan's time (10,000 case files).
extension Collection<UInt8> where Index == Int {
    /// Where `needle` first occurs, or `nil`; an empty needle occurs at the start.
    func firstRange(ofBytes needle: [UInt8]) -> Range<Int>? {
        guard let head = needle.first else { return startIndex..<startIndex }
        guard count >= needle.count else { return nil }
        var index = startIndex
        let last = endIndex - needle.count
        while index <= last {
            if self[index] == head {
                var matched = 1
                while matched < needle.count, self[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index..<(index + needle.count) }
            }
            index += 1
        }
        return nil
    }
}
