/// How a question reads its answer. Each kind says, once, how a typed answer is judged, where
/// it is kept, what Enter takes and what Tab offers.
enum Kind: Sendable {
    case text(TextAnswer)
    /// A municipality from CBS's list (`Municipality`), kept with its code; a name not on the
    /// list is explained, and kept when it is typed again.
    case municipality
    case number(NumberAnswer)
    case yesNo(WritableKeyPath<Answers, Bool> & Sendable)
    case choice(ChoiceAnswer)
    case list(ListAnswer)
    /// A question about the list entry just added (an admin's phone number).
    case followUp(FollowUpAnswer)
    case agreements
    case review
}

/// Free text, required unless `optional` (then Enter keeps it and `-` empties it).
struct TextAnswer: Sendable {
    let path: WritableKeyPath<Answers, String> & Sendable
    var limit = AnswerLimits.placeName
    var optional = false
    /// What Enter takes when nothing was given yet.
    var fallback: (@Sendable (Answers) -> Message)?
    /// A warning about an accepted answer.
    var warning: @Sendable (String) -> Message? = { _ in nil }
    /// Refuses an answer that cannot be what is asked (a number for a name).
    var check: @Sendable (String) throws(Problem) -> Void = { _ in }

    init(_ path: WritableKeyPath<Answers, String> & Sendable, limit: Int = AnswerLimits.placeName, optional: Bool = false,
         fallback: (@Sendable (Answers) -> Message)? = nil, warning: @escaping @Sendable (String) -> Message? = { _ in nil },
         check: @escaping @Sendable (String) throws(Problem) -> Void = { _ in }) {
        self.path = path
        self.limit = limit
        self.optional = optional
        self.fallback = fallback
        self.warning = warning
        self.check = check
    }
}

extension QuestionID {
    /// Checks the text this question stores, as read from a file: the question's own limit and
    /// check (a signer that is a yes or a number is refused here as in a session), and not
    /// empty when `required`. An empty text that the question may leave empty passes.
    func checkStored(in answers: Answers, required: Bool = false) throws(Problem) {
        guard case .text(let text) = question.kind else { return }
        let value = answers[keyPath: text.path]
        try AnswerCheck.text(value, limit: text.limit, required: required)
        if !value.isEmpty { try text.check(value) }
    }
}

/// A whole number; `check` refuses it or returns a warning. Optional numbers may stay unknown
/// (Enter) or be cleared (`-`).
struct NumberAnswer: Sendable {
    let get: @Sendable (Answers) -> Int?
    let set: @Sendable (inout Answers, Int?) -> Void
    var optional = false
    let check: @Sendable (Int) throws(Problem) -> Message?
}

/// One of a numbered list of options, by number or by one of `words`.
struct ChoiceAnswer: Sendable {
    let options: @Sendable (Answers) -> [ChoiceOption]
    let get: @Sendable (Answers) -> Int
    let set: @Sendable (inout Answers, Int) -> Void
    var words: @Sendable (Answers) -> [String] = { _ in [] }
    /// With one option there is nothing to choose: it is taken, and this is said.
    var onlyOption: (@Sendable (Answers) -> Message)?
}

/// A list collected one entry per answer until an empty line.
struct ListAnswer: Sendable {
    let entries: @Sendable (Answers) -> [ListEntry]
    let add: @Sendable (inout Answers, String) throws(Problem) -> ListEntry
    let remove: @Sendable (inout Answers, Int) -> Void
    /// Why the answers are not whole without this list, and the question that makes them whole.
    var incomplete: @Sendable (Answers) -> (Problem, QuestionID)? = { _ in nil }
    /// Asked about each entry just added.
    var followUp: QuestionID?
    /// A warning when the list is closed.
    var warning: @Sendable (Answers) -> Message? = { _ in nil }
    var completions: @Sendable (Answers) -> [String] = { _ in [] }
}

/// Completes the list entry just added.
struct FollowUpAnswer: Sendable {
    let question: @Sendable (Answers) -> Message
    let set: @Sendable (inout Answers, String) throws(Problem) -> Void
    let entry: @Sendable (Answers) -> ListEntry?
}

/// What reading an answer led to.
enum Reading {
    /// Accepted; move on (with a warning to show first, if any).
    case answered(warning: Message?)
    /// A list entry added: stay at the list, or ask its follow-up.
    case added(ListEntry)
    /// A follow-up answered: back to the list.
    case completed(ListEntry?)
}

