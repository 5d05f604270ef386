import ArgumentParser
import BuurtstartCore
import BuurtstartTerminal
import Glibc

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

        func run() throws {
            // A folder named twice is exported once.
            var seen = Set<String>()
            var failure: ExitCode?
            for dir in folders.isEmpty ? [options.dir] : folders where seen.insert(dir).inserted {
                do throws(Refusal) { try export(Place(dir: dir, language: options.language)) } catch {
                    writeStandardError(error.message + "\n")
                    failure = failure ?? ExitCode(error.status)
                }
            }
            if let failure { throw failure }
        }

        /// One folder, its lock held while its answers are read and its documents replaced.
        private func export(_ place: Place) throws(Refusal) {
            let language = place.language
            let folder = try place.existingFolder()
            let lock = try place.lock(folder)
            defer { lock.release() }
            let answers = try place.requiredAnswers(in: folder)
            guard answers.status == .finished, let date = CalendarDate(iso: answers.charter.date) else {
                throw Refusal(message: language.text(.dataFile(DataFileError(.unfinished), file: folder.file(AnswersFile.name))), status: 65)
            }
            let files = format.files(answers, date: date,
                                     language: options.explicitLanguage ?? Language(rawValue: answers.language) ?? language)
            let existing = force ? [] : files.map(\.name).filter(folder.exists)
            if !existing.isEmpty {
                throw Refusal(message: language.text(.documentsExist(existing)), status: 73)
            }
            do throws(Folder.Failure) {
                try folder.write(files.map { ($0.name, Array($0.contents.utf8), 0o644) })
            } catch {
                throw Refusal(message: language.text(.cannotUseFolder(place.dir, fault: error.fault)), status: 73)
            }
            writeStandardOutput(language.text(.exported(files.map(\.name), directory: place.dir)) + "\n")
        }
    }
}
