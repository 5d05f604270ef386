/// A recorded session: what the user saw, with every typed line marked. See docs/transcripts.md.
///
/// ```
/// # buurtstart-transcript: 1
/// # lang: nl
/// # date: 2026-11-26
/// In welke gemeente ligt je buurt?
/// Gemeente:
/// » Katwijk
/// ```
public struct Transcript: Equatable, Sendable {
    /// The folder beside a transcript that holds the files its session wrote: `NAME/` for
    /// `NAME.txt`, `NAME.files/` for any other name (so that `a.rec` and its folder never clash).
    public static func companionPath(of path: String) -> String {
        path.hasSuffix(".txt") ? String(path.dropLast(4)) : path + ".files"
    }

    /// The format version this program reads and writes.
    public static let formatVersion = 1

    /// What makes a session deterministic.
    public struct Header: Equatable, Sendable {
        public var language: Language = .dutch
        public var date: CalendarDate
        /// The command-line options the session ran with; only `--force` changes a session.
        public var options: [String] = []
        /// An answers file to start from, relative to the transcript's folder.
        public var startFrom: String?
        /// The folder as the session named it in its messages (`--dir`).
        public var directory: String = "."
        /// The preset the session started from: a shipped one's name, or a file beside the transcript.
        public var preset: String?
        /// Documents that existed in the folder when the session started.
        public var existing: [String] = []
        /// The set of groups the session compared the area with (`--groups`), as the session
        /// was given it; replay reads a relative one from the transcript's folder.
        public var groups: String?
        /// The header's lines as written, comments included, kept by `--update`.
        public var lines: [String] = []

        public init(date: CalendarDate) { self.date = date }

        public var force: Bool { options.contains("--force") }

        /// The header lines for a new recording.
        public func written() -> [String] {
            var lines = ["# buurtstart-transcript: \(Transcript.formatVersion)",
                         "# lang: \(language.rawValue)",
                         "# date: \(date)"]
            if directory != "." { lines.append("# dir: \(directory)") }
            if !options.isEmpty { lines.append("# options: \(options.joined(separator: " "))") }
            if let startFrom { lines.append("# start-from: \(startFrom)") }
            if let preset { lines.append("# preset: \(preset)") }
            if !existing.isEmpty { lines.append("# existing: \(existing.joined(separator: ", "))") }
            if let groups { lines.append("# groups: \(groups)") }
            return lines
        }
    }

    /// One line of a session.
    public enum Line: Equatable, Sendable {
        /// Shown by the program (a prompt is shown too, on a line of its own).
        case output(String)
        /// Typed by the user.
        case input(String)
        /// The end of input (Ctrl-D, or the end of a pipe).
        case endOfInput
    }

    public static let inputMarker = "» "
    public static let endMarker = "␄"

    public var header: Header
    public var lines: [Line]
    /// The file line number of each entry of `lines`, for messages.
    public var lineNumbers: [Int]

    public init(header: Header, lines: [Line]) {
        self.header = header
        self.lines = lines
        self.lineNumbers = lines.indices.map { header.lines.count + $0 + 1 }
    }

    /// The typed lines, in order.
    public var inputs: [String] {
        lines.compactMap { if case .input(let text) = $0 { text } else { nil } }
    }

    /// One body line as it is written: input marked, the end marked, and output that could be
    /// mistaken for either (or for a comment) escaped with a backslash.
    public static func write(_ line: Line) -> String {
        switch line {
        case .input(let text):
            return text.isEmpty ? "»" : inputMarker + escapeInput(text)
        case .endOfInput:
            return endMarker
        case .output(let text):
            let trimmed = text.trimmingTrailingSpaces
            return looksLikeMarker(trimmed) ? "\\" + trimmed : trimmed
        }
    }

    /// Output that would read as a typed line, the end of input, a header line or an escape.
    private static func looksLikeMarker(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.first == "#" || scalars.first == "\\" || scalars.starts(with: "»".unicodeScalars)
            || scalars.starts(with: endMarker.unicodeScalars)
    }

