import CSystem
import Glibc

/// Ctrl-C, Ctrl-\, SIGTERM and SIGHUP held back while a browser prints, and read from a
/// descriptor instead (signalfd), so that the printer can stop the browser and remove its work
/// folder before the program ends with 128 + the signal. Left to themselves they would end the
/// program and leave Chromium running in its own process group (Ctrl-C reaches only the
/// terminal's foreground group), and Ctrl-\ would bring the runtime's crash report. SIGPIPE is
/// ignored meanwhile: a browser that ends while it is written to is then seen as its pipe
/// closing. `end()` puts everything back as it was.
struct StopSignals {
    /// The signals that stop an export.
    static let numbers = [SIGINT, SIGQUIT, SIGTERM, SIGHUP]

    /// Readable when one of `numbers` has arrived; -1 when signalfd is not there.
    let descriptor: Int32
    private let previousMask: sigset_t
    private let previousPipe: sigaction

    init() {
        var set = sigset_t()
        sigemptyset(&set)
        for number in Self.numbers { sigaddset(&set, number) }
        var previous = sigset_t()
        sigprocmask(SIG_BLOCK, &set, &previous)
        previousMask = previous
        descriptor = buurtstart_signalfd(&set)
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        var pipe = sigaction()
        sigaction(SIGPIPE, &ignore, &pipe)
        previousPipe = pipe
    }

    /// The signal that arrived, or nil.
    func arrived() -> Int32? {
        let number = buurtstart_read_signal(descriptor)
        return number == 0 ? nil : number
    }

    /// The signals as they were. One that arrived after the last look is then handled as it
    /// would have been without the printer: the browser is stopped by then.
    func end() {
        if descriptor >= 0 { close(descriptor) }
        var pipe = previousPipe
        sigaction(SIGPIPE, &pipe, nil)
        var mask = previousMask
        sigprocmask(SIG_SETMASK, &mask, nil)
    }
}
