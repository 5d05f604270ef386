/// What differs between two versions of a group's rules, in the terms a member would notice,
/// and whether members must agree again. Public so that the member register can ask which
/// members agreed to an older version than the changes that need their agreement.
public struct CharterChange: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case agreementAdded(AgreementID)
        case agreementRemoved(AgreementID)
        /// On in both, with another choice in its question (how many approach, photos, skin colour).
        case agreementChoice(AgreementID, from: AgreementChoice, to: AgreementChoice)
        case ownAgreementAdded(String)
        case ownAgreementRemoved(String)
        case areaAdded(AreaPart)
        case areaRemoved(AreaPart)
        /// A street in both, with other house numbers or sides: `now` its entries, `was` before.
        case streetChanged(now: [StreetEntry], was: [StreetEntry], AreaDirection)
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
        case groupName(String)
        case place(municipality: String, neighbourhood: String)
        case expectedMembers(Int?)
        /// How neighbours sign up, as the invitation and the letter say it (nil: not given).
        case signUpContact(String?)
        /// This admin's number, printed in the rules, is another.
        case adminPhone(String)
    }

    /// An agreement's own choice, as its question sets it.
    public enum AgreementChoice: Hashable, Sendable {
        case approachGroupSize(Int)
        case photos(PhotoRule)
        case skinColour(Bool)
    }

    /// Which way a street's part of the area goes: more house numbers, fewer, or some of each.
    public enum AreaDirection: Hashable, Sendable { case grows, shrinks, both }

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
    /// group added. Narrowing changes, and the rest, are announced only. The admins' numbers
    /// printed in the rules are no member's data: the admins are asked (`needsAdminsConsent`).
    public static func widens(_ kind: Kind) -> Bool {
        switch kind {
        case .minimumAge(let from, let to): to < from
        case .eligibility(let now): now == .residentsAndWorkers
        case .agreementAdded(let id): wideningAgreements.contains(id)
        case .chatGroup(let on): on
        case .agreementRemoved, .agreementChoice, .ownAgreementAdded, .ownAgreementRemoved, .areaAdded, .areaRemoved,
             .streetChanged, .boundary, .adminAdded, .adminRemoved, .contactAdmin, .phonesInCharter, .wijkagent, .burgernet,
             .groupName, .place, .expectedMembers, .signUpContact, .adminPhone:
            false
        }
    }

    /// The change puts the admins' phone numbers on paper that anyone may read: each admin
    /// must be asked first.
    public var needsAdminsConsent: Bool { kind == .phonesInCharter(true) }

    /// Every change from `old` to `new`, in the order of the questions: the area, the members,
    /// the admins, the agreements, the contacts.
    public static func between(_ old: CharterRules, _ new: CharterRules) -> [CharterChange] {
        var changes: [CharterChange] = []
        func add(_ kind: Kind, _ question: QuestionID) { changes.append(CharterChange(kind: kind, question: question)) }

        if let was = old.published, let now = new.published {
            if was.group.name != now.group.name { add(.groupName(now.group.name), .groupName) }
            if was.group.municipality != now.group.municipality || was.group.neighbourhood != now.group.neighbourhood {
                add(.place(municipality: now.group.municipality, neighbourhood: now.group.neighbourhood),
                    was.group.municipality != now.group.municipality ? .municipality : .neighbourhood)
            }
        }
        // A street in both versions with other numbers or sides is one change, in its direction.
        let oldKeys = Set(old.area.streets.map(\.key)), newKeys = Set(new.area.streets.map(\.key))
        var compared: Set<String> = []
        for street in new.area.streets where !old.area.streets.contains(street) {
            guard oldKeys.contains(street.key) else { add(.areaAdded(.street(street)), .street); continue }
            guard compared.insert(street.key).inserted else { continue }
            let now = new.area.streets.filter { $0.key == street.key }, was = old.area.streets.filter { $0.key == street.key }
            add(.streetChanged(now: now, was: was, AreaDirection(from: was, to: now)), .street)
        }
        for street in old.area.streets where !new.area.streets.contains(street) {
            if !newKeys.contains(street.key) {
                add(.areaRemoved(.street(street)), .street)
            } else if compared.insert(street.key).inserted {
                // Only parts removed: the street's other entries are all still there.
                let now = new.area.streets.filter { $0.key == street.key }, was = old.area.streets.filter { $0.key == street.key }
                add(.streetChanged(now: now, was: was, AreaDirection(from: was, to: now)), .street)
            }
        }
        for postcode in new.area.postcodes where !old.area.postcodes.contains(postcode) { add(.areaAdded(.postcode(postcode)), .postcode) }
        for postcode in old.area.postcodes where !new.area.postcodes.contains(postcode) { add(.areaRemoved(.postcode(postcode)), .postcode) }
        if old.area.boundary != new.area.boundary { add(.boundary(new.area.boundary), .boundary) }

        let (was, now) = (old.membership, new.membership)
        if was.minimumAge != now.minimumAge { add(.minimumAge(from: was.minimumAge, to: now.minimumAge), .minimumAge) }
        if was.eligibility != now.eligibility { add(.eligibility(now.eligibility), .eligibility) }
        if was.expectedMembers != now.expectedMembers { add(.expectedMembers(now.expectedMembers), .expectedMembers) }
        if was.separateChatGroup != now.separateChatGroup { add(.chatGroup(now.separateChatGroup), .chatGroup) }

        let oldNames = old.admins.people.map(\.firstName), newNames = new.admins.people.map(\.firstName)
        for name in newNames where !oldNames.contains(name) { add(.adminAdded(name), .adminName) }
        for name in oldNames where !newNames.contains(name) { add(.adminRemoved(name), .adminName) }
        if let contact = new.admins.contactName, contact != old.admins.contactName { add(.contactAdmin(contact), .contactAdmin) }
        if old.admins.phonesInCharter != new.admins.phonesInCharter { add(.phonesInCharter(new.admins.phonesInCharter), .phonesInCharter) }
        if old.published != nil, old.admins.phonesInCharter, new.admins.phonesInCharter {
            for admin in new.admins.people where admin.phone != nil {
                if let before = old.admins.people.first(where: { $0.firstName == admin.firstName }), before.phone != admin.phone {
                    add(.adminPhone(admin.firstName), .adminPhone)
                }
            }
        }
        if let was = old.published, let now = new.published, was.signUpContact != now.signUpContact {
            add(.signUpContact(now.signUpContact), .signUpContact)
        }

        let (before, after) = (old.agreements, new.agreements)
        for id in AgreementID.allCases {
            switch (before.has(id), after.has(id)) {
            case (false, true): add(.agreementAdded(id), .agreements)
            case (true, false): add(.agreementRemoved(id), .agreements)
            case (true, true):
                if let question = choiceQuestion(id), let was = choice(id, before), let now = choice(id, after), was != now {
                    add(.agreementChoice(id, from: was, to: now), question)
                }
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

    /// An agreement's own choice, for the agreements that have one.
    private static func choice(_ id: AgreementID, _ choices: AgreementChoices) -> AgreementChoice? {
        switch id {
        case .approachSafely: .approachGroupSize(choices.approachGroupSize)
        case .photos: .photos(choices.photoRule)
        case .describePerson: .skinColour(choices.skinColourInDescription)
        default: nil
        }
    }
}

extension CharterChange.AreaDirection {
    /// Compares the house numbers a street's entries cover, side by side.
    init(from was: [StreetEntry], to now: [StreetEntry]) {
        let before = StreetCoverage(was), after = StreetCoverage(now)
        switch (after.covers(before), before.covers(after)) {
        case (true, false): self = .grows
        case (false, true): self = .shrinks
        default: self = .both
        }
    }
}

/// The house numbers some entries of one street cover: for each side, ranges from low to
/// high that neither overlap nor touch (a number on that side between them is left out).
struct StreetCoverage {
    private var even: [ClosedRange<Int>] = [], odd: [ClosedRange<Int>] = []

    init(_ entries: [StreetEntry]) {
        var even: [ClosedRange<Int>] = [], odd: [ClosedRange<Int>] = []
        for entry in entries {
            let low = entry.range?.first ?? 1, high = entry.range?.last ?? StreetEntry.highestNumber
            if entry.side != .odd, let range = Self.numbers(low, high, even: true) { even.append(range) }
            if entry.side != .even, let range = Self.numbers(low, high, even: false) { odd.append(range) }
        }
        self.even = Self.merged(even)
        self.odd = Self.merged(odd)
    }

    /// The numbers of one side from `low` to `high`, as a range from the first to the last of them.
    private static func numbers(_ low: Int, _ high: Int, even: Bool) -> ClosedRange<Int>? {
        let first = (low % 2 == 0) == even ? low : low + 1, last = (high % 2 == 0) == even ? high : high - 1
        return first <= last ? first...last : nil
    }

    private static func merged(_ ranges: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            // The next number on the same side is 2 further.
            if let last = result.last, range.lowerBound <= last.upperBound + 2 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// Every number `other` covers is covered here too.
    func covers(_ other: StreetCoverage) -> Bool {
        func inside(_ ranges: [ClosedRange<Int>], _ within: [ClosedRange<Int>]) -> Bool {
            ranges.allSatisfy { range in within.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound } }
        }
        return inside(other.even, even) && inside(other.odd, odd)
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
