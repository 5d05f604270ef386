import ArgumentParser
import BuurtstartCore
import BuurtstartTerminal
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Buurtstart {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write charter.txt and checklist.txt again from buurtstart.json, without asking anything.",
            discussion: "With several folders (a municipality with many groups), each is exported in turn; a problem in one is reported and the others go on. The exit status is then the first non-zero one.")

        @OptionGroup var options: FolderOptions

        @Flag(name: .long, help: "Overwrite existing charter.txt and checklist.txt.")
        var force = false

        @Argument(help: "More folders to export, each with its own buurtstart.json.")
        var folders: [String] = []

        @Option(name: .long, help: "text (charter.txt, checklist.txt, whatsapp.txt), markdown (charter.md, checklist.md) or json (charter.json).")
        var format: ExportFormat = .text

        var exportRun: ExportRun {
            ExportRun(force: force, format: format, language: options.language,
                      folders: folders.isEmpty ? [options.dir] : folders, explicitLanguage: options.explicitLanguage)
        }

        func run() throws {
            try exportRun.run()
        }
    }
}

/// Exporting folders, as `buurtstart export` does.
struct ExportRun: Sendable {
    var force: Bool
    var format: ExportFormat
    var language: Language
    var folders: [String]
    /// `--lang`, when given; otherwise each folder's documents are in the language its answers were given in.
    var explicitLanguage: Language? = nil

    /// Folders at which preparing them on several threads starts to pay.
    static let parallelFrom = 16

    func run() throws {
        // A folder named twice is exported once.
        var seen = Set<String>()
        let places = folders.filter { seen.insert($0).inserted }.map { Place(dir: $0, language: language) }
        // Read once before any thread starts: reading the umask sets it for a moment.
        _ = ThisProcess.umask
        // Each folder's lock holds a file descriptor until its files are in place: folders go
        // in groups that fit the process's limit on open files.
        let group = ThisProcess.foldersAtOnce()
        var failure: ExitCode?
        for start in stride(from: 0, to: places.count, by: group) {
            if let problem = export(Array(places[start..<min(places.count, start + group)]), batch: places.count > 1) {
                failure = failure ?? problem
            }
        }
        if let failure { throw failure }
    }

    /// One folder: each file flushed as it is written. Many (a municipality's groups): each
    /// folder read, rendered and its temporary files written (on every processor), the file
    /// system flushed once, then every file renamed in order and flushed again; a crash still
    /// never leaves half a file. What goes wrong is told in the folders' order.
    private func export(_ places: [Place], batch: Bool) -> ExitCode? {
        let staged = parallelMap(places.count, threads: places.count >= Self.parallelFrom ? processorCount : 1) { [self] index in
            Result { () throws(Refusal) in try stage(places[index], flushEach: !batch) }
        }
        var failure: ExitCode?
        for case .failure(let refusal) in staged {
            writeStandardError(refusal.message + "\n")
            failure = failure ?? ExitCode(refusal.status)
        }
        if batch { sync() }
        for case .success(let folder) in staged {
            defer { folder.lock.release() }
            do throws(Folder.Failure) {
                try folder.staged.commit(flushFolder: !batch)
                writeStandardOutput(language.text(.exported(folder.names, directory: folder.place.dir)) + "\n")
            } catch {
                writeStandardError(language.text(.cannotUseFolder(folder.place.dir, fault: error.fault)) + "\n")
                failure = failure ?? ExitCode(73)
            }
        }
        if batch { sync() }
        return failure
    }

    /// A folder whose documents wait in temporary files, its lock held.
    struct StagedFolder: Sendable {
        let place: Place
        let lock: FolderLock
        let names: [String]
        let staged: Folder.Staged
    }

    /// Reads the folder's answers, renders its documents and writes them to temporary files.
    private func stage(_ place: Place, flushEach: Bool) throws(Refusal) -> StagedFolder {
        let folder = try place.existingFolder()
        let lock = try place.lock(folder)
        do throws(Refusal) {
            let answers = try place.requiredAnswers(in: folder)
            guard answers.status == .finished, let date = CalendarDate(iso: answers.charter.date) else {
                throw Refusal(message: language.text(.dataFile(DataFileError(.unfinished), file: folder.file(AnswersFile.name))), status: 65)
            }
            let files = format.files(answers, date: date,
                                     language: explicitLanguage ?? Language(rawValue: answers.language) ?? language)
            let existing = force ? [] : files.map(\.name).filter(folder.exists)
            if !existing.isEmpty {
                throw Refusal(message: language.text(.documentsExist(existing)), status: 73)
            }
            do {
                let staged = try folder.stage(files.map { ($0.name, Array($0.contents.utf8), 0o644) }, flushEach: flushEach)
                return StagedFolder(place: place, lock: lock, names: files.map(\.name), staged: staged)
            } catch {
                throw Refusal(message: language.text(.cannotUseFolder(place.dir, fault: error.fault)), status: 73)
            }
        } catch {
            lock.release()
            throw error
        }
    }
}
