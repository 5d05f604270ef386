/// What differs between two versions of a group's rules, in the terms a member would notice,
/// and whether members must agree again. Public so that the member register can ask which
/// members agreed to an older version than the changes that need their agreement.
public struct CharterChange: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case agreementAdded(AgreementID)
        case agreementRemoved(AgreementID)
        /// On in both, with another choice in its question (how many approach, photos, skin colour).
        case agreementChoice(AgreementID)
        case ownAgreementAdded(String)
        case ownAgreementRemoved(String)
        case areaAdded(AreaPart)
        case areaRemoved(AreaPart)
        case boundary(String)
        case minimumAge(from: Int, to: Int)
        case eligibility(Eligibility)
        case adminAdded(String)
        case adminRemoved(String)
        /// The contact for the municipality and police is now this admin.
        case contactAdmin(String)
        case phonesInCharter(Bool)
        case wijkagent
        case burgernet(Bool)
        case chatGroup(Bool)
    }

    public let kind: Kind
    /// The question the change was answered at.
    public let question: QuestionID
    /// The change widens who sees a member's number or data (`CharterChange.widens`): the
    /// agreement members gave to the earlier version does not cover it.
    public var needsAgreementAgain: Bool { Self.widens(kind) }

    /// The agreements that, switched on, let more people see members' numbers: the admins of
    /// groups nearby in the group, and the phone chain's callers.
    public static let wideningAgreements: Set<AgreementID> = [.neighbouringAdmins, .phoneChain]

    /// The one declaration of which changes need members to agree again: whatever widens who
    /// sees a member's number or data. A lower minimum age (younger members see the numbers),
    /// workers allowed, a widening agreement switched on, the admins' numbers printed, a chat
    /// group added. Narrowing changes, and the rest, are announced only.
    public static func widens(_ kind: Kind) -> Bool {
        switch kind {
        case .minimumAge(let from, let to): to < from
        case .eligibility(let now): now == .residentsAndWorkers
        case .agreementAdded(let id): wideningAgreements.contains(id)
        case .phonesInCharter(let on), .chatGroup(let on): on
        case .agreementRemoved, .agreementChoice, .ownAgreementAdded, .ownAgreementRemoved, .areaAdded, .areaRemoved,
             .boundary, .adminAdded, .adminRemoved, .contactAdmin, .wijkagent, .burgernet:
            false
        }
    }

    /// Every change from `old` to `new`, in the order of the questions: the area, the members,
    /// the admins, the agreements, the contacts.
    public static func between(_ old: CharterRules, _ new: CharterRules) -> [CharterChange] {
        var changes: [CharterChange] = []
        func add(_ kind: Kind, _ question: QuestionID) { changes.append(CharterChange(kind: kind, question: question)) }

        for street in new.area.streets where !old.area.streets.contains(street) { add(.areaAdded(.street(street)), .street) }
        for street in old.area.streets where !new.area.streets.contains(street) { add(.areaRemoved(.street(street)), .street) }
        for postcode in new.area.postcodes where !old.area.postcodes.contains(postcode) { add(.areaAdded(.postcode(postcode)), .postcode) }
        for postcode in old.area.postcodes where !new.area.postcodes.contains(postcode) { add(.areaRemoved(.postcode(postcode)), .postcode) }
        if old.area.boundary != new.area.boundary { add(.boundary(new.area.boundary), .boundary) }

        let (was, now) = (old.membership, new.membership)
        if was.minimumAge != now.minimumAge { add(.minimumAge(from: was.minimumAge, to: now.minimumAge), .minimumAge) }
        if was.eligibility != now.eligibility { add(.eligibility(now.eligibility), .eligibility) }
        if was.separateChatGroup != now.separateChatGroup { add(.chatGroup(now.separateChatGroup), .chatGroup) }

        let oldNames = old.admins.people.map(\.firstName), newNames = new.admins.people.map(\.firstName)
        for name in newNames where !oldNames.contains(name) { add(.adminAdded(name), .adminName) }
        for name in oldNames where !newNames.contains(name) { add(.adminRemoved(name), .adminName) }
        if let contact = new.admins.contactName, contact != old.admins.contactName { add(.contactAdmin(contact), .contactAdmin) }
        if old.admins.phonesInCharter != new.admins.phonesInCharter { add(.phonesInCharter(new.admins.phonesInCharter), .phonesInCharter) }

        let (before, after) = (old.agreements, new.agreements)
        for id in AgreementID.allCases {
            switch (before.has(id), after.has(id)) {
            case (false, true): add(.agreementAdded(id), .agreements)
            case (true, false): add(.agreementRemoved(id), .agreements)
            case (true, true):
                if let question = choiceQuestion(id), choice(id, before) != choice(id, after) { add(.agreementChoice(id), question) }
            case (false, false): break
            }
        }
        for text in after.custom where !before.custom.contains(text) { add(.ownAgreementAdded(text), .customAgreement) }
        for text in before.custom where !after.custom.contains(text) { add(.ownAgreementRemoved(text), .customAgreement) }

        let (oldContacts, newContacts) = (old.contacts, new.contacts)
        if oldContacts.wijkagentName != newContacts.wijkagentName || oldContacts.wijkagentReach != newContacts.wijkagentReach {
            add(.wijkagent, .wijkagentName)
        }
        if oldContacts.recommendBurgernet != newContacts.recommendBurgernet { add(.burgernet(newContacts.recommendBurgernet), .burgernet) }
        return changes
    }

    /// The question that sets an agreement's own choice, for the agreements that have one.
    private static func choiceQuestion(_ id: AgreementID) -> QuestionID? {
        switch id {
        case .approachSafely: .approachGroupSize
        case .photos: .photoRule
        case .describePerson: .skinColour
        default: nil
        }
    }

    /// An agreement's own choice, compared as text.
    private static func choice(_ id: AgreementID, _ choices: AgreementChoices) -> String {
        switch id {
        case .approachSafely: "\(choices.approachGroupSize)"
        case .photos: choices.photoRule.rawValue
        case .describePerson: "\(choices.skinColourInDescription)"
        default: ""
        }
    }
}

extension Answers {
    /// What these answers change from the version kept as `previous` in the history (the
    /// version before theirs when nil); empty when there is none to compare with.
    public func changes(since previous: Int? = nil) -> (from: CharterVersion, changes: [CharterChange])? {
        let number = previous ?? charter.version - 1
        guard number >= 1, let old = history?.version(number) else { return nil }
        return (old, CharterChange.between(old.rules, CharterRules(self)))
    }
}
