// In-process benchmarks of the core, for scripts/bench: how validating, rendering and
// completing grow with the size of an area. Prints one JSON object per line.
//
//   buurtstart-bench growth N     time to validate, add one by one, render and complete, N entries
//   buurtstart-bench area N       build and render an N-entry area once (for peak memory)
//   buurtstart-bench groups N     N groups of 20 streets: index them, and check one typed entry
//                                 against them as a session does (the line handled, reply and all)
import BuurtstartCore
import CEditLine
#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The median, minimum and maximum seconds of `runs` runs of `body`.
func measure(runs: Int, _ body: () -> Void) -> (median: Double, min: Double, max: Double) {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        body()
        times.append(now() - start)
    }
    times.sort()
    return (times[times.count / 2], times.first!, times.last!)
}

/// `count` entries over count/4 streets: each street has its odd and even side split in two
/// ranges, as real areas do, none overlapping.
func entries(_ count: Int) -> [StreetEntry] {
    (0..<count).map { index in
        let street = "Straat \(index / 4)"
        let (first, last, side): (Int, Int, Side) = switch index % 4 {
        case 0: (1, 99, .odd)
        case 1: (2, 98, .even)
        case 2: (101, 199, .odd)
        default: (100, 198, .even)
        }
        return try! StreetEntry(name: street, range: HouseNumberRange(first: first, last: last), side: side)
    }
}

func answers(with area: Area) -> Answers {
    var answers = Answers()
    answers.group.municipality = "Katwijk"
    answers.group.neighbourhood = "Zeeweg"
    answers.group.name = "Buurtpreventie Zeeweg"
    answers.area = area
    answers.admins.people = [Admin(firstName: "Anna"), Admin(firstName: "Piet")]
    answers.status = .finished
    answers.charter.version = 1
    return answers
}

let date = CalendarDate(year: 2026, month: 11, day: 26)!
let arguments = CommandLine.arguments
guard arguments.count == 3, let size = Int(arguments[2]) else {
    print("usage: buurtstart-bench growth|area N")
    exit(64)
}
let generated = arguments[1] == "groups" ? [] : entries(size)
let runs = size >= 100_000 ? 3 : size >= 10_000 ? 5 : 21

/// `count` groups of 20 streets as `bench.py` writes them: group i has streets 10i ... 10i+19,
/// so that each street is shared by two neighbouring groups, the even groups holding numbers
/// 1-60 and the odd ones 50-120.
func groupRecords(_ count: Int) -> [GroupRecord] {
    (0..<count).map { index in
        let range = index % 2 == 0 ? try! HouseNumberRange(first: 1, last: 60) : try! HouseNumberRange(first: 50, last: 120)
        var answers = answers(with: Area(streets: (0..<20).map { try! StreetEntry(name: "Straat \(index * 10 + $0)", range: range) }))
        answers.group.name = "Groep \(index)"
        return GroupRecord(folder: String(index), answers: answers)
    }
}

switch arguments[1] {
case "groups":
    let records = groupRecords(size)
    let index = measure(runs: 5) { precondition(GroupSet(records).groups.count == size) }
    let set = GroupSet(records)
    let pairs = measure(runs: 5) { precondition(!set.overlappingPairs().isEmpty) }
    // A street typed at the street question of a session that compares with the set.
    var context = SessionContext(date: date)
    context.otherGroups = set
    var (session, _) = Session.start(context: context)
    for line in ["Katwijk", "Zeeweg", ""] { _ = session.handle(.line(line)) }
    precondition(session.currentQuestion == .street)
    let typed = measure(runs: 101) {
        var copy = session
        let reply = copy.handle(.line("\"Straat \(size * 5 + 5)\" 40-70"))
        precondition(reply.shown.contains { if case .overlapFound = $0.message { true } else { false } })
    }
    func json(_ name: String, _ m: (median: Double, min: Double, max: Double)) -> String {
        "\"\(name)\": [\(m.median), \(m.min), \(m.max)]"
    }
    print("{\"groups\": \(size), \(json("index", index)), \(json("pairs", pairs)), \(json("typed", typed))}")
case "area":
    var area = Area()
    for entry in generated { try! area.add(entry) }
    precondition(area.firstProblem() == nil)
    let charter = TextRenderer.render(PrintedDocument(.charter, answers(with: area), date: date, language: .dutch))
    print("{\"entries\": \(size), \"charterBytes\": \(charter.utf8.count)}")
default:
    let validate = measure(runs: runs) { precondition(Area(streets: generated).firstProblem() == nil) }
    let add = measure(runs: runs) {
        var area = Area()
        for entry in generated { try! area.add(entry) }
    }
    let area = Area(streets: generated)
    let full = answers(with: area)
    let render = measure(runs: runs) { _ = TextRenderer.render(PrintedDocument(.charter, full, date: date, language: .dutch)) }
    // Completion as at the street prompt: the words offered, then those that fit what is typed.
    var partial = full
    partial.status = .unfinished
    partial.position = .street
    let context = SessionContext(date: date)
    var (session, _) = Session.start(context: context, saved: partial)
    _ = session.handle(.line("ja"))
    precondition(session.currentQuestion == .street)
    // At the prompt: the words Tab may offer. On Tab: the C matcher libedit's key runs.
    let prepare = measure(runs: 21) { precondition(session.completions.count > size / 4) }
    let words = session.completions.map { word -> UnsafeMutablePointer<wchar_t> in
        let scalars = word.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        let copy = UnsafeMutablePointer<wchar_t>.allocate(capacity: scalars.count)
        copy.initialize(from: scalars, count: scalars.count)
        return copy
    }
    let typed = "straat 12".unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    let complete = measure(runs: 101) {
        var first: Int32 = 0, common = 0
        let matches = words.map { UnsafePointer($0) as UnsafePointer<wchar_t>? }.withUnsafeBufferPointer { buffer in
            typed.withUnsafeBufferPointer { buurt_complete_matches(buffer.baseAddress, Int32(words.count), $0.baseAddress, 9, &first, &common) }
        }
        precondition(matches > 0)
    }
    func json(_ name: String, _ m: (median: Double, min: Double, max: Double)) -> String {
        "\"\(name)\": [\(m.median), \(m.min), \(m.max)]"
    }
    print("{\"entries\": \(size), \"streets\": \(size / 4), \(json("validate", validate)), \(json("add", add)), \(json("render", render)), \(json("prepare", prepare)), \(json("complete", complete))}")
}
