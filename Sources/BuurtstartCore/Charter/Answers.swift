/// Who may join besides residents.
public enum Eligibility: String, Codable, CaseIterable, Sendable {
    case residents
    case residentsAndWorkers = "residents-and-workers"
}

/// An admin of the group. Only the first name goes into the charter.
public struct Admin: Hashable, Codable, Sendable {
    public var firstName: String
    public var phone: String?

    public init(firstName: String, phone: String? = nil) {
        self.firstName = firstName
        self.phone = phone
    }
}

public struct GroupAnswers: Hashable, Codable, Sendable {
    public var municipality: String = ""
    /// CBS's code of the municipality (`Municipality`), nil for a name not on CBS's list, kept
    /// as typed. Files from before the list have none: `municipalityKey` finds it by the name.
    public var municipalityCode: String?
    public var neighbourhood: String = ""
    public var name: String = ""
    public init() {}

    /// What tells the group's municipality from another's: the CBS code, or for a name not on
    /// the list the name as compared (`Den Haag` and `'s-Gravenhage` are one municipality).
    public var municipalityKey: String {
        municipalityCode ?? Municipality.named(municipality)?.code ?? Municipality.key(municipality)
    }

    /// The name offered when none is typed, the same in every language: residents look for
    /// "Buurtpreventie" and their neighbourhood's name.
    public static func defaultName(neighbourhood: String) -> String {
        neighbourhood.isEmpty ? "Buurtpreventie" : "Buurtpreventie \(neighbourhood)"
    }
}

public struct MembershipAnswers: Hashable, Codable, Sendable {
    public var minimumAge: Int = 18
    public var eligibility: Eligibility = .residents
    /// Expected number of members or households; nil when the resident does not know.
    public var expectedMembers: Int?
    public var separateChatGroup: Bool = false
    public init() {}

    /// Members may be younger than the age that needs a parent's consent.
    public var needsParentConsent: Bool { minimumAge < AnswerLimits.parentConsentAge }
}

public struct AdminAnswers: Hashable, Codable, Sendable {
    public var people: [Admin] = []
    /// Index into `people` of the contact for municipality and police.
    public var contact: Int = 0
    /// Whether the charter lists the admins' phone numbers. Off unless the resident chooses it:
    /// the charter is printed and pasted where anyone can read it.
    public var phonesInCharter: Bool = false
    /// How a neighbour outside the group reaches an admin to sign up, as the founder chose to
    /// share it in the invitation ("bij Anna, Zeeweg 12"); nil when not given. Added after
    /// version 1 was released: files without it still load.
    public var signUpContact: String?

    /// The contact admin's first name, if there is one.
    public var contactName: String? {
        people.indices.contains(contact) ? people[contact].firstName : nil
    }

    /// `signUpContact` as the session asks it: empty for none.
    var signUpContactText: String {
        get { signUpContact ?? "" }
        set { signUpContact = newValue.isEmpty ? nil : newValue }
    }
    public init() {}

    enum CodingKeys: String, CodingKey { case people, contact, phonesInCharter, signUpContact }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        people = try container.decode([Admin].self, forKey: .people)
        contact = try container.decode(Int.self, forKey: .contact)
        phonesInCharter = try container.decodeIfPresent(Bool.self, forKey: .phonesInCharter) ?? false
        signUpContact = try container.decodeIfPresent(String.self, forKey: .signUpContact)
    }
}

public struct ContactAnswers: Hashable, Codable, Sendable {
    public var wijkagentName: String = ""
    public var wijkagentReach: String = ""
    public var recommendBurgernet: Bool = true
    public init() {}
}

/// The pages printed besides the charter, the checklist and the privacy statement: a founder
/// who does not want the letter or the introduction leaves it out, and the choice is kept.
/// Added after version 1 was released: files without it still load, with every page on.
public struct PaperAnswers: Hashable, Codable, Sendable {
    /// The letter for every letterbox, with its sign-up slip.
    public var letter: Bool = true
    /// The introduction for the wijkagent and the municipality.
    public var introduction: Bool = true
    /// The first name the letter is signed with, as the founder gave it.
    public var signer: String = ""
    public init() {}

