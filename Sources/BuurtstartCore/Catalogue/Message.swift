/// Every text a user reads, keyed by what it says. Each language is one exhaustive `switch`
/// over this type, so a missing translation does not compile.
public enum Message: Sendable {
    // The conversation
    case welcome
    case stepHeading(Step)
    case stepWhy(Step)
    case question(QuestionID, Answers)
    case label(QuestionID)
    case defaultGroupName(String)
    case help(QuestionID)
    case commands(atReview: Bool)
    case problem(Problem)
    case groupNameLong(count: Int)
    case ageNeedsConsent(Int)
    case membersAboveAdvice(Int)
    case singleAdmin
    case currentList(QuestionID)
    case listEmpty
    case added(String)
    case removed(String)
    case firstQuestion
    case changeNotYet
    case onlyAdminIsContact(String)
    case agreementsChanged(on: [AgreementID], off: [AgreementID])
    case agreementListLine(AgreementID, selected: Bool)
    case resumeUnfinished(groupName: String)
    case resumeFinished(groupName: String, version: Int)
    case stopped(resumeCommand: String)
    case unchanged
    case overwriteQuestion([String])
    case notOverwritten
    case written([String], directory: String)
    case reviewHint
    case yesNoLabel
    case presetWelcome(String)
    case presetsList([Preset])
    case presetUnknown(String, known: [String])
    case interruptHint
    case historyUnreadable(String)

    // The command line and files
    case dataFile(DataFileError, file: String)
    case saveFailed(file: String, fault: FileFault)
    case documentsFailed(fault: FileFault)
    case savedCopy(String)
    case copyFailed(path: String, fault: FileFault)
    case folderInUse(folder: String)
    case documentsExist([String])
    case exported([String], directory: String)
    case badDate(String)
    case unknownLanguage(String)
    case cannotUseFolder(String, fault: FileFault)
    case cannotRead(String, fault: FileFault)

    // Replay
    case replayOutNeedsOneFile
    case transcriptError(TranscriptError, file: String)
    case replayDiffers(file: String, line: Int)
    case replayUpdateHint(String)
    case replayUpdated(file: String, changed: [String])
    case replayUnchanged(String)
    case recordingFailed(file: String, fault: FileFault)

    // whatsapp.txt
    case whatsAppTitle(String)
    case whatsAppSection(WhatsAppPart, count: Int, limit: Int)
    case whatsAppArea(streets: [String], more: Int, postcodes: [Postcode])
    case whatsAppDescription(Answers, area: String)
    case whatsAppWelcome(Answers)
    case whatsAppInvitation(Answers, area: String)

    // The address check
    case addressOutcome(AddressCheck.Outcome)

    // Describing answers (review and documents)
    case streetEntry(StreetEntry)
    case streetNumbers(StreetEntry)
    case streetSide(StreetEntry)
    case eligibility(Eligibility)
    case photoRule(PhotoRule)

    // The review
    case reviewHeading
    case reviewGroup(GroupAnswers)
    case reviewArea(Area)
    case reviewMembers(MembershipAnswers)
    case reviewAdmins(AdminAnswers)
    case reviewAgreements(AgreementChoices)
    case reviewContacts(ContactAnswers)

    // The charter
    case charterSubtitle
    case charterPlace(GroupAnswers)
    case charterDate(CalendarDate, version: Int)
    case charterBasedOn(String)
    case charterSection(CharterSection)
    case charterAreaColumns
    case charterPostcodes([Postcode])
    case charterBoundary(String)
    case memberRule(MemberRule)
    case charterAdmins(AdminAnswers)
    case agreementTitle(AgreementID)
    case agreementArticle(AgreementID, AgreementChoices, Answers)
    case charterCustomIntro
    case saarIntro
    case saarStep(Int)
    case contactsList(ContactAnswers)
    case charterChanges

    // The checklist
    case checklistTitle(String)
    case checklistIntro
    case checklistNameLine
    case checklistItem(ChecklistItem)
    case checklistAgreement(AgreementID, AgreementChoices)
    case checklistClosing
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
    /// Anything else, with the system's own words.
    case other(String)
}

/// The sections of the charter, in order.
public enum CharterSection: Int, CaseIterable, Sendable {
    case area = 1, membership, admins, agreements, saar, contacts, changes
}

/// A language the program speaks.
public enum Language: String, CaseIterable, Sendable {
    case dutch = "nl"
    case english = "en"

    /// The table of texts for this language.
    public func text(_ message: Message) -> String {
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
