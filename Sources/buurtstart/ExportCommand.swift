import ArgumentParser
import BuurtstartCore
import BuurtstartFiles
import BuurtstartTerminal
import Glibc

extension Buurtstart {
    struct Export: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "export", abstract: helpText(.abstract(.export)), discussion: helpText(.discussion(.export)))
        }

        @OptionGroup var options: FolderOptions

        @OptionGroup var replace: ForceOption

        @ParentCommand var top: Buurtstart

        // Optional, so that the help lists the formats without an English "(default: text)".
        @Option(name: .long, help: ArgumentHelp(helpText(.option(.format))))
        var format: ExportFormat?

        @Option(name: .long, help: ArgumentHelp(helpText(.option(.from)), valueName: helpText(.value(.file))), completion: .file())
        var from: String?

        @Option(name: .long, help: ArgumentHelp(helpText(.option(.without)), valueName: helpText(.value(.page))),
                completion: .list(OptionalPage.names))
        var without: [OptionalPage] = []

        @Argument(help: ArgumentHelp(helpText(.option(.folders)), valueName: helpText(.value(.folder))), completion: .directory)
        var folders: [String] = []

        func validate() throws {
            try top.session.belongOnlyToTheSession(not: "export", sharing: ["--dir", "--force"])
        }

        func run() throws {
            // Ctrl-\ outside the printing (which handles it itself): a quit, not the runtime's
            // crash report.
            if format == .pdf { quitQuietly() }
            var all = folders
            if let from { all += try reported(listed(in: from)) }
            if all.isEmpty, from == nil { all = [options.folder] }
            // A folder named twice is exported once.
            var seen = Set<String>()
            var failure: ExitCode?
            for dir in all where seen.insert(dir).inserted {
                do throws(Refusal) { try export(Place(dir: dir, language: options.language)) } catch {
                    let code = say(error)
                    failure = failure ?? code
                }
            }
            if let failure { throw failure }
        }

        /// The folders in a list file (`--from`), one per line; blank lines are skipped. A long
        /// list is read here rather than from the command line, where it would be parsed slowly.
        private func listed(in path: String) throws(Refusal) -> [String] {
            let bytes: [UInt8]
            do throws(Folder.Failure) {
                if path == "-" { bytes = try Folder.readAll(STDIN_FILENO) } else {
                    let fd = open(path, O_RDONLY | O_CLOEXEC)
                    guard fd >= 0 else { throw Folder.Failure(errno: errno) }
                    defer { close(fd) }
                    bytes = try Folder.readAll(fd)
                }
            } catch {
                throw Refusal(.cannotRead(path, fault: error.fault), in: options.language, status: .ioError)
            }
            let lines = TextInput.lines(String(decoding: bytes, as: UTF8.self)).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
            // A listed folder is checked as an argument is: nothing hidden reaches a message.
            if let index = lines.firstIndex(where: { TextInput.firstHidden(in: $0) != nil }) {
                throw Refusal(HelpText.argumentHidden(TextInput.visible(lines[index])), in: options.language, status: .dataError, at: "\(path):\(index + 1)")
            }
            return lines.filter { !$0.isEmpty }
        }

        /// One folder, its lock held while its answers are read and its documents replaced.
        private func export(_ place: Place) throws(Refusal) {
            let folder = try place.existingFolder()
            let lock = try place.lockSaying(folder)
            defer { lock.release() }
            let saved = try place.requiredAnswers(in: folder)
            // A group being changed is exported as it was last finished.
            guard var answers = saved.lastFinished, let date = CalendarDate(iso: answers.charter.date) else {
                throw Refusal(.dataFile(DataFileError(.unfinished), file: folder.file(AnswersFile.name)), in: place.language, status: .dataError)
            }
            // The group's own language, for its documents and what is said about them.
            let language = options.explicitLanguage ?? Language(rawValue: answers.language) ?? place.language
            sayIfBeingChanged(saved, language: language)
            // `--without`: left out this time, whatever the session chose.
            for page in without {
                switch page {
                case .letter: answers.paper.letter = false
                case .introduction: answers.paper.introduction = false
                }
            }
            let format = format ?? .text
            let made = format.files(answers, date: date, language: language)
            var files = made.map { (name: $0.name, bytes: Array($0.contents.utf8), mode: mode_t(0o644)) }
            if format == .pdf {
                guard let printer = Printer.find() else { throw Refusal(.browserMissing, in: language, status: .unavailable) }
                do throws(Printer.Failure) {
                    files = try printer.pdfs(made, for: folder, printing: { writeStandardOutput(language.text(.printingPages($0)) + "\n") },
                                             printed: { writeStandardOutput(language.text(.pagePrinted($0)) + "\n") })
                        .map { (name: $0.name, bytes: $0.bytes, mode: mode_t(0o644)) }
                } catch {
                    switch error {
                    case .folder(let failure):
                        throw Refusal(.cannotUseStateFolder(StateFolder.path() ?? "~/.local/state/buurtstart", fault: failure.fault), in: language, status: .cannotCreate)
                    case .browser(let page, let status):
                        throw Refusal(.printFailed(page: page, status: status), in: language, status: .software)
                    case .timedOut(let page, let seconds):
                        throw Refusal(.printTimedOut(page: page, seconds: seconds), in: language, status: .software)
                    case .stopped(let signal):
                        // As a session ends outside a prompt: nothing written, nothing left running.
                        Glibc.exit(ExitStatus(signal: signal)?.rawValue ?? 128 + signal)
                    }
                }
            }
            // A page longer than it may be (the slip on a sheet of its own) is written, as it
            // is the best there is, but said, and the export ends with an error.
            let tooLong: [ShellText] = format != .pdf ? [] : files.compactMap { file in
                let pages = PDFPages.count(file.bytes)
                guard let maximum = PrintedPage(printed: file.name)?.maximumPages, pages > maximum else { return nil }
                return .printedTooLong(file: file.name, pages: pages, maximum: maximum)
            }
            // A missing document is written and an identical one left alone; only replacing one
            // that holds another text needs --force, and without it nothing in the set is written.
            let different = replace.force ? [] : files.filter { folder.holdsOther(than: $0.bytes, $0.name) }.map(\.name)
            if !different.isEmpty {
                throw Refusal(.documentsExist(different, directory: place.dir), in: language, status: .cannotCreate)
            }
            let written = try Place(dir: place.dir, language: language).writeSet(files, in: folder)
            let said: ShellText = written.isEmpty ? .documentsUpToDate(files.map(\.name), directory: place.dir)
                                                : .exported(written, directory: place.dir)
            writeStandardOutput(language.text(said) + "\n")
            if !tooLong.isEmpty {
                throw Refusal(tooLong, in: language, status: .dataError)
            }
        }
    }
}

