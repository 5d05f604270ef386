#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine

/// What one read from the user gave.
public enum ReadResult: Equatable, Sendable {
    /// A line, without its line ending.
    case line(String)
    /// The end of input (Ctrl-D on an empty line, or the end of a pipe).
    case endOfInput
}

/// Reads the user's answers one line at a time, with a prompt.
public protocol LineReader {
    mutating func readLine(prompt: String) -> ReadResult
}

/// Chooses libedit when both standard input and standard output are terminals, plain lines
/// otherwise, so that a pipe or a recording never receives escape codes.
public func makeLineReader(programName: String) -> any LineReader {
    if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
       let editor = EditLineReader(programName: programName) {
        return editor
    }
    return PlainLineReader()
}

/// Reads lines from standard input without a terminal. The prompt and the line read are both
/// written to standard output, so that piped output reads like the session it was.
public struct PlainLineReader: LineReader {
    public init() {}

    public mutating func readLine(prompt: String) -> ReadResult {
        writeStandardOutput(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else {
            writeStandardOutput("\n")
            return .endOfInput
        }
        let clean = line.hasSuffix("\r") ? String(line.dropLast()) : line
        writeStandardOutput(clean + "\n")
        return .line(clean)
    }
}

/// Reads lines through libedit: Emacs keys, and Up/Down through this session's answers.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer

    public init?(programName: String) {
        Self.chooseUTF8Locale()
        guard let editor = buurt_editor_open(programName) else { return nil }
        self.editor = editor
    }

    deinit {
        buurt_editor_close(editor)
    }

    public func readLine(prompt: String) -> ReadResult {
        withWideString(prompt) { buurt_editor_set_prompt(editor, $0) }
        var count: Int32 = 0
        guard let wide = buurt_editor_gets(editor, &count), count > 0 else {
            writeStandardOutput("\n")
            return .endOfInput
        }
        var line = Self.string(fromWide: wide, count: Int(count))
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        if !line.isEmpty { withWideString(line) { buurt_editor_history_add(editor, $0) } }
        return .line(line)
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