    enum CodingKeys: String, CodingKey { case letter, introduction, signer }

    mutating func choose(_ choice: PaperChoice) {
        letter = choice == .all || choice == .withoutIntroduction
        introduction = choice == .all || choice == .withoutLetter
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        letter = try container.decodeIfPresent(Bool.self, forKey: .letter) ?? true
        introduction = try container.decodeIfPresent(Bool.self, forKey: .introduction) ?? true
        signer = try container.decodeIfPresent(String.self, forKey: .signer) ?? ""
    }
}

/// Which of the letter and the introduction a founder wants, as the session offers it.
public enum PaperChoice: CaseIterable, Sendable {
    case all, withoutLetter, withoutIntroduction, neither

    init(_ paper: PaperAnswers) {
        switch (paper.letter, paper.introduction) {
        case (true, true): self = .all
        case (false, true): self = .withoutLetter
        case (true, false): self = .withoutIntroduction
        case (false, false): self = .neither
        }
    }
}

/// What the charter was last written as.
public struct CharterStamp: Hashable, Codable, Sendable {
    /// Counts up each time changed answers are written again.
    public var version: Int = 0
    /// `YYYY-MM-DD` of the last writing.
    public var date: String = ""
    public init() {}
}

/// Whether every question has been answered and the documents written.
public enum Progress: String, Codable, Sendable {
    case unfinished
    case finished
}

/// Every answer of a session: what `buurtstart.json` holds. Saved after each accepted answer,
/// so an interrupted session can continue where it stopped.
public struct Answers: Hashable, Codable, Sendable {
    /// The file format's version; see docs/answers.md.
    public static let currentVersion = 1

    public var version: Int = Answers.currentVersion
    public var status: Progress = .unfinished
    /// The question to continue at, for an unfinished session.
    public var position: QuestionID?
    public var language: String = "nl"
    public var group = GroupAnswers()
    public var area = Area()
    public var membership = MembershipAnswers()
    public var admins = AdminAnswers()
    public var agreements = AgreementChoices()
    public var contacts = ContactAnswers()
    public var paper = PaperAnswers()
    public var charter = CharterStamp()
    /// Whose advice the session started from (`--preset`), for the charter's line about it.
    public var basedOn: String?
    /// The set of groups the area is compared with (`--groups`), as an absolute path; nil when
    /// none was named. Left out of the file when nil, so files without it load as before.
    public var groups: String?
    /// The finished versions, and the last finished answers while a change is being written
    /// (`CharterHistory`). Left out of the file when nil, so files without it load as before.
    public var history: CharterHistory?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case version, status, position, language, group, area, membership, admins, agreements, contacts, paper, charter, basedOn, groups, history
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        status = try container.decode(Progress.self, forKey: .status)
        position = try container.decodeIfPresent(QuestionID.self, forKey: .position)
        language = try container.decode(String.self, forKey: .language)
        group = try container.decode(GroupAnswers.self, forKey: .group)
        area = try container.decode(Area.self, forKey: .area)
        membership = try container.decode(MembershipAnswers.self, forKey: .membership)
        admins = try container.decode(AdminAnswers.self, forKey: .admins)
        agreements = try container.decode(AgreementChoices.self, forKey: .agreements)
        contacts = try container.decode(ContactAnswers.self, forKey: .contacts)
        // Added after version 1 was released: a file without it has every page.
        paper = try container.decodeIfPresent(PaperAnswers.self, forKey: .paper) ?? PaperAnswers()
        charter = try container.decode(CharterStamp.self, forKey: .charter)
        basedOn = try container.decodeIfPresent(String.self, forKey: .basedOn)
        groups = try container.decodeIfPresent(String.self, forKey: .groups)
        history = try container.decodeIfPresent(CharterHistory.self, forKey: .history)
    }

    /// The answers without the bookkeeping, to tell whether anything a resident chose changed.
    var content: Answers {
        var copy = self
        copy.status = .unfinished
        copy.position = nil
        copy.charter = CharterStamp()
        copy.groups = nil
        copy.history = nil
        return copy
    }
}
