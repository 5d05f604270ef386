#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import Testing
@testable import buurtstart

@Suite("Spreading work over threads")
struct ParallelTests {
    @Test("every index runs once, and the results come back in order", arguments: [0, 1, 2, 15, 1000])
    func order(count: Int) {
        let runs = Counter()
        let results = parallelMap(count, threads: 4) { index in
            runs.value.wrappingAdd(1, ordering: .relaxed)
            return index * index
        }
        #expect(results == (0..<count).map { $0 * $0 })
        #expect(runs.value.load(ordering: .relaxed) == count)
    }

    @Test("more than one thread does the work when there is enough of it")
    func threads() {
        let results = parallelMap(64, threads: 4) { _ in
            // Long enough that one thread cannot take every index before the others start.
            var spin = 0
            for step in 0..<200_000 { spin &+= step }
            return spin == 42 ? 0 : Int(pthread_self())
        }
        #expect(Set(results).count > 1)
    }
}

private final class Counter: Sendable {
    let value = Atomic<Int>(0)
}
