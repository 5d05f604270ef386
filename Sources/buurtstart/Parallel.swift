#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// `body(index)` for every index in `0..<count`, spread over up to `threads` threads (this one
/// among them), with the results in index order. Each index is run exactly once. Plain
/// pthreads: nothing is started unless there is work for more than one thread.
func parallelMap<T: Sendable>(_ count: Int, threads: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
    let threads = max(1, min(threads, count))
    if threads == 1 { return (0..<count).map(body) }
    let work = ParallelWork(count: count, body: body)
    var handles: [pthread_t] = []
    for _ in 1..<threads {
        var handle = pthread_t()
        let job = Unmanaged.passRetained(Job { work.drain() }).toOpaque()
        if pthread_create(&handle, nil, { context in
            Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, job) == 0 {
            handles.append(handle)
        } else {
            Unmanaged<Job>.fromOpaque(job).release() // fewer threads; this one does the rest
        }
    }
    work.drain()
    for handle in handles { pthread_join(handle, nil) }
    return work.results()
}

/// The number of processors this process may run on.
var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

private final class Job: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}

/// The shared state of one `parallelMap`: the next index to take, and one result slot per
/// index. Each slot is written by exactly one thread, and read only after every thread joined.
private final class ParallelWork<T: Sendable>: @unchecked Sendable {
    private let next = Atomic<Int>(0)
    private let count: Int
    private let body: @Sendable (Int) -> T
    private let slots: UnsafeMutablePointer<T?>

    init(count: Int, body: @escaping @Sendable (Int) -> T) {
        self.count = count
        self.body = body
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func drain() {
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < count else { return }
            slots[index] = body(index)
        }
    }

    func results() -> [T] {
        (0..<count).map { slots[$0]! }
    }
}
