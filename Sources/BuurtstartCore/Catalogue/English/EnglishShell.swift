/// The command line: files, export, replay, presets and the address check.
extension English {
    static func text(_ message: ShellText) -> String {
        switch message {
        case .presetsList(let presets):
            return (["Presets (use: buurtstart --preset NAME, or --preset FILE.json):"]
                + presets.map { "  \($0.name)  \($0.basedOn(in: .english)) (\($0.agreements?.count ?? AgreementID.recommended.count) agreements)" })
                .joined(separator: "\n")
        case .presetUnknown(let name, let known):
            return "I do not know the preset '\(name)'. Choose from: \(list(known, or: true)), or give a file: --preset my-municipality.json"

        case .dataFile(let error, let file):
            return dataFile(error, file: file)
        case .folderInUse(let folder):
            return "A buurtstart session is already running in the folder \(folder). Finish it first, or end it with stop. That way two sessions do not overwrite each other's answers."
        case .documentsCompleted(let directory):
            return """
            In \(directory == "." ? "this folder" : "the folder \(directory)"), buurtstart stopped while it was replacing \
            the documents. I have now finished that: all documents belong together again.
            """
        case .documentsExist(let files, let directory):
            return """
            In \(directory == "." ? "this folder" : "the folder \(directory)"), \(list(files)) already \
            \(files.count == 1 ? "exists" : "exist") with a different text. Nothing was replaced. Use --force to replace them.
            """
        case .exported(let files, let directory):
            return "Made: \(list(files)) in \(directory == "." ? "this folder" : "the folder \(directory)")."
        case .documentsUpToDate(let files, let directory):
            return "Nothing changed: \(list(files)) in \(directory == "." ? "this folder" : "the folder \(directory)") \(files.count == 1 ? "was" : "were") already up to date."
        case .badDate(let text):
            return "'\(text)' is not a date. Write the date as YYYY-MM-DD, for example 2026-11-26."
        case .unknownLanguage(let language):
            return "I do not know the language '\(language)'. Choose \(list(Language.allCases.map(\.rawValue), or: true)), for example --lang en."
        case .replayOutNeedsOneFile:
            return "--out takes one transcript at a time. Name one, or leave out --out."
        case .noGroupInFolder(let file, let start):
            return "\(file) is missing: this folder holds no group. Is your group in another folder? Then add --dir and that folder to the command. To start a new group: \(start)"
        case .folderNotEmpty(let folder, let count):
            return "You are starting buurtstart in the folder \(folder). It holds \(count == 1 ? "1 file or folder" : "\(count) files or folders") already, but no group. I will put your group's files (buurtstart.json and the documents) in this folder."
        case .folderNotEmptyPrompt:
            return "Make the group in this folder? (yes/no): "
        case .folderNotEmptyYesOrNo:
            return "Type yes or no."
        case .folderNotEmptyDeclined(let start):
            return "I wrote nothing. Make your group in a folder of its own, for example like this:\n\(start)"
        case .folderNotEmptyPiped(let folder, let count, let start):
            return "You are starting buurtstart in the folder \(folder). It holds \(count == 1 ? "1 file or folder" : "\(count) files or folders") already, but no group. I am putting your group's files (buurtstart.json and the documents) in this folder. Another folder? Then choose it with --dir, for example:\n\(start)"
        case .newGroupFolderExample:
            return "neighbourhood-watch"
        case .strictStopped(let question, let line):
            return "Stopped by --strict: the answer on line \(line) of the input does not fit the question '\(question)'. Correct that line. The answers before it are saved: when you start buurtstart again, the session goes on from them."
        case .cannotUseFolder(let folder, let fault):
            return "I cannot use the folder \(folder): \(self.fault(fault)). Choose another folder with --dir."
        case .cannotUseStateFolder(let folder, let fault):
            return "I cannot use the folder \(folder): \(self.fault(fault)). That is where I keep track of the PDF files I made. Make that folder usable, or choose another with XDG_STATE_HOME."
        case .cannotRead(let file, let fault):
            return "I cannot read \(file): \(self.fault(fault)). Check that the file is there and intact."

        case .transcriptError(let error, let file):
            return "\(file):\(error.line): \(transcriptProblem(error.kind))"
        case .replayDiffers(let file, let line):
            return "\(file):\(line): this is where the output first differs."
        case .replayUpdateHint(let file):
            return "Is the new output right? Update the transcript with: buurtstart replay --update \(file)"
        case .replayUpdated(let file, let changed):
            return "\(file): updated: \(list(changed))."
        case .replayUpdateFailed(let file, let fault):
            return "I cannot write \(file): \(self.fault(fault)). The transcript was not updated properly. Fix this and try again."
        case .replayUnchanged(let file):
            return "\(file): nothing changed."
        case .replayVerdict(.passed): return "ok"
        case .replayVerdict(.differs): return "differs"
        case .replayVerdict(.invalid): return "invalid"
        case .replayVerdict(.updated): return "updated"
        case .replayVerdict(.failed): return "failed"
        case .replayTotal(let passed, let failed): return "\(passed) passed, \(failed) failed"
        case .replaySide(let recorded): return recorded ? "(recorded)" : "(replayed)"
        case .recordingFailed(let file, let fault):
            return "I cannot write the transcript \(file): \(self.fault(fault)). Choose another place with --record."
        case .documentsPartlyPlaced(let directory, let fault):
            return "I could not put all the new documents in \(directory == "." ? "this folder" : "the folder \(directory)") in place: \(self.fault(fault)). Some are new already; the others are ready beside the old ones. Fix this and make them again with export, or start buurtstart in the folder: then I put the rest in place."
        case .recordingExists(let file, let folder):
            return "\(file) or a file in the folder \(folder) exists already. Nothing was replaced. Choose another name with --record, or use --force to replace them."
        case .recordingOntoGroup(let file, let folder):
            return "I do not write the transcript \(file): the transcript or the folder beside it (\(folder)) would replace the group's own files, such as buurtstart.json. Choose another name with --record."
        case .recordingCut(let file, let fault):
            return "Note: I could not finish the transcript \(file): \(self.fault(fault)). It ends at the last whole line that could be written. The session goes on."

        case .addressInNoGroup(let address, let read, let unreadable, let postcodeGiven):
            return "\(address) lies in no group's area (\(read) \(read == 1 ? "group" : "groups") read)."
                + (unreadable == 0 ? "" : " But I could not read \(unreadable) \(unreadable == 1 ? "folder" : "folders") (see above): the address may lie in \(unreadable == 1 ? "it" : "one of them").")
                + (postcodeGiven ? "" : " Do the areas name postcodes? Then give the postcode with --postcode too.")
        case .addressInGroups(let address, let found, let unreadable):
            return (["\(address) lies in the area of \(found.count == 1 ? "1 group" : "\(found.count) groups"):"]
                + found.map { "  \($0.group)\($0.finished ? "" : " (still being set up)"): " + matched($0.entry, $0.position) }
                + (unreadable == 0 ? [] : ["I could not read \(unreadable) \(unreadable == 1 ? "folder" : "folders") (see above): the address may lie in \(unreadable == 1 ? "it" : "one of them") too."]))
                .joined(separator: "\n")
        case .registerColumn(let column):
            switch column {
            case .name: return "Name"
            case .municipality: return "Municipality"
            case .neighbourhood: return "Neighbourhood"
            case .area: return "Area"
            case .expectedMembers: return "Members"
            case .contact: return "Contact"
            case .version: return "Version"
            case .date: return "Date"
            case .finished: return "Done"
            }
        case .registerArea(let streets, let more, let postcodes):
            let named = streets + (more > 0 ? ["\(more) more"] : [])
            return [named.joined(separator: ", "), postcodes.map(\.description).joined(separator: ", ")]
                .filter { !$0.isEmpty }.joined(separator: "; ")
        case .registerFinished(let finished):
            return finished ? "yes" : "no"
        case .registerMunicipality(let name, let groups):
            return "\(name.isEmpty ? "Municipality not given yet" : "Municipality of \(name)"): \(groups == 1 ? "1 group" : "\(groups) groups")"
        case .registerEmpty(let folder):
            return "\(folder) holds no group folders (a folder with a buurtstart.json)."
        case .overlapPair(let first, let second):
            return "\(first) and \(second) share part of their area:"
        case .overlapPairPart(let overlap):
            return "  \(part(overlap.ours))  and  \(part(overlap.theirs))  (both: \(part(overlap.shared)))"
        case .noOverlaps(let groups):
            return "No overlap: no two groups share part of their area (\(groups) \(groups == 1 ? "group" : "groups") read)."
        case .groupsRead(let read, let unreadable):
            return "\(read) \(read == 1 ? "group" : "groups") read; \(unreadable) \(unreadable == 1 ? "folder" : "folders") could not be read (see above)."
        case .groupsSetUnreadable(let folder, let fault, let remembered):
            return "I cannot read the folder of groups \(quoted(folder)): \(self.fault(fault))." + groupsSetAdvice(remembered)
        case .groupFolderUnreadable(let file, let fault):
            return "I cannot read \(file): \(self.fault(fault)). I skip this group; the other groups I read. Check that the group's folder and the buurtstart.json in it can be read."
        case .groupsSetIsAGroup(let folder, let remembered):
            return "\(quoted(folder)) is the folder of one group: it holds a buurtstart.json." + groupsSetAdvice(remembered)
        case .browserMissing:
            return "For PDF files I need Chromium, and I cannot find it. Install it with: sudo apt install chromium. Or make the pages with --format html, open them in a browser and print them."
        case .printingPages(let count):
            return "Making \(count) PDF \(count == 1 ? "file" : "files") with Chromium."
        case .pagePrinted(let file):
            return "Done: \(file)"
        case .printFailed(let page, let status):
            return "Chromium could not make a PDF of \(page)\(status.map { " (status \($0))" } ?? ""). Nothing was replaced. Try --format html, and print the page from a browser."
        case .printTimedOut(let page, let seconds):
            return "Chromium had not finished \(page) after \(seconds) \(seconds == 1 ? "second" : "seconds"). I stopped it, and nothing was replaced. Try again later, or make the pages with --format html and print them from a browser."
        case .printedTooLong(let file, let pages, let maximum):
            let sheets = maximum == 1 ? "one A4 page" : "\(maximum) A4 pages"
            return "Note: \(file) is \(pages) A4 pages long, and may only be \(sheets)." + (file.hasPrefix("letter.") ? " The slip is then not on the letter." : "")
                + " Make texts shorter (for example the streets, the own agreements or where neighbours sign up) and make the PDF again."
        case .addressOutcome(let outcome):
            switch outcome {
            case .streetEntry(let entry, let position):
                return "Inside the area: the address falls under street number \(position), \(text(.streetEntry(entry)))."
            case .postcode(let postcode, let position):
                return "Inside the area: the postcode falls under postcode number \(position), \(postcode)."
            case .numberOutside(let street, let number, let entries):
                return "Outside the area: \(street) belongs to it, but number \(number) does not. It has: \(entries.map { text(.streetEntry($0)) }.joined(separator: "; "))."
            case .notInArea(let street, let postcode):
                return "Outside the area: \(street) is not among the streets" + (postcode.map { ", and \($0) is not among the postcodes." } ?? ". Give the postcode too with --postcode if the area lists postcodes.")
            }
        }
    }

    /// What to do about a set of groups that cannot be used: give the folder that holds the
    /// group folders; a remembered one is said to come from buurtstart.json, and the session goes on.
    private static func groupsSetAdvice(_ remembered: Bool) -> String {
        remembered
            ? " This folder was remembered in buurtstart.json from an earlier session. I now compare your area with no other group. To compare it, give the folder that holds the groups' folders: --groups FOLDER."
            : " Give with --groups the folder that holds the groups' folders."
    }

    /// Which entry of a group's area holds an address.
    private static func matched(_ entry: AreaPart, _ position: Int) -> String {
        switch entry {
        case .street(let street): "street \(position), \(text(.streetEntry(street)))"
        case .postcode(let postcode): "postcode \(position), \(postcode)"
        }
    }
}
