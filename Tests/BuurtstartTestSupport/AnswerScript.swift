import BuurtstartCore

/// Answers for a test session, by question id: a question asked more than once (a list, or an
/// admin's name and phone number per admin) takes its lines in turn, and a question with none
/// left gets Enter. A new question needs one entry in a script's base and changes no test; a
/// test names only what it answers differently.
public struct AnswerScript: Sendable {
    private var left: [QuestionID: [String]]

    public init(_ answers: [QuestionID: [String]] = [:], base: [QuestionID: [String]]) {
        left = base.merging(answers) { _, given in given }
    }

    /// The next line to type at `question`.
    public mutating func line(for question: QuestionID) -> String {
        guard let next = left[question]?.first else { return "" }
        left[question]?.removeFirst()
        return next
    }

    /// The lines that take a new session, run in the core as a pipe would run it, from the
    /// first question to `target` (not answered). A walk that never reaches `target` ends after
    /// `limit` lines, and the test that typed them then fails on what it finds.
    public static func lines(_ answers: [QuestionID: [String]] = [:], base: [QuestionID: [String]],
                             until target: QuestionID = .review, language: Language = .dutch,
                             date: CalendarDate = CalendarDate(year: 2026, month: 11, day: 26)!,
                             limit: Int = 200) -> [String] {
        var script = AnswerScript(answers, base: base)
        var runner = Runner(context: SessionContext(language: language, date: date), saved: nil, store: MemoryStore())
        _ = runner.start()
        var typed: [String] = []
        while let question = runner.session.currentQuestion, question != target, typed.count < limit {
            let line = script.line(for: question)
            _ = runner.handle(.line(line))
            typed.append(line)
        }
        return typed
    }
}
