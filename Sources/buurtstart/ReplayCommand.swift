import ArgumentParser
import BuurtstartCore
import BuurtstartFiles
import Glibc
import BuurtstartTerminal

/// `buurtstart replay`: runs recorded sessions again through the engine and compares the
/// screen and the documents with what was recorded.
struct ReplayCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "replay", abstract: helpText(.abstract(.replay)), discussion: helpText(.discussion(.replay)))
    }

    @Flag(name: .long, help: ArgumentHelp(helpText(.option(.update))))
    var update = false

    @Option(name: .long, help: ArgumentHelp(helpText(.option(.out)), valueName: helpText(.value(.folder))), completion: .directory)
    var out: String?

    @OptionGroup var replace: ForceOption

    @OptionGroup var languageOption: LanguageOption

    @ParentCommand var top: Buurtstart

    @Argument(help: ArgumentHelp(helpText(.option(.transcripts)), valueName: helpText(.value(.transcript))),
              completion: .file(extensions: ["txt"]))
    var files: [String]

    func validate() throws {
        try top.session.belongOnlyToTheSession(not: "replay", sharing: ["--force"])
        if out != nil, files.count != 1 { throw usageError(languageOption.language.text(.replayOutNeedsOneFile)) }
    }

    var replayRun: ReplayRun {
        ReplayRun(update: update, out: out, force: replace.force, language: languageOption.language, files: files)
    }

    func run() throws {
        try replayRun.run()
    }
}

/// Replaying transcripts, as `buurtstart replay` does.
struct ReplayRun {
    var update: Bool
    var out: String?
    /// `--out` onto a folder whose files hold something else replaces them only with `--force`.
    var force = false
    var language: Language
    var files: [String]

    enum Outcome { case passed, differs, invalid, outputFailed }

    func run() throws {
        let replay = TranscriptReplay(language: language)
        let outcomes = files.map { report($0, replay.evaluate($0)) }
        let passed = outcomes.filter { $0 == .passed }.count
        writeStandardOutput(language.text(.replayTotal(passed: passed, failed: outcomes.count - passed)) + "\n")
        if outcomes.contains(.outputFailed) { throw ExitCode(.cannotCreate) }
        if outcomes.contains(.invalid) { throw ExitCode(.dataError) }
        if outcomes.contains(.differs) { throw ExitCode(.no) }
    }

    /// Writes what `--out` and `--update` ask for, and says how the transcript fared.
    private func report(_ file: String, _ evaluation: TranscriptReplay.Evaluation) -> Outcome {
        let text = { (message: ShellText) in language.text(message) }
        let companionPath: String, files: Replay.Files, changed: [TranscriptReplay.Comparison]
        switch evaluation {
        case .invalid(let message):
            writeStandardOutput(verdict(.invalid, file) + "\n")
            writeStandardError(message + "\n")
            return .invalid
        case .replayed(let path, let produced, let differences):
            (companionPath, files, changed) = (path, produced, differences)
        }
        if let out {
            do throws(Refusal) { try writeOut(files, to: Place(dir: out, language: language)) } catch {
                writeStandardOutput(verdict(.invalid, file) + "\n")
                writeStandardError(error.message + "\n")
                return .outputFailed
            }
        }
        if update {
            return writeUpdate(changed, file: file, companionPath: companionPath, text)
        }
        guard let first = changed.first else {
            writeStandardOutput(verdict(.passed, file) + "\n")
            return .passed
        }
        writeStandardOutput(verdict(.differs, file) + "\n")
        let difference = TextDifference.between(expected: first.expected ?? "", actual: first.actual ?? "",
                                                expectedName: first.path + " " + text(.replaySide(recorded: true)),
                                                actualName: first.path + " " + text(.replaySide(recorded: false)))
        if let difference {
            writeStandardOutput(text(.replayDiffers(file: first.path, line: difference.line)) + "\n" + difference.diff + "\n")
        }
        if changed.count > 1 {
            writeStandardOutput("(+ \(changed.dropFirst().map(\.name).joined(separator: ", ")))\n")
        }
        writeStandardOutput(text(.replayUpdateHint(file)) + "\n")
        return .differs
    }

    /// A transcript's line of the report: the verdict, padded so that the names stand under
    /// each other.
    private func verdict(_ verdict: ReplayVerdict, _ file: String) -> String {
        let width = ReplayVerdict.allCases.map { language.text(.replayVerdict($0)).count }.max() ?? 0
        let word = language.text(.replayVerdict(verdict))
        return word + String(repeating: " ", count: width + 2 - word.count) + file
    }

    /// `--out`: the produced files land together, as a session's do: under the folder's lock
    /// (another session there is refused), and a file that holds another text (another group's
    /// answers or documents) is replaced only with `--force`; without it nothing is written.
    private func writeOut(_ produced: Replay.Files, to place: Place) throws(Refusal) {
        let files = produced.sorted(by: { $0.key < $1.key }).map { name, contents in
            (name: name, bytes: Array(contents.utf8), mode: mode_t(name == AnswersFile.name ? 0o600 : 0o644))
        }
        let folder = try place.openFolder()
        let lock = try place.lockSaying(folder)
        defer { lock.release() }
        let different = force ? [] : files.filter { folder.holdsOther(than: $0.bytes, $0.name) }.map(\.name)
        if !different.isEmpty {
            throw Refusal(.documentsExist(different, directory: place.dir), in: language, status: .cannotCreate)
        }
        _ = try place.writeSet(files, in: folder)
    }

    /// Rewrites what changed; a file that cannot be written is a failure, said as such.
    private func writeUpdate(_ changed: [TranscriptReplay.Comparison],
                             file: String, companionPath: String, _ text: (ShellText) -> String) -> Outcome {
        guard !changed.isEmpty else {
            writeStandardOutput(verdict(.passed, file) + "\n" + text(.replayUnchanged(file)) + "\n")
            return .passed
        }
        for change in changed {
            let folderPath = change.path == file ? TranscriptReplay.parentFolder(of: file) : companionPath
            do throws(Folder.Failure) {
                let folder = try Folder(path: folderPath)
                if let actual = change.actual {
                    try folder.write(change.name, Array(actual.utf8), mode: change.name == AnswersFile.name || change.path == file ? 0o600 : 0o644)
                } else {
                    folder.remove(change.name)
                }
            } catch {
                writeStandardOutput(verdict(.failed, file) + "\n")
                writeStandardError(text(.replayUpdateFailed(file: change.path, fault: error.fault)) + "\n")
                return .outputFailed
            }
        }
        writeStandardOutput(verdict(.updated, file) + "\n" + text(.replayUpdated(file: file, changed: changed.map(\.name))) + "\n")
        return .passed
    }
}
