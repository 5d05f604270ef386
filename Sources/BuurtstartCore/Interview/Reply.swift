/// What comes into a session: a typed line, the end of input, or how an effect it asked for went.
public enum Event: Sendable {
    /// A line typed at the prompt (or read from a pipe or a transcript).
    case line(String)
    /// Ctrl-D on an empty line, the end of piped input, or a signal that ends the program.
    case endOfInput
    /// What became of an effect the session asked for.
    case outcome(Effect, Outcome)
}

/// What a session asks the world to do. The session never touches a file: one runner carries
/// these out for the terminal, a pipe, `--record`, replay and the tests alike.
public enum Effect: Sendable {
    /// Save the answers to `buurtstart.json`.
    case save(Answers)
    /// Write the documents and the finished answers together: all of them or none.
    case finish(Documents, Answers)
    /// `opslaan`: a copy of the answers at a path the resident chose.
    case copy(Answers, to: String)
    /// The folder cannot take the answers and the session cannot stay open: a private copy in
    /// the program's own state folder.
    case rescue(Answers)
}

/// How an effect went.
public enum Outcome: Equatable, Sendable {
    case done
    /// Written, at this path (a copy or a rescue copy).
    case written(String)
    case failed(FileFault)
    /// A set of files failed half way, once it counted: some are new, and the next start or
    /// export puts the others in place.
    case partlyDone(FileFault)
}

/// One line a session shows, as a message id with the layout the core chose around it: the
/// language only words the message.
public struct Shown: Sendable {
    public enum Kind: Sendable { case text, heading, warning, error }
    public let kind: Kind
    /// Indentation, numbering or tick box before the words.
    public let prefix: String
    public let message: Message

    public init(_ message: Message, as kind: Kind = .text, prefix: String = "") {
        self.kind = kind
        self.prefix = prefix
        self.message = message
    }
}

/// A shown line in words, ready for a terminal.
public struct OutputLine: Hashable, Sendable {
    public let kind: Shown.Kind
    public let text: String

    public init(_ kind: Shown.Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// What one event produced: lines to show and effects to carry out, in that order.
public struct Reply: Sendable {
    public var shown: [Shown] = []
    public var effects: [Effect] = []

    public init() {}

    mutating func say(_ message: Message, as kind: Shown.Kind = .text, prefix: String = "") {
        shown.append(Shown(message, as: kind, prefix: prefix))
    }

    /// The answers this reply saves, if any (for tests and the fuzz target).
    public var saved: Answers? {
        effects.reduce(nil) { last, effect in
            switch effect {
            case .save(let answers), .finish(_, let answers): answers
            default: last
            }
        }
    }

    /// The documents this reply writes, if any.
    public var documents: Documents? {
        effects.lazy.compactMap { if case .finish(let documents, _) = $0 { documents } else { nil } }.first
    }
}

/// The documents a finished session writes: the text files, and the printed pages as HTML.
public struct Documents: Hashable, Sendable {
    public static let charterFile = "charter.txt"
    public static let checklistFile = "checklist.txt"
    public static let whatsAppFile = "whatsapp.txt"
    /// Every document a session can write.
    public static let names = textNames + PrintedPage.allCases.map(\.fileName)
    /// The plain-text documents, written whatever pages are printed.
    static let textNames = [charterFile, checklistFile, whatsAppFile]
    /// The pages as PDF: a session does not make them (`export --format pdf` does), but removes
    /// those of a page left out.
    public static let pdfNames = PrintedPage.allCases.map(\.pdfName)

    public let charter: String
    public let checklist: String
    public let whatsApp: String
    /// The printed pages the answers ask for, each as HTML.
    public let pages: [PageFile]

    /// A printed page as a file.
    public struct PageFile: Hashable, Sendable {
        public let page: PrintedPage
        public let html: String
    }

    /// `withPages`: false for an export that writes only the text documents (the pages are
    /// then not rendered at all).
    public init(_ answers: Answers, date: CalendarDate, language: Language, withPages: Bool = true) {
        charter = TextRenderer.render(PrintedDocument(.charter, answers, date: date, language: language))
        checklist = TextRenderer.render(PrintedDocument(.checklist, answers, date: date, language: language))
        whatsApp = WhatsAppRenderer.render(answers, language: language)
        pages = withPages ? Self.pages(answers, date: date, language: language) : []
    }

    /// The printed pages alone, for an export that writes only them.
    public static func pages(_ answers: Answers, date: CalendarDate, language: Language) -> [PageFile] {
        PrintedPage.pages(for: answers).map {
            PageFile(page: $0, html: HTMLRenderer.render(PrintedDocument($0, answers, date: date, language: language)))
        }
    }

    /// Each file name with its contents, in the order they are written.
    public var files: [(name: String, contents: String)] { textFiles + pageFiles }

    /// The plain-text documents (`export --format text`).
    public var textFiles: [(name: String, contents: String)] {
        [(Self.charterFile, charter), (Self.checklistFile, checklist), (Self.whatsAppFile, whatsApp)]
    }

    /// The printed pages (`export --format html`).
    public var pageFiles: [(name: String, contents: String)] { pages.map { ($0.page.fileName, $0.html) } }

    /// The files of the pages left out, as HTML and as PDF: an old one in the folder would say
    /// what the group no longer chose, so writing these documents removes them.
    public var leftOut: [String] { Self.leftOut(pages.map(\.page)) }

    /// The files of every page not in `printed`, as HTML and as PDF.
    static func leftOut(_ printed: [PrintedPage]) -> [String] {
        PrintedPage.allCases.filter { !printed.contains($0) }.flatMap { [$0.fileName, $0.pdfName] }
    }
}

/// How a session ended.
public enum Ending: Hashable, Sendable {
    /// Stopped on request (`stop`, Ctrl-D, end of input): answers saved, can continue later.
    case stopped
    /// The input ended before the documents were written: answers saved, can continue later.
    case inputEnded
    /// The input ended before a line was typed in a new session: nothing saved, and said so.
    case noInput
    /// Stopped, but the answers could not be saved in the folder (a rescue copy may exist).
    case stoppedUnsaved
    /// Documents written.
    case finished
    /// The documents' set counts, but not all of it is in place: the next start completes it.
    case finishedInPart
    /// Nothing to do: a finished folder left unchanged.
    case unchanged
}
