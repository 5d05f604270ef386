/// What an admin does with a member in the register: a warning, or removal. Removal keeps no
/// trace of the member, only a count per reason.
public enum MemberChange: Sendable, Equatable {
    case warn(AgreementID)
    /// `agreement`: the one broken, for a removal after a warning or at once.
    case remove(RemovalReason, agreement: AgreementID?)
}

/// Why a change to the register cannot be made. Said on the command line, exit 64.
public enum MemberChangeProblem: Error, Equatable, Sendable {
    case unknownMember(String, count: Int)
    /// Several members have this first name: their whole names.
    case ambiguous(String, names: [String])
    /// Several members have this very name (a hand-edited register can hold them): what picks
    /// each one instead of the name, its address or else its phone number.
    case sameName(String, picks: [String])
    /// This removal names the agreement that was broken.
    case agreementNeeded(RemovalReason)
    /// Not an agreement the group chose (by number or id): the numbers it did choose.
    case agreementUnknown(String, chosen: [Int])
    /// A removal after a warning, of a member who was never warned.
    case notWarned(String)
}

extension Register {
    /// The member a typed name means: exactly one. Where names are the same, the address or
    /// the phone number, as `leden` shows them, picks one.
    public func member(named typed: String) throws(MemberChangeProblem) -> Int {
        var found = matching(typed)
        if found.isEmpty { found = matching(addressOrPhone: typed) }
        guard !found.isEmpty else { throw .unknownMember(typed, count: members.count) }
        guard found.count == 1 else {
            let names = found.map { members[$0].name.lowercased() }
            if Set(names).count < names.count { throw .sameName(typed, picks: found.map(pick)) }
            throw .ambiguous(typed, names: found.map { members[$0].name })
        }
        return found[0]
    }

    /// What picks the member at `index` on the command line: the name when no other member has
    /// it, else the address when no other member has that, else the phone number.
    public func pick(_ index: Int) -> String {
        let member = members[index]
        if matching(member.name).count == 1 { return member.name }
        if matching(addressOrPhone: member.address).count == 1 { return member.address }
        return member.phone
    }

    /// The members at this address, or with this phone number; case and extra spaces ignored.
    private func matching(addressOrPhone typed: String) -> [Int] {
        let key = TextInput.collapsingSpaces(typed).lowercased()
        let atAddress = members.indices.filter { TextInput.collapsingSpaces(members[$0].address).lowercased() == key }
        if !atAddress.isEmpty { return atAddress }
        guard typed.contains(where: \.isNumber), typed.allSatisfy({ $0.isNumber || " +-().".contains($0) }) else { return [] }
        return members.indices.filter { PhoneDigits(members[$0].phone) == PhoneDigits(typed) }
    }

    /// Makes `change` to the member at `index`; what the admin is told comes from `MemberText`.
    public mutating func apply(_ change: MemberChange, to index: Int, date: CalendarDate) throws(MemberChangeProblem) {
        switch change {
        case .warn(let agreement):
            members[index].warnings.append(MemberWarning(date: date.description, agreement: agreement))
        case .remove(let reason, let agreement):
            if reason.namesAgreement, agreement == nil { throw .agreementNeeded(reason) }
            if reason == .afterWarning, members[index].warnings.isEmpty { throw .notWarned(members[index].name) }
            members.remove(at: index)
            removed[reason, default: 0] += 1
        }
    }
}

extension AgreementID {
    /// An agreement the group chose, typed as its number in the charter or its id.
    public static func chosen(_ typed: String, in answers: Answers) throws(MemberChangeProblem) -> AgreementID {
        let selected = answers.agreements.selected
        let found = Int(typed).flatMap { number in selected.first { $0.number == number } }
            ?? selected.first { $0.rawValue == typed.lowercased() }
        guard let found else { throw .agreementUnknown(typed, chosen: selected.map(\.number)) }
        return found
    }
}

extension RemovalReason {
    /// `--reden`/`--reason` in either language: `verhuisd`, `weg`, `na-waarschuwing`, `meteen`, `buiten-gebied`.
    public init?(typed: String) {
        let key = typed.lowercased()
        guard let found = RemovalReason(rawValue: key) ?? Self.allCases.first(where: { $0.dutchWord == key }) else { return nil }
        self = found
    }

    /// The reason as `--reden` takes it in Dutch.
    public var dutchWord: String {
        switch self {
        case .moved: "verhuisd"
        case .left: "weg"
        case .afterWarning: "na-waarschuwing"
        case .atOnce: "meteen"
        case .outsideArea: "buiten-gebied"
        }
    }
}
