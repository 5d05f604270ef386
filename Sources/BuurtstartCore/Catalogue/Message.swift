/// What a session says: the conversation, its problems and the review. A reply carries these
/// ids; the language words them at the edge. Each language words each area in one exhaustive
/// `switch`, so a missing translation does not compile.
public enum Message: Sendable {
    case welcome
    /// An empty line between parts.
    case blank
    /// A command word typed where it does nothing.
    case commandNotHere(String)
    /// `wijzig` or `verwijder` without a number.
    case needsNumber(CommandWord)
    /// Help at a yes-or-no question outside the walk.
    case confirmHelp(Confirmation)
    /// `opslaan`: where should the copy go?
    case savePathQuestion
    case savePathLabel
    case savePathCancelled
    /// Stopped at the end of input while the answers could not be saved in the folder.
    case stopNotSaved
    /// The answers are in this private rescue copy.
    case rescued(String)
    case rescueFailed(FileFault)
    case stepHeading(Step)
    case stepWhy(Step)
    case question(QuestionID)
    /// The follow-up after an admin's first name.
    case adminPhoneQuestion(name: String)
    /// One option of a choice; the core numbers it.
    case option(ChoiceOption)
    case label(QuestionID)
    /// The same in every language: a name, or the group name offered when none is typed.
    case verbatim(String)
    case help(QuestionID)
    case commandsHeading
    /// What a command does; the core puts the command before it.
    case commandHelp(CommandWord)
    case problem(Problem)
    case groupNameLong(count: Int)
    /// A municipality not on CBS's list, typed a second time: kept as typed.
    case municipalityUnlisted(String)
    case ageNeedsConsent(Int)
    case membersAboveAdvice(Int)
    case singleAdmin
    case currentList
    /// One entry of a list; the core numbers it.
    case entry(ListEntry)
    case listEmpty
    case added(ListEntry)
    case removed(ListEntry)
    case firstQuestion
    case changeNotYet
    case onlyAdminIsContact(String)
    case agreementsChanged(on: [AgreementID], off: [AgreementID])
    /// An agreement in the list to choose from; the core puts the tick box and number before it.
    case agreementLine(AgreementID)
    /// What the session says about agreements: a warning, or part of one's full text.
    case agreement(AgreementText)
    case resumeUnfinished(groupName: String)
    case resumeFinished(groupName: String, version: Int)
    /// A finished group being changed: a new version is being written, `version` still holds.
    case resumeChange(groupName: String, version: Int)
    case stopped(resumeCommand: String)
    /// The input ended before anything was typed: nothing was saved; how to start.
    case noInput(startCommand: String)
    case unchanged
    /// Before writing: `replacing` exist already and get a new version; `removing`, the files of
    /// a page now left out, go.
    case overwriteQuestion(replacing: [String], removing: [String])
    /// After writing: these files of a left-out page were removed.
    case removedDocuments([String])
    /// PDFs made by an earlier export of pages that were just written anew: they still show the
    /// earlier version; `command` makes new ones.
    case stalePDFs([String], command: String)
    case notOverwritten
    /// The documents are written: the heading of the list of what was made.
    case written(directory: String)
    case writtenDocument(WrittenDocument, files: [String])
    case nextStepsHeading
    case nextStep(NextStep)
    case reviewHint
    case yesNoLabel
    case presetWelcome(String)
    case interruptHint
    case historyUnreadable(String)
    case saveFailed(file: String, fault: FileFault)
    case documentsFailed(fault: FileFault)
    /// The documents failed half way, once their set counted: the next start completes it.
    case documentsPartlyPlaced(fault: FileFault, resumeCommand: String)
    case savedCopy(String)
    case copyFailed(path: String, fault: FileFault)
    case reviewHeading
    /// A line of the overview, its parts decided by the session.
    case reviewLine(ReviewLine)
    /// The steps from this one on have no answers yet.
    case reviewNotYet(Step)
    /// A part just typed that another group's area holds too (`--groups`): what both hold,
    /// the other group's own entry when it says more, and its contact's first name if known.
    /// `finished`: false for a group that is still being set up.
    case overlapFound(group: String, shared: AreaPart, theirs: AreaPart?, contact: String?, finished: Bool)
    /// Keep the overlapping part, or type it again?
    case overlapQuestion
    /// Kept: `groups` is how many other groups share it.
    case overlapKept(AreaPart, groups: Int)
    case overlapNotAdded(AreaPart)
    /// Keep an own agreement that seems to contradict a chosen one (said just before, quoted)?
    case ownAgreementQuestion
    case ownAgreementNotAdded(String)
    /// `--groups` named a set that holds no other group: nothing is compared.
    case groupsNone(folder: String)
    /// What the member commands say (`buurtstart lid`).
    case member(MemberText)
    /// What a new version changes (`ChangeText`).
    case changes(ChangeText)
    /// A renewed agreement, and members outside a smaller area (`RenewalText`).
    case renewal(RenewalText)
}

