import BuurtstartCore
#if canImport(Glibc)
import Glibc
#endif
import BuurtstartTerminal

/// Carries out a session's replies: writes the documents and the answers, then prints the
/// lines. A failure is told to the resident in plain words and never ends the session: the
/// answers stay in memory until they can be saved, here or with `opslaan PAD`.
struct Output {
    let folder: Folder
    let language: Language
    let colour: Bool
    var toStandardError = false
    /// Whether the last attempt to save `buurtstart.json` failed.
    private(set) var lastSaveFailed = false

    init(folder: Folder, language: Language, colour: Bool) {
        self.folder = folder
        self.language = language
        self.colour = colour
    }

    mutating func carryOut(_ reply: Reply, session: inout Session, recording: inout Recording?) {
        var reply = reply
        var answersSaved = false
        if let documents = reply.documents {
            // The documents and the finished answers land together, or not at all.
            var files = documents.files.map { (name: $0.name, bytes: Array($0.contents.utf8), mode: mode_t(0o644)) }
            let withAnswers = reply.save != nil && reply.saveCopyTo == nil
            if withAnswers, let answers = reply.save { files.append((AnswersFile.name, AnswersFile.encode(answers), 0o600)) }
            do throws(Folder.Failure) {
                try folder.write(files)
                answersSaved = withAnswers
            } catch {
                // Nothing was replaced: back to the review, with every answer.
                let followUp = session.documentsFailed(error.fault)
                reply = Reply()
                reply.lines = followUp.lines
                reply.save = followUp.save
            }
        }
        var lines = reply.lines
        if answersSaved {
            lastSaveFailed = false
        } else if let answers = reply.save {
            if let path = reply.saveCopyTo {
                lines.append(copy(answers, to: path))
            } else {
                do {
                    try folder.write(AnswersFile.name, AnswersFile.encode(answers), mode: 0o600)
                    lastSaveFailed = false
                } catch {
                    lastSaveFailed = true
                    lines.append(OutputLine(.error, language.text(.saveFailed(file: AnswersFile.name, fault: error.fault))))
                }
            }
        }
        reply.lines = lines
        recording?.show(reply)
        let text = lines.map { painted(layOut($0.text), $0.kind, colour) + "\n" }.joined()
        if toStandardError { writeStandardError(text) } else { writeStandardOutput(text) }
    }

    /// `opslaan PAD`: the answers written where the resident asked, private to them.
    private func copy(_ answers: Answers, to path: String) -> OutputLine {
        let slash = path.lastIndex(of: "/")
        let parent = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        do throws(Folder.Failure) {
            guard !name.isEmpty else { throw Folder.Failure(.isDirectory) }
            try Folder(existing: parent).write(name, AnswersFile.encode(answers), mode: 0o600)
            return OutputLine(.text, language.text(.savedCopy(path)))
        } catch {
            return OutputLine(.error, language.text(.copyFailed(path: path, fault: error.fault)))
        }
    }
}

/// On a terminal, long lines wrap between words rather than wherever the window ends; list
/// items keep their indent. Through a pipe, lines stay as the session produced them.
func layOut(_ line: String) -> String {
    guard let width = terminalWidth(), line.count >= width else { return line }
    let indent = String(line.prefix(while: { $0 == " " }))
    return TextLayout.wrap(line, first: indent, rest: indent, width: min(width - 1, 100)).joined(separator: "\n")
}

/// Colour only for emphasis: the words carry the meaning, so nothing is lost without it.
func painted(_ text: String, _ kind: OutputLine.Kind, _ colour: Bool) -> String {
    guard colour, !text.isEmpty else { return text }
    switch kind {
    case .text: return text
    case .heading: return "\u{1B}[1m" + text + "\u{1B}[0m"
    case .warning: return "\u{1B}[33m" + text + "\u{1B}[0m"
    case .error: return "\u{1B}[31m" + text + "\u{1B}[0m"
    }
}

