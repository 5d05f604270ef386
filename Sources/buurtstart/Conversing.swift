import ArgumentParser
import BuurtstartFiles
import BuurtstartCore
import BuurtstartTerminal

/// Runs a conversation (the founding session, a member's intake) at the terminal with the line
/// editor, or through a pipe: one loop for both, so that the commands, the history kept free of
/// personal answers and the goodbye on standard error cannot drift apart. A signal that ended it
/// ends the command with 128 + the signal.
func converse<C: Conversation, Store: ConversationStore>(_ runner: inout ConversationRunner<C, Store>, language: Language,
                                                         noColor: Bool) throws {
    let colour = isTerminalSession && !noColor && environment("NO_COLOR").map(\.isEmpty) != false
        && environment("TERM") != "dumb"
    var reader: any LineReader = PlainLineReader()
    if isTerminalSession, let editor = EditLineReader(
        programName: "buurtstart", historyPath: StateFolder.historyPath(),
        interruptHint: language.text(.interruptHint), colour: colour) {
        reader = editor
        if !editor.historyLoaded, let path = StateFolder.historyPath() {
            writeStandardOutput(painted(language.text(.historyUnreadable(path)), .warning, colour) + "\n")
        }
    }
    let signal = runner.run(
        read: { prompt, completions, remember in
            switch reader.readLine(prompt: prompt, completions: completions, remember: remember) {
            case .line(let line): .line(line)
            case .endOfInput: .endOfInput
            case .terminated(let signal): .terminated(signal)
            }
        },
        show: { lines, atEnd in
            // A refused line is not worth recalling, and may hold what it was refused for.
            if lines.contains(where: { $0.kind == .error }) { reader.forgetLastLine() }
            let text = lines.map { painted(layOut($0.text), $0.kind, colour) + "\n" }.joined()
            // A pipe's goodbye goes to standard error, so standard output stays the session.
            if atEnd, !reader.isInteractive { writeStandardError(text) } else { writeStandardOutput(text) }
        })
    if let signal { throw ExitCode(128 + signal) }
}
