import Testing
@testable import BuurtstartCore

/// Every save the runner makes, in order, kept in a box the test reads while the runner runs.
final class SaveLog {
    var saves: [Answers] = []
}

struct LoggingStore: SessionStore {
    let log: SaveLog
    var memory = MemoryStore()

    mutating func perform(_ effect: Effect) -> Outcome {
        if case .save(let answers) = effect { log.saves.append(answers) }
        return memory.perform(effect)
    }
}

@Suite("Saving as the answers come")
struct SavingTests {
    /// Runs `lines` through a runner, as a pipe gives them when `waiting` says which lines had
    /// arrived before the one before them was handled. Returns the saves, and at each read the
    /// number of saves made until then.
    func run(_ lines: [String], waiting: ((Int) -> Bool)?) -> (saves: [Answers], atRead: [Int], final: Answers) {
        let log = SaveLog()
        let context = SessionContext(date: CalendarDate(year: 2026, month: 11, day: 26)!)
        var runner = Runner(context: context, saved: nil, store: LoggingStore(log: log))
        var next = 0
        var atRead: [Int] = []
        if let waiting { runner.inputWaiting = { next < lines.count && waiting(next) } }
        _ = runner.run(read: { _, _, _ in
            atRead.append(log.saves.count)
            defer { next += 1 }
            return next < lines.count ? .line(lines[next]) : .endOfInput
        }, show: { _, _ in })
        return (log.saves, atRead, runner.session.answers)
    }

    let streets = ["Katwijk", "Zeeweg", ""] + (1...200).map { "Straat\($0) 1-99" }

    @Test("lines that arrived together are saved once, after the last of them, before the program waits")
    func batchedThroughAPipe() throws {
        let typed = run(streets, waiting: nil)
        #expect(typed.saves.count >= streets.count - 1, "each answer saved as it is given")
        // Everything arrived at once: one save, when the program is about to wait (then the
        // end of input saves once more, as a stop does).
        let piped = run(streets, waiting: { _ in true })
        #expect(piped.saves.count <= 2, "\(piped.saves.count) saves")
        #expect(piped.saves.first == typed.saves.last)
        #expect(piped.saves.last == piped.final)
    }

    @Test("a line typed after a pause finds everything before it saved")
    func savedBeforeEveryWait() throws {
        // Lines 50 and 120 come after a pause: before the program waits for them, all the
        // answers given until then are saved, so a kill then loses none.
        let pauses: Set<Int> = [50, 120]
        let result = run(streets, waiting: { !pauses.contains($0) })
        let typed = run(Array(streets.prefix(50)), waiting: nil)
        let savesBeforePause = result.atRead[50]
        #expect(savesBeforePause >= 1)
        #expect(result.saves[savesBeforePause - 1] == typed.saves.last, "the answers before the pause are saved")
        #expect(result.saves.count <= 4, "\(result.saves.count) saves")
    }
}