extension Kind {
    /// Judges one cleaned answer and keeps it in `answers`; refusing throws. `refused` is the
    /// answer refused last at this question, if any: typed again, a name not on a list is kept.
    func read(_ input: String, into answers: inout Answers, language: Language, refused: String? = nil) throws(Problem) -> Reading {
        switch self {
        case .municipality:
            let value = input.isEmpty ? answers.group.municipality : input
            try AnswerCheck.text(value, limit: AnswerLimits.placeName, required: true)
            switch Municipality.match(value) {
            case .found(let municipality, let name):
                answers.group.municipality = name
                answers.group.municipalityCode = municipality.code
                return .answered(warning: nil)
            case .ambiguous(let names):
                throw .municipalityAmbiguous(value, names: names)
            case .unknown(let closest):
                // Enter keeps a name an earlier session (or a preset) kept.
                guard input.isEmpty || input == refused else {
                    throw .municipalityUnknown(value, closest: closest, count: Municipality.all.count, year: Municipality.listYear)
                }
                answers.group.municipality = value
                answers.group.municipalityCode = nil
                return .answered(warning: input.isEmpty ? nil : .municipalityUnlisted(value))
            }
        case .text(let text):
            let current = answers[keyPath: text.path]
            if text.optional, input == "-" {
                answers[keyPath: text.path] = ""
                return .answered(warning: nil)
            }
            let value = input.isEmpty ? (current.isEmpty ? text.fallback.map { language.text($0(answers)) } ?? "" : current) : input
            try AnswerCheck.text(value, limit: text.limit, required: !text.optional)
            if !value.isEmpty { try text.check(value) }
            answers[keyPath: text.path] = value
            return .answered(warning: text.warning(value))
        case .number(let number):
            if number.optional, input == "-" {
                number.set(&answers, nil)
                return .answered(warning: nil)
            }
            if input.isEmpty {
                // Enter keeps the default; an unknown optional number stays unknown.
                return .answered(warning: nil)
            }
            guard input.count <= 6, input.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(input) else {
                throw .notANumber(input)
            }
            let warning = try number.check(value)
            number.set(&answers, value)
            return .answered(warning: warning)
        case .yesNo(let path):
            if !input.isEmpty { answers[keyPath: path] = try Self.yesNo(input, language: language) }
            return .answered(warning: nil)
        case .choice(let choice):
            let count = choice.options(answers).count
            if !input.isEmpty {
                if let number = Int(input), (1...max(1, count)).contains(number), number <= count {
                    choice.set(&answers, number - 1)
                } else if let index = choice.words(answers).firstIndex(of: input.lowercased()) {
                    choice.set(&answers, index)
                } else {
                    throw .choiceUnknown(input, options: (1...max(1, count)).map(String.init))
                }
            }
            return .answered(warning: nil)
        case .list(let list):
            if input.isEmpty { return .answered(warning: list.warning(answers)) }
            return .added(try list.add(&answers, input))
        case .followUp(let followUp):
            try followUp.set(&answers, input)
            return .completed(followUp.entry(answers))
        case .agreements:
            // Enter: nothing chosen, or a contradiction from an older file, is refused.
            try answers.agreements.confirmed()
            return .answered(warning: nil)
        case .review:
            return .answered(warning: nil)
        }
    }

    /// `ja` or `nee` in the session's language (`yes`/`no` in English).
    static func yesNo(_ input: String, language: Language) throws(Problem) -> Bool {
        switch Command(input, language: language) {
        case .yes?: return true
        case .no?: return false
        default: throw .choiceUnknown(input, options: [CommandWord.yes.word(in: language), CommandWord.no.word(in: language)])
        }
    }

    /// The answer Enter gives, shown in brackets; nil where Enter has no value to take.
    func defaultAnswer(_ answers: Answers, language: Language) -> String? {
        switch self {
        case .municipality:
            return answers.group.municipality.isEmpty ? nil : answers.group.municipality
        case .text(let text):
            let current = answers[keyPath: text.path]
            if !current.isEmpty { return current }
            return text.fallback.map { language.text($0(answers)) }
        case .number(let number): return number.get(answers).map(String.init)
        case .yesNo(let path): return (answers[keyPath: path] ? CommandWord.yes : .no).word(in: language)
        case .choice(let choice): return String(choice.get(answers) + 1)
        case .list, .followUp, .agreements, .review: return nil
        }
    }

    /// What Tab offers besides the commands.
    func completions(_ answers: Answers, language: Language) -> [String] {
        switch self {
        case .yesNo: return [CommandWord.yes.word(in: language), CommandWord.no.word(in: language)]
        case .choice(let choice):
            return choice.options(answers).indices.map { String($0 + 1) } + choice.words(answers)
        case .list(let list):
            return [CommandWord.list.word(in: language), CommandWord.done.word(in: language)]
                + list.entries(answers).indices.map { "\(CommandWord.remove.word(in: language)) \($0 + 1)" }
                + list.completions(answers)
        case .agreements:
            return [CommandWord.all, .none, .recommended, .list, .done].map { $0.word(in: language) }
                + AgreementID.allCases.flatMap { [$0.rawValue, "-" + $0.rawValue] }
        case .review: return [CommandWord.done.word(in: language)]
        case .municipality: return Municipality.completions
        case .text, .number, .followUp: return []
        }
    }
}
