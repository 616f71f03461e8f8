// libFuzzer entry for decoding a Markdown file and splitting off its front matter.
//
// Checks that decoding either succeeds or names a byte inside the file, and that a split
// accounts for every line: YAML and body lines plus the two fences give back the file's lines.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (decoded, problem) = SourceText.decode(bytes, file: "case.md")
    guard let text = decoded else {
        precondition(problem != nil, "decoding failed without a diagnostic")
        if let line = problem?.location?.line { precondition(line >= 1, "bad line") }
        return 0
    }
    let (frontMatter, diagnostic) = FrontMatter.split(text, file: "case.md")
    precondition((frontMatter == nil) != (diagnostic == nil), "exactly one of result and diagnostic")
    if let frontMatter {
        precondition(frontMatter.yamlLine == 2, "YAML starts on line 2")
        precondition(frontMatter.bodyLine >= 3, "body starts after the closing fence")
        // Bytes, not Characters: "\r\n" is one Character and would hide a line end.
        let yamlLines = frontMatter.yaml.utf8.split(separator: 10, omittingEmptySubsequences: false).count
        // An empty YAML block is zero lines, which split reports as one empty line.
        let yamlCount = frontMatter.bodyLine - 3
        precondition(yamlLines == max(yamlCount, 1), "YAML line count \(yamlLines) vs \(yamlCount)")
        precondition(!frontMatter.yaml.utf8.contains(13) && !frontMatter.body.utf8.contains(13),
                     "a CR left in the text: YAML or cmark would count another line")
    }
    return 0
}