/// A line of the overview: a label and the answers after it, joined the same way in every
/// language. The session decides which lines and parts there are; a language words each.
public struct ReviewLine: Sendable, Equatable {
    /// Nil for a line that only continues the one above it.
    public var label: ReviewLabel?
    public var parts: [ReviewValue]
    /// Indented under the step's first line.
    public var indented: Bool

    public init(_ label: ReviewLabel?, _ parts: [ReviewValue], indented: Bool = false) {
        self.label = label
        self.parts = parts
        self.indented = indented
    }
}

public enum ReviewLabel: Sendable, Equatable {
    case group, area, postcodes, boundary, sharedWith, members, admins, toPrint, agreements, ownAgreements, contacts
}

/// A part of an overview line: what the resident typed, shown as typed, or words.
public enum ReviewValue: Sendable, Equatable {
    case typed(String)
    case words(ReviewPart)
    /// A chosen agreement, by number and title as the list of agreements shows it.
    case agreement(AgreementID)
}

/// One answer, or one fact about the answers, in a language's words.
public enum ReviewPart: Sendable, Equatable {
    case group(name: String, municipality: String, neighbourhood: String)
    case street(StreetEntry)
    case noStreets
    case none
    case minimumAge(Int)
    case eligibility(Eligibility)
    case expectedMembers(Int)
    case separateChatGroup(Bool)
    case admin(ReviewAdmin)
    case noAdminsYet
    case phonesInCharter
    /// The pages step 4 asks about: the letter (signed by `signer`, when known) and the
    /// introduction for the wijkagent.
    case letter(signer: String)
    case noLetter
    case introduction
    case noIntroduction
    /// How many agreements are chosen; each follows on a line of its own (`ReviewValue.agreement`).
    case chosenAgreements(count: Int)
    case approachGroupSize(Int)
    case photoRule(PhotoRule)
    case skinColourInDescription(Bool)
    case emergencyNumbers
    case wijkagent(name: String, reach: String)
    case recommendBurgernet(Bool)
    /// An overlap with another group the founder chose to keep: the group, and what both hold.
    case sharedWith(group: String, shared: AreaPart)
}

/// How a transcript fared in `replay`, as its line of the report starts.
public enum ReplayVerdict: Sendable, CaseIterable {
    case passed, differs, invalid, updated, failed
}

