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
    case defaultGroupName(String)
    /// The name the letter is signed with when none was given: the contact admin's.
    case signerName(String)
    case help(QuestionID)
    case commandsHeading
    /// What a command does; the core puts the command before it.
    case commandHelp(CommandWord)
    case problem(Problem)
    case groupNameLong(count: Int)
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
    case stopped(resumeCommand: String)
    case unchanged
    case overwriteQuestion([String])
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
    case savedCopy(String)
    case copyFailed(path: String, fault: FileFault)
    case reviewHeading
    case reviewGroup(GroupAnswers)
    case reviewArea(Area)
    case reviewMembers(MembershipAnswers)
    /// The admins, and the pages to print that step 4 asks about.
    case reviewAdmins([ReviewAdmin], phonesInCharter: Bool, paper: PaperAnswers)
    /// The steps from this one on have no answers yet.
    case reviewNotYet(Step)
    case reviewAgreements(AgreementChoices)
    case reviewContacts(ContactAnswers)
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
    case cannotRead(String, fault: FileFault)
    case replayOutNeedsOneFile
    case transcriptError(TranscriptError, file: String)
    case replayDiffers(file: String, line: Int)
    case replayUpdateHint(String)
    case replayUpdated(file: String, changed: [String])
    case replayUpdateFailed(file: String, fault: FileFault)
    case replayUnchanged(String)
    case recordingFailed(file: String, fault: FileFault)
    case addressOutcome(AddressCheck.Outcome)
    /// `export --format pdf` without a browser to print with.
    case browserMissing
    /// The browser ran but made no PDF of this page.
    case printFailed(page: String, status: Int32)
}

/// An entry of a list the session collects.
public enum ListEntry: Sendable, Equatable {
    case street(StreetEntry)
    case postcode(Postcode)
    case admin(name: String, phone: String?)
    case custom(String)
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

    /// The language a locale setting (`LC_ALL`, `LANG`) asks for: English for `en...`, Dutch otherwise.
    public static func forLocale(_ setting: String?) -> Language {
        setting?.lowercased().hasPrefix("en") == true ? .english : .dutch
    }
}
