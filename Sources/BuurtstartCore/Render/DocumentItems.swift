/// What the checklist asks of a new member, decided from the answers once for every language;
/// the catalogue only words each item.
public enum ChecklistItem: Sendable {
    case livesInArea(worksToo: Bool)
    case minimumAge(Int)
    case parentConsent
    case readRules
    case phoneVisible
    case savedNumbers
    case burgernet
    case knowsSAAR
    case knowsAdmins([String])
    case leavesWhenMoving

    public static func items(for answers: Answers) -> [ChecklistItem] {
        let members = answers.membership
        var items: [ChecklistItem] = [.livesInArea(worksToo: members.eligibility == .residentsAndWorkers), .minimumAge(members.minimumAge)]
        if members.minimumAge < 16 { items.append(.parentConsent) }
        items += [.readRules, .phoneVisible, .savedNumbers]
        if answers.contacts.recommendBurgernet { items.append(.burgernet) }
        items += [.knowsSAAR, .knowsAdmins(answers.admins.people.map(\.firstName)), .leavesWhenMoving]
        return items
    }
}

/// The charter's rules for who may join, decided from the answers once for every language.
public enum MemberRule: Sendable {
    case livesInArea(worksToo: Bool)
    case minimumAge(Int)
    case parentConsent
    case phoneVisible
    case expectedMembers(Int)
    case separateChatGroup

    public static func rules(for members: MembershipAnswers) -> [MemberRule] {
        var rules: [MemberRule] = [.livesInArea(worksToo: members.eligibility == .residentsAndWorkers), .minimumAge(members.minimumAge)]
        if members.minimumAge < 16 { rules.append(.parentConsent) }
        rules.append(.phoneVisible)
        if let count = members.expectedMembers { rules.append(.expectedMembers(count)) }
        if members.separateChatGroup { rules.append(.separateChatGroup) }
        return rules
    }
}
