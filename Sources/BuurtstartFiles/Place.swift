import BuurtstartCore
import Glibc

/// Why a command cannot go on: what to tell the resident, and the exit status.
public struct Refusal: Error, Sendable {
    public let message: String
    public let status: Int32

    public init(message: String, status: Int32) {
        self.message = message
        self.status = status
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
            throw Refusal(message: language.text(.cannotUseFolder(dir, fault: error.fault)), status: 73)
        }
    }

    /// The folder, which must exist already: a command that only reads answers creates nothing.
    /// A missing folder is reported as its missing answers file (65).
    public func existingFolder() throws(Refusal) -> Folder {
        do { return try Folder(existing: dir) } catch {
            if error.fault == .missing { throw missingAnswers(in: Folder(unchecked: dir)) }
            throw Refusal(message: language.text(.cannotUseFolder(dir, fault: error.fault)), status: 73)
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
                throw Refusal(message: language.text(.cannotUseFolder(dir, fault: error.fault)), status: 73)
            }
            return lock
        case .held:
            throw Refusal(message: language.text(.folderInUse(folder: dir)), status: 73)
        case .failed(let failure):
            throw Refusal(message: language.text(.cannotUseFolder(dir, fault: failure.fault)), status: 73)
        }
    }

    /// Replaces `files` in the folder as one set (`Folder.write`); returns the names replaced.
    /// One that could not be written leaves the old set (73); one that failed once the set
    /// counted is said as it is, partly new, completed by the next start or export (74).
    public func writeSet(_ files: [(name: String, bytes: [UInt8], mode: mode_t)], in folder: Folder) throws(Refusal) -> [String] {
        do { return try folder.write(files) } catch {
            if error.setInPlace {
                throw Refusal(message: language.text(.documentsPartlyPlaced(directory: dir, fault: error.fault)), status: 74)
            }
            throw Refusal(message: language.text(.cannotUseFolder(dir, fault: error.fault)), status: 73)
        }
    }

    /// Files can be made in the folder; 73 when they cannot.
    public func checkWritable(_ folder: Folder) throws(Refusal) {
        do { try folder.checkWritable() } catch {
            throw Refusal(message: language.text(.cannotUseFolder(dir, fault: error.fault)), status: 73)
        }
    }

    /// The saved answers, which a command that only reads them needs: none is refused with 65.
    public func requiredAnswers(in folder: Folder) throws(Refusal) -> Answers {
        guard let answers = try loadAnswers(in: folder) else { throw missingAnswers(in: folder) }
        return answers
    }

    private func missingAnswers(in folder: Folder) -> Refusal {
        Refusal(message: language.text(.dataFile(DataFileError(.missing), file: folder.file(AnswersFile.name))), status: 65)
    }

    /// The saved answers in the folder, nil when there are none; a bad file is refused with 65.
    public func loadAnswers(in folder: Folder) throws(Refusal) -> Answers? {
        let bytes: [UInt8]?
        do { bytes = try folder.read(AnswersFile.name) } catch {
            throw Refusal(message: language.text(.cannotRead(folder.file(AnswersFile.name), fault: error.fault)), status: 74)
        }
        guard let bytes else { return nil }
        do { return try AnswersFile.decode(bytes) } catch {
            throw Refusal(message: language.text(.dataFile(error, file: folder.file(AnswersFile.name))), status: 65)
        }
    }
}