/// What the command line says: files, export, replay, presets, the address check.
public enum ShellText: Sendable {
    case presetsList([Preset])
    case presetUnknown(String, known: [String])
    case dataFile(DataFileError, file: String)
    case folderInUse(folder: String)
    /// A run killed while replacing the documents: the next one finished it.
    case documentsCompleted(directory: String)
    /// Export: existing documents that hold something else than would be written.
    case documentsExist([String], directory: String)
    case exported([String], directory: String)
    /// Export: every document already held exactly what would be written.
    case documentsUpToDate([String], directory: String)
    case badDate(String)
    case unknownLanguage(String)
    case cannotUseFolder(String, fault: FileFault)
    /// The state folder (`XDG_STATE_HOME/buurtstart`) cannot be used: it is chosen with the
    /// environment, not with `--dir`.
    case cannotUseStateFolder(String, fault: FileFault)
    /// A command that reads a group's answers, in a folder without them (`file`, the answers
    /// file it looked for): how to name the group's folder, and how to start a group there
    /// (`start`, a command, last on the line so that it copies whole).
    case noGroupInFolder(file: String, start: String)
    /// A session without `--dir` in a folder that holds `count` other things and no group:
    /// where the files would go (asked at a terminal, then `folderNotEmptyPrompt`).
    case folderNotEmpty(folder: String, count: Int)
    case folderNotEmptyPrompt
    case folderNotEmptyYesOrNo
    /// Answered no: nothing written, and a command that starts the group in a folder of its own.
    case folderNotEmptyDeclined(start: String)
    /// The same through a pipe, where an answer to a question would be the first of the piped
    /// answers: said on standard error, with the command that names another folder.
    case folderNotEmptyPiped(folder: String, count: Int, start: String)
    /// The folder in the example command for a group of its own.
    case newGroupFolderExample
    /// `--strict`: the piped session stopped at the answer on `line` of the input, refused at
    /// the question labelled `question`.
    case strictStopped(question: String, line: Int)
    case cannotRead(String, fault: FileFault)
    case replayOutNeedsOneFile
    case transcriptError(TranscriptError, file: String)
    case replayDiffers(file: String, line: Int)
    case replayUpdateHint(String)
    case replayUpdated(file: String, changed: [String])
    case replayUpdateFailed(file: String, fault: FileFault)
    case replayUnchanged(String)
    /// The word on a transcript's line of the report: ok, differs, invalid, updated, failed.
    case replayVerdict(ReplayVerdict)
    /// The report's last line.
    case replayTotal(passed: Int, failed: Int)
    /// How the two sides of a diff are named after the file: recorded, replayed.
    case replaySide(recorded: Bool)
    case recordingFailed(file: String, fault: FileFault)
    /// A set of documents failed half way, once it counted: the next start or export completes it.
    case documentsPartlyPlaced(directory: String, fault: FileFault)
    /// `--record` onto a file that is there already (the transcript, or one in its folder).
    case recordingExists(file: String, folder: String)
    /// `--record` onto the group's own files: the transcript, or its folder, would be them.
    case recordingOntoGroup(file: String, folder: String)
    /// The transcript could not be written to its end (a full disk): the session went on.
    case recordingCut(file: String, fault: FileFault)
    case addressOutcome(AddressCheck.Outcome)
    /// `check-address --groups`: the groups whose areas hold the address (one or several), each
    /// with the entry that holds it and whether it is finished; how many folders could not be read.
    case addressInGroups(address: String, [(group: String, entry: AreaPart, position: Int, finished: Bool)], unreadable: Int)
    /// No group read holds the address: how many were read and could not be, and whether a
    /// postcode was given (else the answer suggests one).
    case addressInNoGroup(address: String, read: Int, unreadable: Int, postcodeGiven: Bool)
    /// The register's column headings, in order.
    case registerColumn(RegisterColumn)
    /// The area in short for the register: the first streets, how many more, the postcodes.
    case registerArea(streets: [String], more: Int, postcodes: [Postcode])
    case registerFinished(Bool)
    /// A municipality's part of the register: its name (empty when not given yet) and how many
    /// groups it has.
    case registerMunicipality(name: String, groups: Int)
    /// The set holds no group folder at all.
    case registerEmpty(folder: String)
    /// `groepen --overlap`: a pair of groups whose areas overlap, then each shared part.
    case overlapPair(first: String, second: String)
    case overlapPairPart(AreaOverlap)
    case noOverlaps(groups: Int)
    /// How many group folders were read, and how many could not be.
    case groupsRead(read: Int, unreadable: Int)
    /// The set of groups (`--groups`, or the one `buurtstart.json` remembers) cannot be read.
    case groupsSetUnreadable(String, fault: FileFault, remembered: Bool)
    /// One group folder of a set whose answers file cannot be read (the others are read).
    case groupFolderUnreadable(String, fault: FileFault)
    /// The folder given as a set of groups is one group's own folder.
    case groupsSetIsAGroup(String, remembered: Bool)
    /// `export --format pdf` without a browser to print with.
    case browserMissing
    /// Export is about to print this many pages with the browser (the others are up to date).
    case printingPages(Int)
    /// This PDF is printed (written with the others at the end).
    case pagePrinted(String)
    /// The browser ended with this status (nil: it refused the page) and made no PDF of this page.
    case printFailed(page: String, status: Int32?)
    /// The browser took longer than `seconds` for this page and was stopped.
    case printTimedOut(page: String, seconds: Int)
    /// A printed page took more sheets than it may (the letter's slip on a sheet of its own).
    case printedTooLong(file: String, pages: Int, maximum: Int)
}

