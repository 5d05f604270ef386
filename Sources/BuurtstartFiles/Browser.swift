import CSystem
import Glibc

/// A headless Chromium spoken to through its DevTools pipe (`--remote-debugging-pipe`): it
/// reads commands on its descriptor 3 and writes replies and events on its descriptor 4, each
/// message one JSON text ended by a NUL byte. It runs with its output out of sight, its home
/// in the work folder, in a process group of its own, so that `stop()` ends every process it
/// started. Every wait has a deadline and ends early when a stop signal arrives.
final class Browser {
    /// Why the browser gave no answer.
    enum Failure: Error {
        /// It could not be started (-1), or ended by itself with this exit status (128 + the
        /// signal when one ended it).
        case ended(status: Int32)
        /// It answered a command with an error, or could not open the page.
        case refused
        /// The deadline passed.
        case timedOut
        /// Ctrl-C, Ctrl-\, SIGTERM or SIGHUP arrived.
        case stopped(signal: Int32)
    }

    private let pid: pid_t
    /// Our ends of the two pipes.
    private let commands: Int32, replies: Int32
    private let signals: StopSignals
    /// What was read and not yet taken as a message; `searched` bytes of it hold no NUL.
    private var received: [UInt8] = []
    private var searched = 0
    private var running = true

    /// Starts `path` with `arguments` (`--remote-debugging-pipe` is added) and `variables` as
    /// its whole environment, in `folder`.
    init(_ path: String, arguments: [String], variables: [String], in folder: String, signals: StopSignals) throws(Failure) {
        self.signals = signals
        // Ours are close-on-exec; the browser's ends go to 3 and 4 in the child. They are first
        // moved above 4, so that neither is overwritten by the other's dup2.
        guard let toBrowser = Self.pipe(), let fromBrowser = Self.pipe() else { throw .ended(status: -1) }
        commands = toBrowser.write
        replies = fromBrowser.read
        defer {
            close(toBrowser.read)
            close(fromBrowser.write)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, toBrowser.read, 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser.write, 4)
        buurtstart_spawn_in(&actions, folder)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group, the signals we hold back open to it again, and their usual
        // effect (and SIGPIPE's, which we ignore).
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var usual = sigset_t()
        sigemptyset(&usual)
        for number in StopSignals.numbers + [SIGPIPE] { sigaddset(&usual, number) }
        posix_spawnattr_setsigdefault(&attributes, &usual)
        let all = [path] + arguments + ["--remote-debugging-pipe", "about:blank"]
        let argv = all.map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, &attributes, argv, envp) == 0 else {
            close(commands)
            close(replies)
            throw .ended(status: -1)
        }
        self.pid = pid
    }

    deinit {
        stop()
        close(commands)
        close(replies)
    }

    /// A pipe whose two ends are close-on-exec and above descriptor 4 (moved there, which sets
    /// close-on-exec as well).
    private static func pipe() -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { return nil }
        let moved = ends.map { fcntl($0, F_DUPFD_CLOEXEC, 10) }
        ends.forEach { close($0) }
        return (moved[0], moved[1])
    }

    /// Sends one message.
    func send(_ message: [UInt8], until deadline: Double) throws(Failure) {
        let bytes = message + [0]
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
            if written > 0 {
                sent += written
            } else if errno != EINTR {
                // The browser closed its end: it is ending.
                throw .ended(status: ended(until: deadline))
            }
        }
    }

    /// The next message the browser writes: a reply or an event.
    func receive(until deadline: Double) throws(Failure) -> [UInt8] {
        while true {
            if let end = received[searched...].firstIndex(of: 0) {
                let message = Array(received[..<end])
                received.removeSubrange(...end)
                searched = 0
                return message
            }
            searched = received.count
            try wait(until: deadline)
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(replies, $0.baseAddress, $0.count) }
            if count > 0 {
                received += chunk[..<count]
            } else if count == 0 || errno != EINTR {
                throw .ended(status: ended(until: deadline))
            }
        }
    }

    /// Until the browser has written something, a stop signal arrived or the deadline passed.
    private func wait(until deadline: Double) throws(Failure) {
        while true {
            if let signal = signals.arrived() { throw .stopped(signal: signal) }
            let left = deadline - Self.now()
            guard left > 0 else { throw .timedOut }
            var watched = [pollfd(fd: replies, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: signals.descriptor, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&watched, nfds_t(watched.count), Int32(min(left * 1000 + 1, 60_000)))
            if ready > 0, watched[0].revents != 0 { return }
            if ready < 0, errno != EINTR { throw .ended(status: -1) }
        }
    }

    /// The exit status of a browser that closed its pipe, once it has ended; a browser that
    /// goes on after the deadline is stopped.
    private func ended(until deadline: Double) -> Int32 {
        var status: Int32 = 0
        while running {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid {
                running = false
                // WIFEXITED / WEXITSTATUS, which Swift does not import.
                let signal = status & 0x7f
                return signal == 0 ? (status >> 8) & 0xff : 128 + signal
            }
            if waited < 0, errno != EINTR { break }
            if Self.now() >= deadline || signals.arrived() != nil { break }
            usleep(10_000)
        }
        stop()
        return -1
    }

    /// Ends the browser and every process it started, and waits for it.
    func stop() {
        guard running else { return }
        running = false
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // Its children, now without their parent, are ended by the same signal.
        kill(-pid, SIGKILL)
    }

    /// Seconds on a clock that only goes forward.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
