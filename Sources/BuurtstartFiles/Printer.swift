import BuurtstartCore
import Glibc

/// Prints the HTML pages to PDF through a headless Chromium (Debian's `chromium` package):
/// the only PDF maker buurtstart uses. The pages and Chromium's own profile go into a private
/// folder in the state folder, which is removed afterwards; Chromium is told to resolve no
/// host name, so that a page could not load anything even if it asked. The PDFs come back as
/// bytes, for the folder to write with the other documents.
public struct Printer: Sendable {
    /// Where Chromium was found.
    public let browser: String
    /// How long Chromium may take for one page before it is killed.
    public let seconds: Int

    public init(browser: String, seconds: Int = PrintedPage.printSeconds) {
        self.browser = browser
        self.seconds = seconds
    }

    /// Chromium's names on Debian, Ubuntu and elsewhere, looked up on `PATH`.
    public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The first browser on `PATH`, or nil.
    public static func find() -> Printer? {
        let path = environment("PATH") ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") where !folder.isEmpty {
                let candidate = "\(folder)/\(name)"
                if access(candidate, X_OK) == 0 {
                    let seconds = environment("BUURTSTART_PRINT_TIMEOUT").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
                    return Printer(browser: candidate, seconds: seconds ?? PrintedPage.printSeconds)
                }
            }
        }
        return nil
    }

    public enum Failure: Error {
        /// No private folder to work in.
        case folder(Folder.Failure)
        /// Chromium ended with this status, or wrote nothing, for this page.
        case browser(page: String, status: Int32)
        /// Chromium took longer than `seconds` for this page, and was stopped.
        case timedOut(page: String, seconds: Int)
    }

    /// Each page as PDF, named like the page with `.pdf`.
    public func pdfs(_ pages: [(name: String, contents: String)]) throws(Failure) -> [(name: String, bytes: [UInt8])] {
        guard let state = StateFolder.path() else { throw .folder(Folder.Failure(.missing)) }
        let work = state + "/" + Self.workPrefix + "\(ThisProcess.id)"
        // The work folders of runs that were killed (they hold the pages, with names and numbers).
        Self.removeLeftOvers(in: state)
        removeTree(work)
        guard mkdir(work, 0o700) == 0 else { throw .folder(Folder.Failure(errno: errno)) }
        defer { removeTree(work) }
        let folder: Folder
        do throws(Folder.Failure) { folder = try Folder(existing: work) } catch { throw .folder(error) }
        var printed: [(name: String, bytes: [UInt8])] = []
        for page in pages {
            let pdf = String(page.name.dropLast(".html".count)) + ".pdf"
            do throws(Folder.Failure) {
                try folder.write(page.name, Array(page.contents.utf8), mode: 0o600)
            } catch {
                throw .folder(error)
            }
            let ran = run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                              "--no-pdf-header-footer", "--host-resolver-rules=MAP * ~NOTFOUND",
                              "--user-data-dir=\(work)/profile", "--print-to-pdf=\(work)/\(pdf)", "file://\(work)/\(page.name)"],
                             home: work)
            guard let status = ran else { throw .timedOut(page: page.name, seconds: seconds) }
            let bytes = (try? folder.read(pdf)) ?? nil
            guard status == 0, let bytes, bytes.starts(with: Array("%PDF".utf8)) else {
                throw .browser(page: page.name, status: status)
            }
            printed.append((pdf, bytes))
        }
        return printed
    }

    /// The work folders are `print-PID` in the state folder.
    static let workPrefix = "print-"

    /// Removes the work folders of processes that no longer run.
    static func removeLeftOvers(in state: String) {
        guard let directory = opendir(state) else { return }
        var dead: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            guard name.hasPrefix(workPrefix), let pid = Int32(name.dropFirst(workPrefix.count)), pid > 0,
                  pid != ThisProcess.id, !ThisProcess.isAlive(pid) else { continue }
            dead.append(name)
        }
        closedir(directory)
        for name in dead { removeTree(state + "/" + name) }
    }

    /// Runs the browser with its output out of sight, its home in the work folder, in a process
    /// group of its own; returns its exit status (128 + the signal when one ended it, -1 when it
    /// could not start), or nil when it took longer than `seconds` and was killed with all its
    /// processes.
    private func run(_ arguments: [String], home: String) -> Int32? {
        var variables = ["HOME=\(home)", "TMPDIR=\(home)", "XDG_CONFIG_HOME=\(home)/config", "XDG_CACHE_HOME=\(home)/cache", "LANG=C.UTF-8"]
        if let path = environment("PATH") { variables.append("PATH=\(path)") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp) == 0 else { return -1 }
        var status: Int32 = 0
        let deadline = Self.now() + Double(seconds)
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0, errno != EINTR { return -1 }
            if Self.now() >= deadline {
                // The browser and every process it started.
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                return nil
            }
            usleep(20_000)
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import.
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

extension Printer {
    /// Seconds on a clock that only goes forward.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Removes a folder and everything in it, without following symbolic links.
private func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if info.st_mode & S_IFMT == S_IFDIR, let directory = opendir(path) {
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        closedir(directory)
        for name in names { removeTree(path + "/" + name) }
        rmdir(path)
    } else {
        unlink(path)
    }
}

/// How many pages a PDF from Chromium has: each page object is `/Type /Page` (the tree
/// above them is `/Type /Pages`). Chromium writes its page dictionaries uncompressed.
public enum PDFPages {
    public static func count(_ bytes: [UInt8]) -> Int {
        let key = Array("/Type /Page".utf8)
        var count = 0
        var index = bytes.startIndex
        while let found = bytes[index...].firstRange(of: key) {
            index = found.upperBound
            let next = index < bytes.endIndex ? bytes[index] : 0
            let isLetter = (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
            if !isLetter { count += 1 }
        }
        return count
    }
}

/// A PDF without the moment it was made (`/CreationDate` and `/ModDate`), which is all that
/// differs between two prints of the same page: to tell whether a PDF says something else.
public enum PDFStamp {
    public static func withoutDates(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        let keys = ["/CreationDate (", "/ModDate ("].map { Array($0.utf8) }
        var index = 0
        outer: while index < bytes.count {
            for key in keys where bytes[index...].starts(with: key) {
                if let end = bytes[index...].firstIndex(of: UInt8(ascii: ")")) {
                    index = end + 1
                    continue outer
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
