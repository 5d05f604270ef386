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

    @OptionGroup var languageOption: LanguageOption

    @ParentCommand var top: Buurtstart

    @Argument(help: ArgumentHelp(helpText(.option(.transcripts)), valueName: helpText(.value(.transcript))),
              completion: .file(extensions: ["txt"]))
    var files: [String]

    func validate() throws {
        try top.session.belongOnlyToTheSession(not: "replay")
        if out != nil, files.count != 1 { throw usageError(languageOption.language.text(.replayOutNeedsOneFile)) }
    }

    var replayRun: ReplayRun {
        ReplayRun(update: update, out: out, language: languageOption.language, files: files)
    }

    func run() throws {
        try replayRun.run()
    }
}

/// Replaying transcripts, as `buurtstart replay` does.
struct ReplayRun {
    var update: Bool
    var out: String?
    var language: Language
    var files: [String]

    /// The files a session can leave behind, in the order they are compared.
    static let sessionFiles = [AnswersFile.name] + Documents.names

    enum Outcome { case passed, differs, invalid, outputFailed }

    func run() throws {
        let outcomes = files.map { report($0, evaluate($0)) }
        let passed = outcomes.filter { $0 == .passed }.count
        writeStandardOutput("\(passed) passed, \(outcomes.count - passed) failed\n")
        if outcomes.contains(.outputFailed) { throw ExitCode(73) }
        if outcomes.contains(.invalid) { throw ExitCode(65) }
        if outcomes.contains(.differs) { throw ExitCode(1) }
    }

    /// A recorded file and what the program produces now.
    struct Comparison {
        let name: String
        let path: String
        let expected: String?
        let actual: String?
    }

    /// What replaying one transcript found, before anything is written or said.
    enum Evaluation {
        case invalid(String)
        case replayed(companionPath: String, files: Replay.Files, changed: [Comparison])
    }

    private func evaluate(_ file: String) -> Evaluation {
        let text = { (message: ShellText) in language.text(message) }
        let parent = parentFolder(of: file)
        let name = String(file.split(separator: "/").last ?? Substring(file))
        let contents: [UInt8]
        do throws(Folder.Failure) {
            guard let bytes = try Folder(existing: parent).read(name) else { throw Folder.Failure(.missing) }
            contents = bytes
        } catch {
            return .invalid(text(.cannotRead(file, fault: error.fault)))
        }
        let recorded = String(decoding: contents, as: UTF8.self)
        let transcript: Transcript
        do { transcript = try Transcript.parse(recorded) } catch {
            return .invalid(text(.transcriptError(error, file: file)))
        }
        /// A file the header names (`start-from`, `preset`), read beside the transcript and
        /// decoded; a problem is reported at the header's line.
        func beside<T>(_ key: String, _ name: String, _ decode: ([UInt8]) throws(DataFileError) -> T) -> Result<T, TranscriptError> {
            let line = transcript.header.lines.firstIndex { $0.hasPrefix("# \(key):") }.map { $0 + 1 } ?? 1
            do throws(Folder.Failure) {
                guard let bytes = try Folder(existing: parent).read(name) else { throw Folder.Failure(.missing) }
                do { return .success(try decode(bytes)) } catch {
                    return .failure(TranscriptError(line: line, kind: .startFrom(error)))
                }
            } catch {
                return .failure(TranscriptError(line: line, kind: .startFromUnreadable(error.fault)))
            }
        }
        var startAnswers: Answers?
        if let startFrom = transcript.header.startFrom {
            switch beside("start-from", startFrom, AnswersFile.decode) {
            case .success(let answers): startAnswers = answers
            case .failure(let error): return .invalid(text(.transcriptError(error, file: file)))
            }
        }
        var preset: Preset?
        if let name = transcript.header.preset {
            if let shipped = Preset.shipped(named: name) {
                preset = shipped
            } else {
                switch beside("preset", name, Preset.decode) {
                case .success(let loaded): preset = loaded
                case .failure(let error): return .invalid(text(.transcriptError(error, file: file)))
                }
            }
        }
        var otherGroups: GroupSet?
        if let groups = transcript.header.groups {
            // As the session was given it: a relative folder is read beside the transcript.
            let path = groups.hasPrefix("/") ? groups : parent + "/" + groups
            do throws(Folder.Failure) { otherGroups = GroupSet(try GroupFolders.read(path).groups) } catch {
                let line = transcript.header.lines.firstIndex { $0.hasPrefix("# groups:") }.map { $0 + 1 } ?? 1
                return .invalid(text(.transcriptError(TranscriptError(line: line, kind: .groupsUnreadable(error.fault)), file: file)))
            }
        }
        let result = Replay.run(transcript, startAnswers: startAnswers, preset: preset, otherGroups: otherGroups)
        let companionPath = Transcript.companionPath(of: file)
        let companion = try? Folder(existing: companionPath)

        // What was recorded, and what the program produces now. A file that is exactly what
        // the program writes need not be written out again from its parsed form.
        let replayed = result.transcript.written()
        // Byte for byte: a file that reads the same but is spelled differently has changed.
        var changed: [Comparison] = []
        if !sameBytes(recorded, replayed) {
            let expected = transcript.written()
            if !sameBytes(expected, replayed) {
                changed.append(Comparison(name: name, path: file, expected: expected, actual: replayed))
            }
        }
        for document in Self.sessionFiles {
            // The recorded document becomes text only when it differs, for the diff.
            let recorded = (try? companion?.read(document)).flatMap { $0 }
            let actual = result.files[document]
            if let recorded, let actual, sameBytes(recorded, actual) { continue }
            if recorded == nil, actual == nil { continue }
            changed.append(Comparison(name: document, path: companionPath + "/" + document,
                                      expected: recorded.map { String(decoding: $0, as: UTF8.self) }, actual: actual))
        }
        return .replayed(companionPath: companionPath, files: result.files, changed: changed)
    }

