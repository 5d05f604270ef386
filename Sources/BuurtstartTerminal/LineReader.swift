import Glibc
import BuurtstartCore
import CEditLine

/// What one read from the user gave.
public enum ReadResult: Equatable, Sendable {
    /// A line, without its line ending.
    case line(String)
    /// The end of input (Ctrl-D on an empty line, or the end of a pipe).
    case endOfInput
    /// SIGTERM or SIGHUP arrived while waiting; the terminal is already restored.
    case terminated(signal: Int32)
}

/// Reads the user's answers one line at a time, with a prompt.
public protocol LineReader {
    /// Reads a line after `prompt`; Tab may complete to one of `completions`. `remember`: may
    /// the line be kept in the history, to come back with Up in this session and the next? No
    /// for answers that hold personal data (names, phone numbers).
    mutating func readLine(prompt: String, completions: [String], remember: Bool) -> ReadResult
    /// The last line read was refused: it leaves the history again.
    mutating func forgetLastLine()
    /// Whether standard output gets a copy of what was typed (plain mode).
    var isInteractive: Bool { get }
}

/// Whether both standard input and standard output are terminals.
public var isTerminalSession: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

/// Reads lines from standard input without a terminal: no libedit, no escape codes. The
/// prompt and the line read are both written to standard output, so that piped output reads
/// like the session it was.
public struct PlainLineReader: LineReader {
    public init() {
        // Ctrl-\ on a terminal that feeds a pipe session: a quit, not the runtime's crash report.
        buurt_install_quit_handler()
    }

    public var isInteractive: Bool { false }

    /// Nothing is remembered: there is no history without a line editor.
    public mutating func forgetLastLine() {}

    /// Whether the next line has arrived already: a whole line in standard input's buffer, or
    /// anything more in the pipe or file behind it (read without waiting).
    public static func inputWaiting() -> Bool { buurt_input_waiting() == 1 }

    public mutating func readLine(prompt: String, completions: [String], remember: Bool) -> ReadResult {
        writeStandardOutput(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else {
            writeStandardOutput("\n")
            return .endOfInput
        }
        let clean = line.hasSuffix("\r") ? String(line.dropLast()) : line
        writeStandardOutput(TextInput.visible(clean) + "\n")
        return .line(clean)
    }
}

/// Reads lines through libedit: Emacs keys and the user's ~/.editrc, Up/Down and Ctrl-R
/// through earlier answers (kept between sessions in a history file), Tab completion, Ctrl-C
/// to clear the line, Ctrl-D to stop.
public final class EditLineReader: LineReader {
    private var editor: OpaquePointer?
    private let historyPath: String?
    private let colour: Bool

    /// False when the history file exists but cannot be read; the session warns once.
    public private(set) var historyLoaded = true
    /// Whether the last line read went into the history (and may have to leave it again).
    private var lastLineEntered = false
    /// Whether the history changed since it was last saved. It is saved when the next line is
    /// asked for, once the last one was judged: a refused line never reaches the file.
    private var historyChanged = false

    /// - Parameters:
    ///   - historyPath: where answers are remembered between sessions; nil for none.
    ///   - interruptHint: shown when Ctrl-C is pressed on an empty line.
    ///   - colour: whether the prompt may be bold.
    public init?(programName: String, historyPath: String?, interruptHint: String, colour: Bool) {
        Self.chooseUTF8Locale()
        guard let editor = buurt_editor_open(programName) else { return nil }
        self.editor = editor
        self.historyPath = historyPath
        self.colour = colour
        withWideString(interruptHint) { buurt_editor_set_interrupt_hint(editor, $0) }
        buurt_install_signal_handlers()
        if let historyPath, access(historyPath, F_OK) == 0 {
            historyLoaded = buurt_editor_history_load(editor, historyPath) == 0
        }
    }

    deinit { close() }

    public var isInteractive: Bool { true }

    /// Saves the history, restores the terminal and frees libedit; reading afterwards gives the
    /// end of input.
    public func close() {
        guard let editor else { return }
        saveHistory()
        buurt_editor_close(editor)
        self.editor = nil
    }

