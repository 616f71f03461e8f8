/// The outcome of a build: every diagnostic, what was written, and how long each stage took.
public struct BuildReport: Sendable {
    /// Wall time of one pipeline stage, for `--timings` and the benchmark.
    public struct StageTiming: Sendable {
        public var stage: String
        public var seconds: Double
    }

    public var log = DiagnosticLog()
    public var pagesWritten = 0
    public var filesWritten = 0
    public var skippedRows = 0
    public var timings: [StageTiming] = []

    /// True when nothing stops the site from being published.
    public var succeeded: Bool { !log.hasErrors }
}
