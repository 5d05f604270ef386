import ArgumentParser
import BuurtstartFiles
import BuurtstartCore
import BuurtstartTerminal

/// How a conversation at the terminal or through a pipe went, for the command's exit status.
struct Conversed {
    /// Read from a terminal with the line editor (not a pipe).
    let interactive: Bool
    /// The transcript of `--record` could not be written to its end.
    let recordingCut: Bool
    /// `--strict` ended a piped conversation at a refused answer.
    var strictStop = false
}

/// Runs a conversation (the founding session, a member's intake) at the terminal with the line
/// editor, or through a pipe: one loop for both, so that the commands, the history kept free of
/// personal answers, the goodbye on standard error and a transcript's failure cannot drift
/// apart. A signal that ended it ends the command with 128 + the signal.
func converse<C: Conversation, Store: ConversationStore>(_ runner: inout ConversationRunner<C, Store>, language: Language,
                                                         noColor: Bool, recording: Recording? = nil,
                                                         recordPath: String? = nil, strict: Bool = false) throws -> Conversed {
    // A transcript that cannot be written to its end (a full disk) is said once, as soon as it
    // is known; the conversation goes on, and the command ends with 74.
    var recordingCutTold = false
    func tellIfRecordingCut() {
        guard !recordingCutTold, let recording, let recordPath, let fault = recording.failure else { return }
        recordingCutTold = true
        writeStandardError(language.text(.recordingCut(file: recordPath, fault: fault)) + "\n")
    }
    if let recording {
        runner.onTranscript = { lines in
            recording.append(lines)
            tellIfRecordingCut()
        }
    }
    let colour = isTerminalSession && !noColor && environment("NO_COLOR").map(\.isEmpty) != false
        && environment("TERM") != "dumb"
    var reader: any LineReader = PlainLineReader()
    // libedit opens the history by its path: anything but a regular file there (a FIFO would
    // hang it before the first prompt) is said, and the conversation goes on without it.
    let history = isTerminalSession ? StateFolder.historyPath() : nil
    let historyUsable = history.map(Folder.isRegularOrAbsent) ?? true
    if isTerminalSession, let editor = EditLineReader(
        programName: "buurtstart", historyPath: historyUsable ? history : nil,
        interruptHint: language.text(.interruptHint), colour: colour) {
        reader = editor
        if !editor.historyLoaded || !historyUsable, let path = history {
            writeStandardOutput(painted(language.text(.historyUnreadable(path)), .warning, colour) + "\n")
        }
    }
    if !reader.isInteractive {
        runner.wantsCompletions = false
        runner.inputWaiting = PlainLineReader.inputWaiting
    }
    // --strict, through a pipe: the line a refusal answered, and where the input then stops.
    var linesRead = 0, refused = false, strictStop = false
    let signal = runner.run(
        read: { prompt, completions, remember in
            if refused {
                strictStop = true
                let question = prompt.hasSuffix(": ") ? String(prompt.dropLast(2)) : prompt
                writeStandardError(language.text(.strictStopped(question: question, line: linesRead)) + "\n")
                return .endOfInput
            }
            switch reader.readLine(prompt: prompt, completions: completions, remember: remember) {
            case .line(let line):
                linesRead += 1
                return .line(line)
            case .endOfInput: return .endOfInput
            case .terminated(let signal): return .terminated(signal)
            }
        },
        show: { lines, atEnd in
            if strict, !reader.isInteractive, lines.contains(where: { $0.kind == .error }) { refused = true }
            // A refused line is not worth recalling, and may hold what it was refused for.
            if lines.contains(where: { $0.kind == .error }) { reader.forgetLastLine() }
            let text = lines.map { painted(layOut($0.text), $0.kind, colour) + "\n" }.joined()
            // A pipe's goodbye goes to standard error, so standard output stays the session.
            if atEnd, !reader.isInteractive { writeStandardError(text) } else { writeStandardOutput(text) }
        })
    tellIfRecordingCut()
    if let signal, let status = ExitStatus(signal: signal) { throw ExitCode(status) }
    return Conversed(interactive: reader.isInteractive, recordingCut: recording?.failure != nil, strictStop: strictStop)
}

/// Opens the transcript of `--record`: never onto the group's own files, nor over another file
/// without `--force`. A refusal is said, and ends the command with 73.
func openRecording(_ path: String, header: Transcript.Header, startAnswers: [UInt8]?, presetFile: [UInt8]? = nil,
                   group: Folder, force: Bool, language: Language) throws -> Recording {
    do throws(Folder.Failure) {
        return try Recording(path: path, header: header, startAnswers: startAnswers, presetFile: presetFile,
                             group: group, replacing: force)
    } catch {
        let companion = Transcript.companionPath(of: path)
        let said: ShellText = switch error.fault {
        case .alreadyExists: .recordingExists(file: path, folder: companion)
        case .groupFile: .recordingOntoGroup(file: path, folder: companion)
        default: .recordingFailed(file: path, fault: error.fault)
        }
        writeStandardError(language.text(said) + "\n")
        throw ExitCode(.cannotCreate)
    }
}
