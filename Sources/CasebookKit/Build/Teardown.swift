import Synchronization

/// Values a command-line build lets go of only by exiting.
///
/// Freeing a million tickets, their facts and 10,000 cases one allocation at a time took the
/// large build some 0.4 s after its last stage, for memory the system takes back at once when
/// the process ends. Only the command line asks for this (`BuildOptions.skipsTeardown`); a
/// library caller's builds free what they used.
enum Teardown {
    private static let kept = Mutex<[Kept]>([])

    static func skip(_ values: Any...) {
        let held = Kept(values)
        kept.withLock { $0.append(held) }
    }

    /// Never read again, so never shared: only held.
    private final class Kept: @unchecked Sendable {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }
}
