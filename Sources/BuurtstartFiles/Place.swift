import BuurtstartCore
import Glibc

/// Why a command cannot go on: what to tell the resident (as ids, worded in the language of the
/// place it came from when said), and the exit status.
public struct Refusal: Error, Sendable {
    /// A refusal's words: the command line's own, or a usage problem's.
    public enum Words: Sendable {
        case shell(ShellText)
        case usage(HelpText)
    }

    public let texts: [Words]
    public let language: Language
    public let status: ExitStatus
    /// Where in a file the problem is (`list.txt:3`), said before the words; nil for none.
    public let location: String?

    public init(_ texts: [ShellText], in language: Language, status: ExitStatus, at location: String? = nil) {
        self.init(words: texts.map(Words.shell), in: language, status: status, at: location)
    }

    public init(_ text: HelpText, in language: Language, status: ExitStatus, at location: String? = nil) {
        self.init(words: [.usage(text)], in: language, status: status, at: location)
    }

    private init(words: [Words], in language: Language, status: ExitStatus, at location: String?) {
        self.texts = words
        self.language = language
        self.status = status
        self.location = location
    }

    public init(_ text: ShellText, in language: Language, status: ExitStatus, at location: String? = nil) {
        self.init([text], in: language, status: status, at: location)
    }

    /// The words, a line each, with nothing hidden or raw in them.
    public var message: String {
        let lines = texts.map { words in
            switch words {
            case .shell(let text): language.text(text)
            case .usage(let text): language.text(text)
            }
        }
        return TextInput.visibleLines((location.map { "\($0): " } ?? "") + lines.joined(separator: "\n"))
    }
}

/// The folder a command works in, and the language it speaks there. Its checks return a
/// refusal rather than saying it, so that export can tell a problem and go on to the next folder.
public struct Place {
    public var dir: String
    public var language: Language

    public init(dir: String, language: Language) {
        self.dir = dir
        self.language = language
    }

    /// The folder, created when missing; 73 (cannot create output) when it cannot be used.
    public func openFolder() throws(Refusal) -> Folder {
        do { return try Folder(path: dir) } catch {
            throw Refusal(.cannotUseFolder(dir, fault: error.fault), in: language, status: .cannotCreate)
        }
    }

    /// The folder, which must exist already: a command that only reads answers creates nothing.
    /// A missing folder is reported as its missing answers file (65).
    public func existingFolder() throws(Refusal) -> Folder {
        do { return try Folder(existing: dir) } catch {
            if error.fault == .missing { throw missingAnswers() }
            throw Refusal(.cannotUseFolder(dir, fault: error.fault), in: language, status: .cannotCreate)
        }
    }

    /// The folder's lock; another live session there is refused with 73. Holding it, what a
    /// killed run left half done is completed (and said) or undone.
    public func lock(_ folder: Folder) throws(Refusal) -> FolderLock {
        switch FolderLock.take(in: folder) {
        case .taken(var lock):
            guard lock.guards else { return lock }
            do {
                lock.completedSet = try folder.recover()
            } catch {
                lock.release()
                throw Refusal(.cannotUseFolder(dir, fault: error.fault), in: language, status: .cannotCreate)
            }
            return lock
        case .held:
            throw Refusal(.folderInUse(folder: dir), in: language, status: .cannotCreate)
        case .failed(let failure):
            throw Refusal(.cannotUseFolder(dir, fault: failure.fault), in: language, status: .cannotCreate)
        }
    }

    /// Replaces `files` in the folder as one set (`Folder.write`); returns the names replaced.
    /// One that could not be written leaves the old set (73); one that failed once the set
    /// counted is said as it is, partly new, completed by the next start or export (74).
    public func writeSet(_ files: [(name: String, bytes: [UInt8], mode: mode_t)], in folder: Folder) throws(Refusal) -> [String] {
        do { return try folder.write(files) } catch {
            if error.setInPlace {
                throw Refusal(.documentsPartlyPlaced(directory: dir, fault: error.fault), in: language, status: .ioError)
            }
            throw Refusal(.cannotUseFolder(dir, fault: error.fault), in: language, status: .cannotCreate)
        }
    }

    /// Files can be made in the folder; 73 when they cannot.
    public func checkWritable(_ folder: Folder) throws(Refusal) {
        do { try folder.checkWritable() } catch {
            throw Refusal(.cannotUseFolder(dir, fault: error.fault), in: language, status: .cannotCreate)
        }
    }

    /// The saved answers, which a command that only reads them needs: none is refused with 65.
    public func requiredAnswers(in folder: Folder) throws(Refusal) -> Answers {
        guard let answers = try loadAnswers(in: folder) else { throw missingAnswers() }
        return answers
    }

    /// No group here: how to start one, and how to name the group's folder instead.
    private func missingAnswers() -> Refusal {
        Refusal(.noGroupInFolder(file: Folder(unchecked: dir).file(AnswersFile.name),
                                 start: SessionContext.resumeCommand(directory: dir)), in: language, status: .dataError)
    }

    /// The saved answers in the folder, nil when there are none; a bad file is refused with 65.
    public func loadAnswers(in folder: Folder) throws(Refusal) -> Answers? {
        let bytes: [UInt8]?
        do { bytes = try folder.read(AnswersFile.name) } catch {
            throw Refusal(.cannotRead(folder.file(AnswersFile.name), fault: error.fault), in: language, status: .ioError)
        }
        guard let bytes else { return nil }
        do { return try AnswersFile.decode(bytes) } catch {
            throw Refusal(.dataFile(error, file: folder.file(AnswersFile.name)), in: language, status: .dataError)
        }
    }
}
