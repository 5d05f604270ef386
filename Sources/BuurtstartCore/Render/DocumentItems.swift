/// What the documents say, decided from the answers once for every language; the catalogue only
/// words each item. Every item that depends on an agreement is here only when that agreement
/// is on, so that no document states a rule the group did not choose.

/// The charter's rules for who may join.
public enum MemberRule: Hashable, Sendable {
    /// `neighbouringAdmins`: the admins of groups nearby are members without living here.
    case livesInArea(worksToo: Bool, neighbouringAdmins: Bool)
    case minimumAge(Int)
    case parentConsent
    /// Members agree that everyone in the group sees their number; `section` is where the
    /// charter says more about personal data.
    case phoneVisible(section: Int)
    case expectedMembers(Int)
    case separateChatGroup

    public static func rules(for answers: Answers) -> [MemberRule] {
        let members = answers.membership
        var rules: [MemberRule] = [
            .livesInArea(worksToo: members.eligibility == .residentsAndWorkers,
                         neighbouringAdmins: answers.agreements.has(.neighbouringAdmins)),
            .minimumAge(members.minimumAge),
        ]
        if members.needsParentConsent { rules.append(.parentConsent) }
        rules.append(.phoneVisible(section: CharterSection.privacy.rawValue))
        if let count = members.expectedMembers { rules.append(.expectedMembers(count)) }
        if members.separateChatGroup { rules.append(.separateChatGroup) }
        return rules
    }
}

/// The charter's section on personal data: what the admins keep, why, who sees what, how long,
/// and how to have it removed. It says who sees a member's number for the rules actually
/// chosen, and promises nothing more than that.
public enum PrivacyItem: Hashable, Sendable {
    /// Name, address (or work address) and phone number, and the signed checklist.
    case kept(worksToo: Bool)
    /// To check the address and to add the member.
    case why(worksToo: Bool)
    /// Only the admins see what they keep.
    case onlyAdminsSeeKept
    /// They keep it in a register on an admin's computer, which only the admins may have and
    /// which is handed to a new admin in person (`buurtstart lid`).
    case register
    /// Everyone in the group sees a member's number, including the admins of groups nearby
    /// when they are members.
    case groupSeesNumber(neighbouringAdmins: Bool)
    /// The admins' own numbers are printed in the charter.
    case adminPhonesPrinted
    /// The phone chain: the admins keep the numbers of neighbours without a smartphone and give
    /// them to the members who call.
    case phoneChain
    /// In the separate chat group, everyone there sees a member's number too.
    case chatGroupSeesNumber
    /// A parent or guardian agrees for a member under 16.
    case parentConsent
    /// Beyond what is listed above, the admins give the data to nobody.
    case nobodyElse
    /// Kept while a member; deleted when the member leaves.
    case howLong
    /// Ask an admin what is kept, or to remove it.
    case askAdmin
    /// Only in privacy.html (the charter has no room): a slip or checklist of someone who
    /// cannot join is thrown away at once.
    case refusedSignUp
    /// Only in privacy.html: who supervises the privacy law.
    case supervisor
    /// Only in privacy.html: how long the details of a neighbour on the phone chain are kept.
    case phoneChainHowLong

    /// What privacy.html says besides the charter's items.
    public static func pageOnly(for answers: Answers) -> [PrivacyItem] {
        (answers.agreements.has(.phoneChain) ? [.phoneChainHowLong] : []) + [.refusedSignUp, .supervisor]
    }

    public static func items(for answers: Answers) -> [PrivacyItem] {
        let worksToo = answers.membership.eligibility == .residentsAndWorkers
        var items: [PrivacyItem] = [.kept(worksToo: worksToo), .why(worksToo: worksToo), .onlyAdminsSeeKept, .register,
                                    .groupSeesNumber(neighbouringAdmins: answers.agreements.has(.neighbouringAdmins))]
        if answers.admins.phonesInCharter, answers.admins.people.contains(where: { $0.phone != nil }) {
            items.append(.adminPhonesPrinted)
        }
        if answers.membership.separateChatGroup { items.append(.chatGroupSeesNumber) }
        if answers.agreements.has(.phoneChain) { items.append(.phoneChain) }
        if answers.membership.needsParentConsent { items.append(.parentConsent) }
        items += [.nobodyElse, .howLong, .askAdmin]
        return items
    }
}

