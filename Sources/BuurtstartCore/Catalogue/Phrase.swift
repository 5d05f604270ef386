/// Small pieces of wording both language tables build with.
enum Phrase {
    /// `Anna`, `Anna and Piet`, `Anna, Piet and Fatima`, with the language's word for "and" or "or".
    static func list(_ items: [String], conjunction: String) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// A dash for an answer not given yet.
    static func orDash(_ text: String) -> String { text.isEmpty ? "-" : text }

    /// What the resident typed, quoted in a message.
    static func quoted(_ text: String) -> String { "'\(text)'" }
}

/// The small words each language supplies; the phrases built from them are one piece of code
/// for every language.
protocol Vocabulary {
    static var months: [String] { get }
    /// The steps' names, in order.
    static var stepNames: [String] { get }
    /// Between the first and the last house number of a range.
    static var through: String { get }
    static var sideNames: (even: String, odd: String) { get }
    /// The commands a resident can type instead of an answer, the shown spelling first.
    static func spellings(_ command: CommandWord) -> [String]
    static var and: String { get }
    static var or: String { get }
    static func text(_ message: DocumentText) -> String
    static func text(_ message: AgreementText) -> String
    static func text(_ message: ChangeText) -> String
    static func text(_ message: RenewalText) -> String
    /// The conversation's own sentences.
    static func conversation(_ message: Message) -> String
    static func question(_ question: QuestionID) -> String
    static func label(_ question: QuestionID) -> String
    static func help(_ question: QuestionID) -> String
    static func problem(_ problem: Problem) -> String
    /// The label of a line to fill in by hand, without its colon.
    static func field(_ label: FieldLabel) -> String
    /// The overview's words: each line's label, and each part of a line.
    static func reviewLabel(_ label: ReviewLabel) -> String
    static func reviewPart(_ part: ReviewPart) -> String
    /// The member commands' sentences.
    static func member(_ message: MemberText) -> String
}

extension Vocabulary {
    /// A message of the conversation in this language: the parts kept in their own tables are
    /// looked up there, the rest are the conversation's sentences. One dispatch for every language.
    static func say(_ message: Message) -> String {
        routed(message) ?? conversation(message)
    }

    /// A message kept in a table of its own, worded from there; nil for the conversation's own
    /// sentences. It never calls `conversation`, so the two cannot call each other in a loop: a
    /// route left out here is an empty text, which the language tests find.
    static func routed(_ message: Message) -> String? {
        switch message {
        case .question(let id): Self.question(id)
        case .label(let id): Self.label(id)
        case .help(let id): Self.help(id)
        case .problem(let found): Self.problem(found)
        case .entry(let listed): Self.entry(listed)
        case .agreement(let words): Self.text(words)
        case .changes(let words): Self.text(words)
        case .renewal(let words): Self.text(words)
        case .reviewLine(let line): reviewLine(line)
        case .member(let words): member(words)
        case .option(.name(let name)), .verbatim(let name): name
        default: nil
        }
    }

    /// `Leden: 18 jaar en ouder; ...`: a line of the overview, laid out alike in every language.
    static func reviewLine(_ line: ReviewLine) -> String {
        (line.indented ? "   " : "") + (line.label.map { reviewLabel($0) + ": " } ?? "")
            + line.parts.map { value in
                switch value {
                case .typed(let text): text
                case .words(let part): reviewPart(part)
                // Numbers right-aligned, as in the list of agreements.
                case .agreement(let id): (id.number < 10 ? " " : "") + "\(id.number)  " + text(AgreementText.title(id))
                }
            }.joined(separator: "; ")
    }

    /// The parts of the documents laid out alike in every language, from the language's words:
    /// the lines to fill in, dates, a contact and a list of names.
    static func document(_ message: DocumentText) -> String {
        switch message {
        case .pageDate(let date):
            return "\(date.day) \(months[date.month - 1]) \(date.year)"
        case .letterPlaceDate(let municipality, let date):
            return "\(municipality), \(document(.pageDate(date)))"
        case .introductionContact(let name, let phone):
            return name + (phone.map { ", \($0)" } ?? "")
        case .introductionAdmins(let names):
            return list(names)
        default:
            return text(message)
        }
    }

    static func stepName(_ step: Step) -> String { stepNames[step.rawValue - 1] }

    static func sideName(_ side: Side) -> String { side == .even ? sideNames.even : sideNames.odd }

    static func numbers(_ range: HouseNumberRange) -> String {
        range.first == range.last ? "\(range.first)" : "\(range.first) \(through) \(range.last)"
    }

    static func list(_ items: [String], or: Bool = false) -> String {
        Phrase.list(items, conjunction: or ? self.or : self.and)
    }

    /// A list entry as the session shows it.
    static func entry(_ entry: ListEntry) -> String {
        switch entry {
        case .street(let street): text(.streetEntry(street))
        case .postcode(let postcode): postcode.description
        case .admin(let name, let phone): [name, phone].compactMap { $0 }.joined(separator: ", ")
        case .custom(let text): text
        }
    }

    static func orDash(_ text: String) -> String { Phrase.orDash(text) }

    /// A part of an area as a message names it: a street entry as the session reads it back,
    /// or a postcode (the word is the same in both languages).
    static func part(_ part: AreaPart) -> String {
        switch part {
        case .street(let entry): text(.streetEntry(entry))
        case .postcode(let postcode): "postcode \(postcode)"
        }
    }

    static func quoted(_ text: String) -> String { Phrase.quoted(text) }
}
