/// The outcome of a build: every diagnostic, what was written, and how long each stage took.
public struct BuildReport: Sendable {
    /// What one pipeline stage cost, for `--timings` and the benchmark.
    public struct StageTiming: Sendable {
        public var stage: String
        /// Wall time.
        public var seconds: Double
        /// CPU time of all threads, user + system.
        public var cpuSeconds: Double = 0
        /// Peak resident memory of the process by the end of the stage.
        public var peakBytes: Int = 0

        /// One line of `--timings`, the form Scripts/bench reads.
        public var line: String {
            "\(stage) \(Self.fixed(seconds)) s, cpu \(Self.fixed(cpuSeconds)) s, peak \(peakBytes >> 20) MiB"
        }

        private static func fixed(_ value: Double) -> String {
            let thousandths = Int((value * 1000).rounded())
            let fraction = String(thousandths % 1000)
            return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        }
    }

    public var log = DiagnosticLog()
    public var pagesWritten = 0
    public var filesWritten = 0
    public var skippedRows = 0
    /// Pages taken from the page cache instead of rendered, and pages rendered.
    public var cachedPages = 0
    public var renderedPages = 0
    public var timings: [StageTiming] = []
    /// With a memo (`casebook watch`): what this build took from the builds before it.
    public var reused: BuildMemo.Reuse?

    /// True when nothing stops the site from being published.
    public var succeeded: Bool { !log.hasErrors }
}