    /// The whole transcript as text.
    public func written() -> String {
        (header.lines + lines.map(Self.write)).map { $0 + "\n" }.joined()
    }

    /// Reads a transcript. The header is the block of `#` lines at the top; the first line
    /// that does not start with `#` begins the session.
    public static func parse(_ text: String) throws(TranscriptError) -> Transcript {
        var fileLines = TextInput.lines(text)
        if fileLines.last == "" { fileLines.removeLast() }
        guard fileLines.first?.hasPrefix("# buurtstart-transcript:") == true else {
            throw TranscriptError(line: 1, kind: .notATranscript)
        }
        // Plain text only: a character that acts on a terminal is written as an escape
        // (`\u{1B}`), never raw. Checked first, so that no message quotes one.
        for (index, line) in fileLines.enumerated() {
            if let hidden = line.unicodeScalars.first(where: TextInput.isHidden) {
                throw TranscriptError(line: index + 1, kind: .controlCharacter(escape(hidden)))
            }
        }
        var date: CalendarDate?
        var header = Header(date: CalendarDate(year: 2000, month: 1, day: 1)!)
        var index = 0
        while index < fileLines.count, fileLines[index].unicodeScalars.first == "#" {
            let line = fileLines[index]
            header.lines.append(line)
            let number = index + 1
            index += 1
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line.dropFirst().prefix(upTo: colon).collapsedSpaces
            let value = String(line[line.index(after: colon)...]).collapsedSpaces
            switch key {
            case "buurtstart-transcript":
                guard value == String(formatVersion) else { throw TranscriptError(line: number, kind: .unknownVersion(value)) }
            case "lang":
                guard let language = Language(rawValue: value) else { throw TranscriptError(line: number, kind: .unknownLanguage(value)) }
                header.language = language
            case "date":
                guard let parsed = CalendarDate(iso: value) else { throw TranscriptError(line: number, kind: .badDate(value)) }
                date = parsed
            case "options":
                header.options = value.split(separator: " ").map(String.init)
                for option in header.options where option != "--force" {
                    throw TranscriptError(line: number, kind: .unknownOption(option))
                }
            case "dir":
                guard !value.isEmpty else { throw TranscriptError(line: number, kind: .badDirectory) }
                header.directory = value
            case "groups":
                guard !value.isEmpty else { throw TranscriptError(line: number, kind: .badGroups) }
                header.groups = value
            case "existing":
                header.existing = value.split(separator: ",").map { $0.collapsedSpaces }.filter { !$0.isEmpty }
                for name in header.existing where !(Documents.names + Documents.pdfNames).contains(name) {
                    throw TranscriptError(line: number, kind: .unknownDocument(name))
                }
            default:
                // `start-from:` and `preset:` name a file beside the transcript; anything else is a comment.
                guard let named = TranscriptError.HeaderFile(rawValue: key) else { continue }
                guard !value.isEmpty, !value.hasPrefix("/"), !value.split(separator: "/").contains("..") else {
                    throw TranscriptError(line: number, kind: .badFile(named, value))
                }
                if named == .startFrom { header.startFrom = value } else { header.preset = value }
            }
        }
        guard let date else { throw TranscriptError(line: index + 1, kind: .missingDate) }
        header.date = date
        var lines: [Line] = []
        var numbers: [Int] = []
        var ended = false
        for (offset, line) in fileLines[index...].enumerated() {
            let number = index + offset + 1
            let scalars = line.unicodeScalars
            let bare = scalars.elementsEqual("»".unicodeScalars)
            let isInput = bare || scalars.starts(with: inputMarker.unicodeScalars)
            let isEnd = scalars.starts(with: endMarker.unicodeScalars)
            if ended, isInput || isEnd { throw TranscriptError(line: number, kind: .afterEnd) }
            if isInput {
                let typed = String(line.dropFirst(bare ? 1 : inputMarker.count))
                guard let unescaped = unescapeInput(typed) else {
                    throw TranscriptError(line: number, kind: .badEscape(typed))
                }
                lines.append(.input(unescaped))
            } else if isEnd {
                lines.append(.endOfInput)
                ended = true
            } else if scalars.first == "\\" {
                lines.append(.output(String(line.dropFirst())))
            } else if scalars.starts(with: "»".unicodeScalars) || scalars.first == "#" {
                throw TranscriptError(line: number, kind: .unescaped(line))
            } else {
                lines.append(.output(line))
            }
            numbers.append(number)
        }
        var transcript = Transcript(header: header, lines: lines)
        transcript.lineNumbers = numbers
        return transcript
    }
}