    private func saveHistory() {
        guard let editor, historyChanged else { return }
        historyChanged = false
        if let historyPath { _ = buurt_editor_history_save(editor, historyPath) }
    }

    public func forgetLastLine() {
        guard let editor, lastLineEntered else { return }
        buurt_editor_history_remove_newest(editor)
        lastLineEntered = false
    }

    public func readLine(prompt: String, completions: [String], remember: Bool) -> ReadResult {
        guard let editor else { return .endOfInput }
        saveHistory()
        lastLineEntered = false
        withWideString(Self.painted(prompt, colour: colour)) { buurt_editor_set_prompt(editor, $0) }
        setCompletions(completions)
        var count: Int32 = 0
        let wide = buurt_editor_gets(editor, &count)
        let signal = buurt_termination_signal()
        if signal != 0 {
            writeStandardOutput("\n")
            close()
            return .terminated(signal: signal)
        }
        guard let wide, count > 0 else {
            writeStandardOutput("\n")
            return .endOfInput
        }
        var line = Self.string(fromWide: wide, count: Int(count))
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        // A line with a control character is always refused: it is never remembered either. A
        // line holding a phone number is personal data whatever the question.
        if remember, !line.trimmingCharacters(in: " ").isEmpty, TextInput.firstHidden(in: line) == nil,
           !PhoneNumber.isMentioned(in: line) {
            lastLineEntered = withWideString(line) { buurt_editor_history_add(editor, $0) } != 0
            historyChanged = historyChanged || lastLineEntered
        }
        return .line(line)
    }

    /// The prompt in bold, the sequences bracketed by `\1` so that libedit does not count them.
    /// libedit never prints invisible sequences at the very end of a prompt: the reset goes
    /// before the last character (the space after the colon), or the answer typed after it and
    /// everything printed later would be bold as well.
    static func painted(_ prompt: String, colour: Bool) -> String {
        guard colour, let last = prompt.last else { return prompt }
        return "\u{1}\u{1B}[1m\u{1}" + prompt.dropLast() + "\u{1}\u{1B}[0m\u{1}" + String(last)
    }

    private func setCompletions(_ words: [String]) {
        guard let editor else { return }
        // C copies of each word, freed once libedit's shim has copied them in turn.
        let copies: [UnsafeMutablePointer<wchar_t>] = words.map { word in
            let scalars = word.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
            let copy = UnsafeMutablePointer<wchar_t>.allocate(capacity: scalars.count)
            copy.initialize(from: scalars, count: scalars.count)
            return copy
        }
        defer { copies.forEach { $0.deallocate() } }
        let pointers: [UnsafePointer<wchar_t>?] = copies.map { UnsafePointer($0) }
        pointers.withUnsafeBufferPointer { buurt_editor_set_completions(editor, $0.baseAddress, Int32(words.count)) }
    }

    /// libedit decodes keys through the C library's locale; without a UTF-8 locale every
    /// non-ASCII street name would be mangled.
    private static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().filter { $0 != "-" }
        if codeset != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private static func string(fromWide wide: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for index in 0..<count {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: wide[index])) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private func withWideString<R>(_ string: String, _ body: (UnsafePointer<wchar_t>) -> R) -> R {
        var wide = string.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        return wide.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(drop(while: { $0 == character }).reversed().drop(while: { $0 == character }).reversed())
    }
}

/// Writes text to standard output at once, unbuffered by Swift.
public func writeStandardOutput(_ text: String) {
    var bytes = Array(text.utf8)
    writeAll(STDOUT_FILENO, &bytes)
}

/// Writes text to standard error at once.
public func writeStandardError(_ text: String) {
    var bytes = Array(text.utf8)
    writeAll(STDERR_FILENO, &bytes)
}

private func writeAll(_ fd: Int32, _ bytes: inout [UInt8]) {
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written < 0 {
            if errno == EINTR { continue }
            return
        }
        offset += written
    }
}

/// The width of the terminal on standard output, or nil when it is not a terminal.
public func terminalWidth() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}

/// Ctrl-\ (SIGQUIT) from now on ends the program with 131, as Ctrl-C ends it with 130, instead
/// of bringing the runtime's crash report: for commands that read no answers.
public func quitQuietly() {
    buurt_install_quit_handler()
}