    /// Writes what `--out` and `--update` ask for, and says how the transcript fared.
    private func report(_ file: String, _ evaluation: Evaluation) -> Outcome {
        let text = { (message: ShellText) in language.text(message) }
        let companionPath: String, files: Replay.Files, changed: [Comparison]
        switch evaluation {
        case .invalid(let message):
            writeStandardOutput("invalid  \(file)\n")
            writeStandardError(message + "\n")
            return .invalid
        case .replayed(let path, let produced, let differences):
            (companionPath, files, changed) = (path, produced, differences)
        }
        if let out {
            // All produced files together: the documents and their answers land as one.
            let files = files.sorted(by: { $0.key < $1.key }).map { name, contents in
                (name: name, bytes: Array(contents.utf8), mode: mode_t(name == AnswersFile.name ? 0o600 : 0o644))
            }
            do throws(Folder.Failure) { try Folder(path: out).write(files) } catch {
                writeStandardOutput("invalid  \(file)\n")
                writeStandardError(text(.cannotUseFolder(out, fault: error.fault)) + "\n")
                return .outputFailed
            }
        }
        if update {
            return writeUpdate(changed, file: file, companionPath: companionPath, text)
        }
        guard let first = changed.first else {
            writeStandardOutput("ok       \(file)\n")
            return .passed
        }
        writeStandardOutput("differs  \(file)\n")
        let difference = TextDifference.between(expected: first.expected ?? "", actual: first.actual ?? "",
                                                expectedName: first.path + " (recorded)", actualName: first.path + " (replayed)")
        if let difference {
            writeStandardOutput(text(.replayDiffers(file: first.path, line: difference.line)) + "\n" + difference.diff + "\n")
        }
        if changed.count > 1 {
            writeStandardOutput("(+ \(changed.dropFirst().map(\.name).joined(separator: ", ")))\n")
        }
        writeStandardOutput(text(.replayUpdateHint(file)) + "\n")
        return .differs
    }

    /// Rewrites what changed; a file that cannot be written is a failure, said as such.
    private func writeUpdate(_ changed: [Comparison],
                             file: String, companionPath: String, _ text: (ShellText) -> String) -> Outcome {
        guard !changed.isEmpty else {
            writeStandardOutput("ok       \(file)\n" + text(.replayUnchanged(file)) + "\n")
            return .passed
        }
        for change in changed {
            let folderPath = change.path == file ? parentFolder(of: file) : companionPath
            do throws(Folder.Failure) {
                let folder = try Folder(path: folderPath)
                if let actual = change.actual {
                    try folder.write(change.name, Array(actual.utf8), mode: change.name == AnswersFile.name || change.path == file ? 0o600 : 0o644)
                } else {
                    folder.remove(change.name)
                }
            } catch {
                writeStandardOutput("failed   \(file)\n")
                writeStandardError(text(.replayUpdateFailed(file: change.path, fault: error.fault)) + "\n")
                return .outputFailed
            }
        }
        writeStandardOutput("updated  \(file)\n" + text(.replayUpdated(file: file, changed: changed.map(\.name))) + "\n")
        return .passed
    }

    private func parentFolder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        let parent = String(file[..<slash])
        return parent.isEmpty ? "/" : parent
    }
}

/// Whether two texts are the same, scalar for scalar (`==` would also take canonically
/// equivalent spellings as equal).
func sameBytes(_ first: String, _ second: String) -> Bool {
    first.unicodeScalars.elementsEqual(second.unicodeScalars)
}

/// Whether a file's bytes are exactly a text's.
func sameBytes(_ bytes: [UInt8], _ text: String) -> Bool {
    bytes.elementsEqual(text.utf8)
}
