import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Data-parallel helpers over both cores; results keep the input order so output stays deterministic.
enum Parallel {
    /// `transform` applied to every item, concurrently, results in input order.
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        // Each result is made in its place in the array: kept in optionals and unwrapped into a
        // second array, every result was copied once and destroyed once.
        return [R](unsafeUninitializedCapacity: items.count) { buffer, count in
            // Each index is written by exactly one iteration, so the unsynchronised writes never
            // overlap; all of them have run when concurrentPerform returns.
            nonisolated(unsafe) let slots = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                (slots + index).initialize(to: transform(items[index]))
            }
            count = items.count
        }
    }

    /// Runs two independent jobs at once and returns both results.
    ///
    /// The second job gets a thread of its own rather than a Dispatch worker: libdispatch divides
    /// its width among nested `concurrentPerform` calls, so a `map` or `both` inside a job run by
    /// `concurrentPerform` would quietly run on one core. A plain thread nests freely.
    static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        nonisolated(unsafe) var b: B?
        let a: A = withoutActuallyEscaping(second) { second in
            let job = Job { b = second() }
            let thread = job.start()
            let a = first()
            pthread_join(thread, nil)
            return a
        }
        return (a, b!)
    }

    /// Starts `body` on a thread of its own, for work that waits on the disk while the build
    /// goes on; `join` waits for it.
    static func start(_ body: @escaping @Sendable () -> Void) -> Running { Running(thread: Job(body).start()) }

    /// A thread started by `start`; joined once, however often `join` is called.
    final class Running: Sendable {
        private let thread: Mutex<pthread_t?>

        fileprivate init(thread: pthread_t) { self.thread = Mutex(thread) }

        func join() {
            guard let thread = self.thread.withLock({ $0.take() }) else { return }
            pthread_join(thread, nil)
        }
    }

    /// A value made on a thread of its own while the caller goes on; `value` waits for it, and
    /// every caller of `value` gets the same one.
    final class Pending<Value: Sendable>: @unchecked Sendable {
        // Written once, by the thread, before it ends; read only after the thread is joined.
        private var made: Value?
        private let thread = Mutex<pthread_t?>(nil)

        init(_ make: @escaping @Sendable () -> Value) {
            let started = Job { [self] in made = make() }.start()
            thread.withLock { $0 = started }
        }

        var value: Value {
            // Joined under the lock, so a second caller waits for the first join to finish.
            thread.withLock { running in
                if let joining = running.take() { pthread_join(joining, nil) }
            }
            return made!
        }
    }

    /// A closure run on a new thread with a main-thread-sized stack (the YAML and Markdown parsers
    /// recurse), joined before `both` returns, which is what makes the non-escaping closure safe.
    private final class Job: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }

        func start() -> pthread_t {
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, 8 << 20)
            let context = Unmanaged.passRetained(self).toOpaque()
            #if canImport(Glibc)
            var thread = pthread_t()
            #else
            var thread: pthread_t?
            #endif
            let status = pthread_create(&thread, &attributes, { context in
                let job = Unmanaged<Job>.fromOpaque(context!).takeRetainedValue()
                job.body()
                return nil
            }, context)
            precondition(status == 0, "cannot start a thread: \(status)")
            #if canImport(Glibc)
            return thread
            #else
            return thread!
            #endif
        }
    }
}