/// What the checklist asks a new member to tick: each line something a member can honestly
/// agree to, and agreement lines only for agreements that are on.
public enum ChecklistItem: Hashable, Sendable {
    /// `section`: where the charter describes the area.
    case livesInArea(worksToo: Bool, section: Int)
    case minimumAge(Int)
    case readRules
    /// Agrees (not only knows) that everyone in the group sees their number. `ifWhatsApp`: on
    /// the slip of a group with a phone chain, where a neighbour without a smartphone joins the
    /// chain instead, and this consent is for those who join the WhatsApp group.
    case phoneConsent(neighbouringAdmins: Bool, ifWhatsApp: Bool = false)
    /// Agrees that the admins keep name, address and number while a member.
    case dataConsent(worksToo: Bool)
    /// Optional: in the separate chat group too, everyone sees one's number, and these chosen
    /// agreements (respect, photos, forwarding) hold there as well.
    case chatGroupConsent(rules: [AgreementID])
    /// On the letter's slip, for a neighbour without a smartphone: the phone chain, and that the
    /// members who call get their name and number.
    case phoneChainConsent
    case agreement(AgreementID, AgreementSettings)
    case knowsAdmins([String])

    /// A line a member may answer no to and still be a member (the separate chat group).
    public var isOptional: Bool {
        if case .chatGroupConsent = self { return true }
        return false
    }

    public static func items(for answers: Answers) -> [ChecklistItem] {
        let members = answers.membership
        let worksToo = members.eligibility == .residentsAndWorkers
        var items: [ChecklistItem] = [
            .livesInArea(worksToo: worksToo, section: CharterSection.area.rawValue), .minimumAge(members.minimumAge), .readRules,
        ] + consents(for: answers)
        let settings = AgreementSettings(answers)
        items += answers.agreements.selected.filter(\.agreement.checklistLine).map { .agreement($0, settings) }
        items.append(.knowsAdmins(answers.admins.people.map(\.firstName)))
        return items
    }
}

extension ChecklistItem {
    /// What a new member agrees to, declared once, in the order asked: the checklist ticks
    /// these, the letter's slip asks the same, and a conversation can walk them one by one.
    /// Each says who sees what for the rules actually chosen (knowing is not agreeing).
    public static func consents(for answers: Answers) -> [ChecklistItem] {
        var consents: [ChecklistItem] = [.phoneConsent(neighbouringAdmins: answers.agreements.has(.neighbouringAdmins)),
                                         .dataConsent(worksToo: answers.membership.eligibility == .residentsAndWorkers)]
        if answers.membership.separateChatGroup {
            consents.append(.chatGroupConsent(rules: [.photos, .noForwarding, .respect].filter(answers.agreements.has)))
        }
        return consents
    }

    /// What the letter's slip asks a neighbour to tick: the age, the member's consents, and
    /// with a phone chain, the box for it.
    public static func slipConsents(for answers: Answers) -> [ChecklistItem] {
        // The chat group is for members: its consent is asked on the checklist only.
        let phoneChain = answers.agreements.has(.phoneChain)
        let member = consents(for: answers).compactMap { item -> ChecklistItem? in
            switch item {
            case .chatGroupConsent: nil
            case .phoneConsent(let neighbouringAdmins, _): .phoneConsent(neighbouringAdmins: neighbouringAdmins, ifWhatsApp: phoneChain)
            default: item
            }
        }
        return [.minimumAge(answers.membership.minimumAge)] + member + (phoneChain ? [.phoneChainConsent] : [])
    }
}

/// Advice on the checklist that is not a condition for joining.
public enum ChecklistTip: Hashable, Sendable {
    case saveNumbers
    case burgernet

    public static func tips(for answers: Answers) -> [ChecklistTip] {
        answers.contacts.recommendBurgernet ? [.saveNumbers, .burgernet] : [.saveNumbers]
    }
}

/// A row of the charter's important numbers: which number for what.
public enum ContactRow: Hashable, Sendable {
    /// 112: something happening now.
    case emergency
    /// 0900-8844: not urgent, something that keeps happening, nuisance, after the fact.
    case police
    /// 0800-7000: Meld Misdaad Anoniem.
    case anonymous
    case wijkagent(name: String, reach: String)
    /// No wijkagent given: how to find one.
    case findWijkagent
    case burgernet

    /// The label in the first column: a number or a name, the same in every language.
    public var label: String {
        switch self {
        case .emergency: "112"
        case .police: "0900-8844"
        case .anonymous: "0800-7000"
        case .wijkagent, .findWijkagent: "Wijkagent"
        case .burgernet: "Burgernet"
        }
    }

