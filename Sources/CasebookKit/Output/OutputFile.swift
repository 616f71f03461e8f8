/// One file of the generated site: where it goes under the output folder, and its bytes.
public struct OutputFile: Sendable, Equatable {
    /// Relative to the output folder, `/`-separated, e.g. `cases/late-parcel/index.html`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) { self.path = path; self.bytes = bytes }
    public init(path: String, text: String) { self.init(path: path, bytes: Array(text.utf8)) }
}
