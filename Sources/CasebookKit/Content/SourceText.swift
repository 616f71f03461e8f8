/// Decoding of input files as UTF-8, with the line, column and byte offset of the first bad byte
/// when they are not (a Windows-1250 file is the usual culprit), so it never reaches the HTML.
enum SourceText {
    static func decode(_ bytes: [UInt8], file: String) -> (String?, Diagnostic?) {
        if let nul = bytes.firstIndex(of: 0) {
            return (nil, .error("the file contains a NUL byte (byte offset \(nul))", at: location(of: nul, in: bytes, file: file)))
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, nil) }
        // Slow path, only for broken files: find where decoding stops.
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case let .scalarValue(scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
        return (nil, .error("the file is not valid UTF-8 (byte offset \(offset)); save it as UTF-8",
                            at: location(of: offset, in: bytes, file: file)))
    }

    /// Line and column (in characters, as editors count them) of a byte offset.
    private static func location(of offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1, lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 10 {
            line += 1
            lineStart = i + 1
        }
        let column = bytes[lineStart..<min(offset, bytes.count)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return SourceLocation(file: file, line: line, column: column)
    }
}