    /// What the resident typed for this row, shown as typed; nil when the catalogue words it.
    public var typed: String? {
        guard case .wijkagent(let name, let reach) = self else { return nil }
        return reach.isEmpty ? name : "\(name), \(reach)"
    }

    public static func rows(for contacts: ContactAnswers) -> [ContactRow] {
        var rows: [ContactRow] = [.emergency, .police, .anonymous]
        rows.append(contacts.wijkagentName.isEmpty ? .findWijkagent : .wijkagent(name: contacts.wijkagentName, reach: contacts.wijkagentReach))
        if contacts.recommendBurgernet { rows.append(.burgernet) }
        return rows
    }
}

/// What the letter tells the neighbours the group is, besides a place to warn each other: each
/// only when the agreement that says it was chosen.
public enum LetterPromise: Hashable, Sendable {
    /// The group belongs to residents; the police are not members (agreement "burgerinitiatief").
    case residentsWithoutPolice
    /// Something happening now: 112 first (agreement "eerst-112").
    case call112First

    public static func promises(for answers: Answers) -> [LetterPromise] {
        var promises: [LetterPromise] = []
        if answers.agreements.has(.citizensInitiative) { promises.append(.residentsWithoutPolice) }
        if answers.agreements.has(.call112First) { promises.append(.call112First) }
        return promises
    }
}

/// How a neighbour who is not in the group yet signs up, as the letter and the invitation say
/// it. Both go to every letterbox and can be forwarded to anyone: they carry only what the
/// founder typed for them, never an admin's number (printing numbers in the charter is
/// another choice, for members).
public enum SignUp: Hashable, Sendable {
    /// What the founder chose to share (`admins.signUpContact`), as typed.
    case contact(String)
    /// Nothing given: the invitation leaves the place the question promised, to fill in.
    case toFillIn

    public static func way(for admins: AdminAnswers) -> SignUp {
        if let contact = admins.signUpContact, !contact.isEmpty { return .contact(contact) }
        return .toFillIn
    }
}

/// The charter's articles: each chosen agreement under its list number, then the group's own
/// agreements numbered apart (E1, E2), so that a new agreement in the list never renumbers them.
struct Article {
    /// The list number, or for the group's own agreement its place among those, from 1.
    var number: Int
    /// The catalogue id; nil for the group's own agreement.
    var id: AgreementID?
    var title: String?
    /// One or more paragraphs (SAAR has its steps).
    var lines: [String]

    static func articles(for answers: Answers, language: Language) -> [Article] {
        let settings = AgreementSettings(answers)
        var articles = answers.agreements.selected.map { id in
            Article(number: id.number, id: id, title: language.text(AgreementText.title(id)),
                    lines: TextInput.lines(language.text(AgreementText.article(id, settings))))
        }
        articles += answers.agreements.custom.enumerated().map { index, text in
            Article(number: index + 1, id: nil, title: nil, lines: [text])
        }
        return articles
    }

    /// What the group's own agreements are numbered with: E1, E2, the same in every language.
    static let ownPrefix = "E"

    /// `12`, or `E1` for the group's own agreement.
    var label: String { id == nil ? Self.ownPrefix + "\(number)" : "\(number)" }

    /// Whether some list numbers are missing, so that the charter says why.
    static func hasGaps(_ answers: Answers) -> Bool {
        let numbers = answers.agreements.selected.map(\.number)
        return zip(numbers, numbers.dropFirst()).contains { $1 != $0 + 1 } || (numbers.first.map { $0 != 1 } ?? false)
    }
}

/// The charter's section on admins: who they are, who is the contact, their numbers only when
/// the group chose to print them, and what they do with new members.
struct CharterAdmins {
    var lines: [DocumentText]

    init(_ answers: Answers) {
        let admins = answers.admins
        let contact = admins.people.indices.contains(admins.contact) ? admins.people[admins.contact].firstName : nil
        lines = [.charterAdmins(names: admins.people.map(\.firstName), contact: contact)]
        if admins.phonesInCharter {
            lines += admins.people.compactMap { admin in admin.phone.map { .charterAdminPhone(name: admin.firstName, phone: $0) } }
        }
        lines.append(.charterAdminsAddMembers(worksToo: answers.membership.eligibility == .residentsAndWorkers, adminCount: admins.people.count))
    }
}