/// The columns of the register of groups (`buurtstart groepen`).
public enum RegisterColumn: String, CaseIterable, Sendable {
    case name, municipality, neighbourhood, area, expectedMembers, contact, version, date, finished

    /// The columns of the table on a terminal, to fit 80 columns: the municipality heads its
    /// groups, the neighbourhood is in most groups' names, and the date is left to CSV and
    /// JSON, which have every column.
    static let onTerminal: [RegisterColumn] = [.name, .area, .expectedMembers, .contact, .version, .finished]
}

/// An entry of a list the session collects.
public enum ListEntry: Sendable, Equatable {
    case street(StreetEntry)
    case postcode(Postcode)
    case admin(name: String, phone: String?)
    case custom(String)

    /// The part of the area this entry is, for the entries that are one.
    var areaPart: AreaPart? {
        switch self {
        case .street(let entry): .street(entry)
        case .postcode(let postcode): .postcode(postcode)
        case .admin, .custom: nil
        }
    }
}

/// An option of a choice.
public enum ChoiceOption: Sendable, Equatable {
    case eligibility(Eligibility)
    case photoRule(PhotoRule)
    case name(String)
    case paper(PaperChoice)
}

/// An admin as the review shows it to the resident who gave the answers.
public struct ReviewAdmin: Sendable, Equatable {
    public let name: String
    public let phone: String?
    public let isContact: Bool
}

/// Why a file could not be read or written, in words a resident understands.
public enum FileFault: Equatable, Sendable {
    case diskFull
    case noPermission
    case readOnly
    case isDirectory
    case notDirectory
    case symbolicLink
    case missing
    /// A copy would replace a file that is already there.
    case alreadyExists
    /// One of a group's own files (its answers, a document), which a transcript never replaces.
    case groupFile
    /// A FIFO, a device or a socket where a file to read should be.
    case notRegularFile
    /// A file larger than any the program writes (`limit` bytes).
    case tooLarge(limit: Int)
    /// Anything else, with the system's own words.
    case other(String)
}

/// A language the program speaks.
public enum Language: String, CaseIterable, Sendable {
    case dutch = "nl"
    case english = "en"

    /// The words for a message, in this language.
    public func text(_ message: Message) -> String {
        switch self {
        case .dutch: Dutch.say(message)
        case .english: English.say(message)
        }
    }

    public func text(_ message: ShellText) -> String {
        switch self {
        case .dutch: Dutch.text(message)
        case .english: English.text(message)
        }
    }

    public func text(_ message: DocumentText) -> String {
        switch self {
        case .dutch: Dutch.text(message)
        case .english: English.text(message)
        }
    }

    /// The spellings of a command in this language, the shown one first.
    func spellings(_ command: CommandWord) -> [String] {
        switch self {
        case .dutch: Dutch.spellings(command)
        case .english: English.spellings(command)
        }
    }

    /// The words for the even and the odd side of a street.
    var sideNames: (even: String, odd: String) {
        switch self {
        case .dutch: Dutch.sideNames
        case .english: English.sideNames
        }
    }

    /// The language a locale setting (`LC_ALL`, `LANG`) asks for: English for `en...`, Dutch otherwise.
    public static func forLocale(_ setting: String?) -> Language {
        setting?.lowercased().hasPrefix("en") == true ? .english : .dutch
    }
}
