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
                      folders: folders.isEmpty ? [options.dir] : folders)
        }

        func run() throws {
            try exportRun.run()
        }
    }
}

/// Exporting folders, as `buurtstart export` does: a plain value, so that the fast path can
/// run it without ArgumentParser (whose reading of a long list of folders grows with its square).
struct ExportRun: Equatable {
    var force: Bool
    var format: ExportFormat
    var language: Language
    var folders: [String]

    func run() throws {
        // A folder named twice is exported once.
        var seen = Set<String>()
        let paths = folders.filter { seen.insert($0).inserted }
        var failure: ExitCode?
        var ready: [Prepared] = []
        for path in paths {
            do { ready.append(try prepare(Place(dir: path, language: language))) } catch let code as ExitCode {
                failure = failure ?? code
            }
        }
        // One folder: each file flushed as it is written. Many (a municipality's groups):
        // every temporary file written first, the file system flushed once, then all renamed
        // and flushed again; a crash still never leaves half a file.
        let batch = ready.count > 1
        for index in ready.indices {
            do throws(Folder.Failure) {
                ready[index].staged = try ready[index].folder.stage(ready[index].files, flushEach: !batch)
            } catch {
                report(ready[index], error)
                failure = failure ?? ExitCode(73)
            }
        }
        if batch { sync() }
        for prepared in ready {
            defer { prepared.lock.release() }
            guard let staged = prepared.staged else { continue }
            do throws(Folder.Failure) {
                try staged.commit(flushFolder: !batch)
                writeStandardOutput(prepared.place.language.text(
                    .exported(prepared.files.map(\.name), directory: prepared.place.dir)) + "\n")
            } catch {
                report(prepared, error)
                failure = failure ?? ExitCode(73)
            }
        }
        if batch { sync() }
        if let failure { throw failure }
    }

    /// A folder ready to be written: its lock held, its documents rendered.
    struct Prepared {
        let place: Place
        let folder: Folder
        let lock: FolderLock
        let files: [(name: String, bytes: [UInt8], mode: mode_t)]
        var staged: Folder.Staged?
    }

    private func prepare(_ place: Place) throws -> Prepared {
        let folder = try place.existingFolder()
        let language = place.language
        let lock = try place.lock(folder)
        do {
            let file = folder.file(AnswersFile.name)
            guard let answers = try place.loadAnswers(in: folder) else {
                writeStandardError(language.text(.dataFile(DataFileError(.missing), file: file)) + "\n")
                throw ExitCode(65)
            }
            guard answers.status == .finished, let date = CalendarDate(iso: answers.charter.date) else {
                writeStandardError(language.text(.dataFile(DataFileError(.unfinished), file: file)) + "\n")
                throw ExitCode(65)
            }
            let files = format.files(answers, date: date, language: language)
            let existing = force ? [] : files.map(\.name).filter(folder.exists)
            if !existing.isEmpty {
                writeStandardError(language.text(.documentsExist(existing)) + "\n")
                throw ExitCode(73)
            }
            return Prepared(place: place, folder: folder, lock: lock,
                            files: files.map { ($0.name, Array($0.contents.utf8), 0o644) }, staged: nil)
        } catch {
            lock.release()
            throw error
        }
    }

    private func report(_ prepared: Prepared, _ error: Folder.Failure) {
        writeStandardError(prepared.place.language.text(.cannotUseFolder(prepared.place.dir, fault: error.fault)) + "\n")
    }
}