/// The pages `export --without` can leave out.
enum OptionalPage: String, CaseIterable, ExpressibleByArgument {
    case letter, introduction

    /// The Dutch names, as the Dutch help and a Dutch resident say them: `--without brief`.
    static let dutchNames: [OptionalPage: String] = [.letter: "brief", .introduction: "kennismaking"]

    static let names = allCases.map(\.rawValue) + allCases.compactMap { dutchNames[$0] }

    init?(argument: String) {
        let typed = argument.lowercased()
        guard let page = Self.allCases.first(where: { $0.rawValue == typed || Self.dutchNames[$0] == typed }) else { return nil }
        self = page
    }

    /// The page's name in the command line's language: the help lists it, and a value that is
    /// not a page is answered with these names (both languages' names are taken).
    var shownName: String { shellLanguage == .dutch ? Self.dutchNames[self] ?? rawValue : rawValue }

    static var allValueStrings: [String] { allCases.map(\.shownName) }

    /// The printed page it leaves out.
    var page: PrintedPage {
        switch self {
        case .letter: .letter
        case .introduction: .introduction
        }
    }

    /// Each page, listed under `--without` in the help (instead of ArgumentParser's English
    /// "(values: ...)").
    static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.shownName, helpText(.leftOutPage($0.page))) })
    }
}