/// Why a transcript cannot be read, and where.
public struct TranscriptError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case notATranscript
        case unknownVersion(String)
        case unknownLanguage(String)
        case badDate(String)
        case missingDate
        case unknownOption(String)
        /// `# start-from:` or `# preset:` naming a file that is not beside the transcript.
        case badFile(HeaderFile, String)
        case badDirectory
        /// `# groups:` without a folder.
        case badGroups
        /// The set of groups `# groups:` names cannot be read.
        case groupsUnreadable(FileFault)
        case unknownDocument(String)
        case unescaped(String)
        /// A raw control character, shown as its escape (`\u{1B}`).
        case controlCharacter(String)
        case afterEnd
        case badEscape(String)
        /// The file a header line names cannot be read, or is no answers file or preset.
        case fileUnreadable(HeaderFile, name: String, FileFault)
        case fileInvalid(HeaderFile, name: String, DataFileError)
    }

    /// The header lines that name a file beside the transcript.
    public enum HeaderFile: String, Sendable {
        case startFrom = "start-from"
        case preset
    }

    public let line: Int
    public let kind: Kind

    public init(line: Int, kind: Kind) {
        self.line = line
        self.kind = kind
    }
}

extension Transcript {
    /// Typed text as it stands after `» `: a backslash is doubled, and a character that could
    /// act on a terminal (or a trailing space, which editors drop) is written `\u{1B}`, so
    /// that a transcript stays plain text and still replays exactly what was typed.
    static func escapeInput(_ text: String) -> String {
        let last = text.unicodeScalars.indices.last
        var result = ""
        for index in text.unicodeScalars.indices {
            let scalar = text.unicodeScalars[index]
            if scalar == "\\" {
                result += "\\\\"
            } else if TextInput.isHidden(scalar) || (scalar == " " && index == last) {
                result += escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `\u{1B}`: how a transcript writes a character that must not appear raw.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// A line as a diff shows it: control characters, tabs and trailing spaces written as
    /// escapes, so that the difference is visible and nothing acts on the terminal.
    public static func visible(_ line: String) -> String {
        let scalars = line.unicodeScalars
        // Counted once: a view of scalars counts by walking the whole line.
        let spacesFrom = scalars.count - scalars.reversed().prefix { $0 == " " }.count
        var result = ""
        for (offset, scalar) in scalars.enumerated() {
            if TextInput.isHidden(scalar) || offset >= spacesFrom {
                result += escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The reverse of `escapeInput`; nil for a backslash that starts no known escape.
    static func unescapeInput(_ text: String) -> String? {
        guard text.contains("\\") else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\\" else { result.append(scalar); continue }
            if scalars.first == "\\" {
                scalars.removeFirst()
                result.append("\\")
            } else if scalars.starts(with: "u{".unicodeScalars), let close = scalars.firstIndex(of: "}") {
                let digits = String(String.UnicodeScalarView(scalars[scalars.index(scalars.startIndex, offsetBy: 2)..<close]))
                guard digits.count <= 6, let value = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(value) else { return nil }
                result.append(decoded)
                scalars = scalars[scalars.index(after: close)...]
            } else {
                return nil
            }
        }
        return String(result)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var scalars = unicodeScalars
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}

extension Substring {
    var trimmingSpaces: String { TextInput.collapsingSpaces(String(self)) }
}
