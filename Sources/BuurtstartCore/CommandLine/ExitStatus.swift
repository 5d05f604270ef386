/// Every status the program exits with, declared once: the README's table, the man page's EXIT
/// STATUS and the help are checked against this list, and the shell names a status only
/// through it. The numbers follow BSD's sysexits where one fits.
public enum ExitStatus: Int32, CaseIterable, Sendable, CustomStringConvertible {
    /// Done, or saved and stopped on request; every transcript replayed identically.
    case success = 0
    /// A "no": a transcript differs (replay), the address is outside (check-address).
    case no = 1
    /// The command line cannot be used (EX_USAGE).
    case usage = 64
    /// A file's contents are wrong, a page came out too long, or a piped answer was refused
    /// under --strict (EX_DATAERR).
    case dataError = 65
    /// Something to work with is missing: no browser to print with (EX_UNAVAILABLE).
    case unavailable = 69
    /// A program we run failed: the browser made no PDF (EX_SOFTWARE).
    case software = 70
    /// Output cannot be made or would replace something unasked (EX_CANTCREAT).
    case cannotCreate = 73
    /// A file could not be read or written (EX_IOERR).
    case ioError = 74
    /// Piped input ended before the documents were written: the answers are saved, and a script
    /// can tell that the group is not finished (EX_TEMPFAIL: run again with the rest).
    case inputEnded = 75
    /// Ended by a signal: 128 and its number; the answers so far are saved.
    case hangUp = 129, interrupted = 130, quit = 131, terminated = 143

    /// The status for ending on `signal`, when it is one the program handles.
    public init?(signal: Int32) {
        self.init(rawValue: 128 + signal)
    }

    /// The number, as a help text names it.
    public var description: String { String(rawValue) }
}
