import Dispatch
import Synchronization

/// The one place where tifa runs things concurrently. `jobs` workers pull indices from
/// a shared counter (so a huge issue does not hold up a queue of small ones), each with
/// its own state (an ICU iterator is not thread-safe), and write results into per-index
/// slots: the output order is the input order, whatever the timing.
public enum ParallelMap {
    public static func map<Worker, Output: Sendable>(
        count: Int,
        jobs: Int,
        makeWorker: @Sendable () -> Worker,
        _ body: @Sendable (inout Worker, Int) -> Output
    ) -> [Output] {
        guard count > 0 else { return [] }
        let slots = Slots<Output>(count: count)
        let next = Atomic<Int>(0)
        let workers = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var worker = makeWorker()
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if index >= count { break }
                slots.store(body(&worker, index), at: index)
            }
        }
        return slots.take()
    }
}

/// Result slots written by exactly one worker each, read once after all have finished.
private final class Slots<Output: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Output?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Each index is written by one worker only, so no lock is needed.
    func store(_ value: Output, at index: Int) {
        buffer[index] = value
    }

    func take() -> [Output] {
        buffer.map { $0! }
    }
}
