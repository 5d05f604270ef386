import BuurtstartCore
import Glibc

/// Prints the HTML pages to PDF through a headless Chromium (Debian's `chromium` package):
/// the only PDF maker buurtstart uses. One browser prints every page of an export, one after
/// the other, driven through its DevTools pipe (`Browser`, `DevTools`). The pages and
/// Chromium's own profile go into a private folder in the state folder, which is removed
/// afterwards; Chromium is told to resolve no host name, so that a page could not load
/// anything even if it asked. The PDFs come back as bytes, for the folder to write with the
/// other documents. A PDF already in the group's folder that was printed from the same page
/// (`PrintRecord`) is kept, and when every one is, no browser is started.
public struct Printer: Sendable {
    /// Where Chromium was found.
    public let browser: String
    /// How long Chromium may take for one page before it is stopped (for the first page, its
    /// start included).
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
        /// Chromium ended with this status (nil: it refused the page, or sent no PDF) for this page.
        case browser(page: String, status: Int32?)
        /// Chromium took longer than `seconds` for this page, and was stopped.
        case timedOut(page: String, seconds: Int)
        /// Ctrl-C, Ctrl-\, SIGTERM or SIGHUP arrived: the browser is stopped, its folder removed.
        case stopped(signal: Int32)
    }

    /// Each page as PDF, named like the page with `.pdf`, in the order of `pages`. The PDF in
    /// `group` is kept where it was printed from the same page, or where a new print differs
    /// from it only in the moment it was made (`PDFStamp`). `printing` is told how many pages
    /// a browser prints, before it starts (not at all when none is needed); `printed` each
    /// page's PDF name as soon as it is printed.
    public func pdfs(_ pages: [(name: String, contents: String)], for group: Folder,
                     printing: (Int) -> Void, printed: (String) -> Void) throws(Failure) -> [(name: String, bytes: [UInt8])] {
        guard let state = StateFolder.path() else { throw .folder(Folder.Failure(.missing)) }
        // The work folders of runs that were killed (they hold the pages, with names and numbers).
        Self.removeLeftOvers(in: state)
        let stateFolder = Folder(unchecked: state)
        var record = PrintRecord(in: stateFolder)
        defer { record.save(in: stateFolder) }
        let named = pages.map { page in (page: page, pdf: Self.pdfName(page.name), old: (try? group.read(Self.pdfName(page.name))) ?? nil) }
        var made: [String: [UInt8]] = [:]
        for page in named {
            if let old = page.old, record.holds(old, printedFrom: page.page.contents) { made[page.pdf] = old }
        }
        let left = named.filter { made[$0.pdf] == nil }
        if !left.isEmpty {
            printing(left.count)
            try print(left.map(\.page), in: state) { page, pdf in
                let name = Self.pdfName(page.name)
                // A PDF holds the moment it was made: one that differs from the old only in
                // that is the old one, left alone.
                let old = named.first { $0.pdf == name }?.old
                let kept = old.flatMap { PDFStamp.withoutStamps($0) == PDFStamp.withoutStamps(pdf) ? $0 : nil } ?? pdf
                record.add(kept, printedFrom: page.contents)
                made[name] = kept
                printed(name)
            }
        }
        return named.compactMap { page in made[page.pdf].map { (page.pdf, $0) } }
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

    /// Prints `pages` with one browser, in a fresh work folder that is removed afterwards
    /// (also when a stop signal ends it), and hands each PDF to `each` as soon as it is there.
    private func print(_ pages: [(name: String, contents: String)], in state: String,
                       each: ((name: String, contents: String), [UInt8]) -> Void) throws(Failure) {
        let signals = StopSignals()
        defer { signals.end() }
        let work = state + "/" + Self.workPrefix + "\(ThisProcess.id)"
        removeTree(work)
        guard mkdir(work, 0o700) == 0 else { throw .folder(Folder.Failure(errno: errno)) }
        defer { removeTree(work) }
        for page in pages {
            if let failure = Self.writeUnflushed(work + "/" + page.name, Array(page.contents.utf8)) { throw .folder(failure) }
        }
        // Its temporary folder relative to the work folder, where it runs: Chromium puts a socket
        // there, and a socket's path may be at most 107 bytes (a long home folder would pass that).
        var variables = ["HOME=\(work)", "TMPDIR=.", "XDG_CONFIG_HOME=\(work)/config", "XDG_CACHE_HOME=\(work)/cache", "LANG=C.UTF-8"]
        if let path = environment("PATH") { variables.append("PATH=\(path)") }
        var current = pages[0].name
        // Each page has `seconds`, the first one from the browser's start.
        var deadline = Browser.now() + Double(seconds)
        do throws(Browser.Failure) {
            let browser = try Browser(self.browser, arguments: [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(work)/profile",
                // Nothing in the background: no updates, no sync, no reports, no guesses at the
                // network; less to start, on a machine that may have two cores.
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps", "--disable-sync",
                "--no-default-browser-check", "--disable-breakpad", "--metrics-recording-only", "--password-store=basic",
                "--mute-audio", "--disable-features=Translate,OptimizationHints,MediaRouter",
            ], variables: variables, in: work, signals: signals)
            defer { browser.stop() }
            var tab = DevTools(browser)
            try tab.openTab(until: deadline)
            for page in pages {
                current = page.name
                let pdf = try tab.pdf(of: Self.fileURL(work + "/" + page.name), until: deadline)
                guard pdf.starts(with: Array("%PDF".utf8)) else { throw Browser.Failure.refused }
                each(page, pdf)
                deadline = Browser.now() + Double(seconds)
            }
        } catch {
            switch error {
            case .ended(let status): throw .browser(page: current, status: status)
            case .refused: throw .browser(page: current, status: nil)
            case .timedOut: throw .timedOut(page: current, seconds: seconds)
            case .stopped(let signal): throw .stopped(signal: signal)
            }
        }
    }

    /// Writes a new private file in the work folder without flushing it to disk: it lives only
    /// while the browser prints, and a crash loses nothing (the next export removes it).
    private static func writeUnflushed(_ path: String, _ bytes: [UInt8]) -> Folder.Failure? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return Folder.Failure(errno: errno) }
        defer { close(fd) }
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written > 0 { sent += written } else if errno != EINTR { return Folder.Failure(errno: errno) }
        }
        return nil
    }

    /// A `file://` address for `path`, every byte but letters, digits, `-._~` and `/` written as
    /// `%XX`: a home folder with a space, `#` or `?` in its name still names the page.
    static func fileURL(_ path: String) -> String {
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        let digits = Array("0123456789ABCDEF".utf8)
        var bytes = Array("file://".utf8)
        for byte in path.utf8 {
            if kept.contains(byte) { bytes.append(byte) } else { bytes += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `charter.pdf` for `charter.html`.
    private static func pdfName(_ page: String) -> String {
        String(page.dropLast(".html".count)) + ".pdf"
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
