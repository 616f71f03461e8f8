import Foundation
import Synchronization

/// What one build keeps for the next build in the same process (`casebook watch`), each part
/// keyed by the content it was made from, so an edit costs only what it changes:
///
/// - every case and playbook file: its parse, keyed by the file's bytes;
/// - the CSV exports: the tickets and orders, keyed by both files' bytes (`FileDigests`);
/// - the figures: the metrics and the per-ticket pass, keyed by the data and the report date
///   (the few figures that count cases are worked out again on every build);
/// - the ticket lookups by id, keyed by the data.
///
/// Everything hangs on the settings: when site.yml's bytes or the build options change, the
/// memo starts empty, since they steer every parser and every figure. A memoised build writes
/// the same bytes as a clean one (`BuildMemoTests`).
public final class BuildMemo: Sendable {
    private let state = Mutex(State())

    /// The pages drawn by the builds of this process (see `PageCache`).
    let pages = PageCache.MemoryPages()
    /// The exports' digests, read again only when a file's stamp changed.
    let files = FileDigests()

    public init() {}

    struct State {
        /// site.yml's bytes and the options the memo's contents were made under.
        var settings: Fingerprint.Digest?
        var cases: [String: Parsed<Case>] = [:]
        var playbooks: [String: Parsed<Playbook>] = [:]
        var data: (key: Fingerprint.Digest, result: DataLoader.Result)?
        var figures: (key: Fingerprint.Digest, asOf: LocalDate, metrics: Metrics, facts: [TicketFacts])?
        var ticketIds: (key: Fingerprint.Digest, lookup: IdLookup)?
        /// What this build reused, for `--timings` and the tests.
        var reused = Reuse()
    }

    /// One source file's parse and the fingerprint of the bytes it was made from.
    struct Parsed<Item: Sendable>: Sendable {
        let digest: Fingerprint.Digest
        let item: Item?
        let diagnostics: [Diagnostic]
    }

    /// What the latest build took from the memo instead of making it again.
    public struct Reuse: Sendable, Equatable {
        public var files = 0
        public var data = false
        public var figures = false
    }

    /// What the latest build reused.
    public var reused: Reuse { state.withLock { $0.reused } }

    /// Starts a build: forgets everything when the settings changed since the last one.
    func begin(settings: Fingerprint.Digest) {
        state.withLock { state in
            if state.settings != settings { state = State(settings: settings) }
            state.reused = Reuse()
        }
    }

    // MARK: - Source files

    func parsedCases() -> [String: Parsed<Case>] { state.withLock { $0.cases } }
    func parsedPlaybooks() -> [String: Parsed<Playbook>] { state.withLock { $0.playbooks } }

    /// Keeps this build's parses, and only those: a deleted file's parse goes with it.
    func keep(cases: [String: Parsed<Case>], playbooks: [String: Parsed<Playbook>], reusedFiles: Int) {
        state.withLock { state in
            state.cases = cases
            state.playbooks = playbooks
            state.reused.files = reusedFiles
        }
    }

    // MARK: - Data

    func data(for key: Fingerprint.Digest) -> DataLoader.Result? {
        state.withLock { state in
            guard let data = state.data, data.key == key else { return nil }
            state.reused.data = true
            return data.result
        }
    }

    func keep(data: DataLoader.Result, key: Fingerprint.Digest) {
        state.withLock { state in
            state.data = (key, data)
            // Figures and lookups made from other data can never match again.
            if state.figures?.key != key { state.figures = nil }
            if state.ticketIds?.key != key { state.ticketIds = nil }
        }
    }

    // MARK: - Figures

    func figures(for key: Fingerprint.Digest, asOf: LocalDate) -> (metrics: Metrics, facts: [TicketFacts])? {
        state.withLock { state in
            guard let figures = state.figures, figures.key == key, figures.asOf == asOf else { return nil }
            state.reused.figures = true
            return (figures.metrics, figures.facts)
        }
    }

    func keep(metrics: Metrics, facts: [TicketFacts], asOf: LocalDate, key: Fingerprint.Digest) {
        state.withLock { $0.figures = (key, asOf, metrics, facts) }
    }

    func ticketIds(for key: Fingerprint.Digest) -> IdLookup? {
        state.withLock { state in state.ticketIds.flatMap { $0.key == key ? $0.lookup : nil } }
    }

    func keep(ticketIds: IdLookup, key: Fingerprint.Digest) {
        state.withLock { $0.ticketIds = (key, ticketIds) }
    }
}
