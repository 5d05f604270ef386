/// What one line typed at the agreements question did: the new choices, and what the session
/// should say about them. Pure data; the catalogue words it.
public struct AgreementChange: Equatable, Sendable {
    /// The choices after the line.
    public var choices: AgreementChoices
    /// Switched on and off by the line, in list order.
    public var switchedOn: [AgreementID] = []
    public var switchedOff: [AgreementID] = []
    /// Agreements from the seed that the line switched off: warn with what the seed asks
    /// (`AgreementText.seedAsks`). The change is kept; a group may decide otherwise.
    public var seedWarnings: [AgreementID] = []
    /// What `alles` left off because it contradicts an agreement that stays on: each pair is
    /// (left off, kept).
    public var leftOff: [AgreementPair] = []
    /// `lijst` was typed: show the list.
    public var listAsked = false
    /// `? 21` was typed: show these agreements' full text (`AgreementID.fullText`); nothing
    /// else on the line is applied.
    public var toRead: [AgreementID] = []
    /// Nothing is chosen now. Allowed on the way (`geen`, then the numbers wanted), but Enter
    /// refuses it: say so (`AgreementText.noneChosen`).
    public var nothingChosen: Bool { choices.selected.isEmpty }
}

/// Two agreements named together: a conflict, or what `alles` left off for what it kept.
public struct AgreementPair: Hashable, Sendable {
    public var first: AgreementID
    public var second: AgreementID
    public init(_ first: AgreementID, _ second: AgreementID) {
        self.first = first
        self.second = second
    }
}

extension AgreementChoices {
    /// Applies a line typed at the agreements question, all or nothing: `3` switches agreement
    /// 3 on, `-3` off, `saar` and `-fotos` do the same by id, `alles` (`all` in English)
    /// switches every agreement on except one that contradicts another, `geen` (`none`)
    /// switches all off, `aanbevolen` (`recommended`) sets the recommended ones, and `lijst`
    /// (`list`) asks for the list; the words are those of `language`. Several words on one line
    /// are applied left to right (`geen 1 14`), and then the result is checked as a whole: a
    /// contradiction or a missing requirement refuses the line and names both agreements;
    /// nothing changes. A line that starts with `?` (`? 21`, `? bij-huis`) only asks to read
    /// those agreements before choosing.
    public func applying(_ input: String, language: Language) throws(Problem) -> AgreementChange {
        let words = input.split(separator: " ").map { $0.lowercased() }
        if let first = words.first, CommandWord(first, in: language) == .help {
            var change = AgreementChange(choices: self)
            for word in words.dropFirst() {
                guard let id = AgreementID(numberOrID: word) else { throw .agreementUnknown(word) }
                change.toRead.append(id)
            }
            return change
        }
        var working = self
        var leftOff: [AgreementPair] = []
        var listAsked = false
        // Named one by one on this line: a refusal names these first.
        var named: [AgreementID] = []
        for word in words {
            switch CommandWord(word, in: language) {
            case .list?:
                listAsked = true
            case .all?:
                let (all, skipped) = Self.everything(keeping: Set(working.selected))
                working.selected = all
                leftOff = skipped
            case .none?:
                working.selected = []
                leftOff = []
            case .recommended?:
                working.selected = AgreementID.recommended
                leftOff = []
            default:
                let off = word.hasPrefix("-")
                guard let id = AgreementID(numberOrID: off ? String(word.dropFirst()) : word) else {
                    throw .agreementUnknown(word)
                }
                working.set(id, !off)
                if !off { named.append(id) }
                leftOff.removeAll { $0.first == id && !off }
            }
        }
        let before = Set(selected)
        let after = Set(working.selected)
        let switchedOn = AgreementID.allCases.filter { after.contains($0) && !before.contains($0) }
        if let problem = working.firstProblem(preferring: named + switchedOn) { throw problem }
        var change = AgreementChange(choices: working)
        change.switchedOn = switchedOn
        change.switchedOff = AgreementID.allCases.filter { before.contains($0) && !after.contains($0) }
        change.seedWarnings = change.switchedOff.filter(\.isFromSeed)
        change.leftOff = leftOff.filter { after.contains($0.second) && !after.contains($0.first) }
        change.listAsked = listAsked
        return change
    }

    /// Enter at the agreements question: refuses a selection with nothing in it, or one that
    /// contradicts itself (a file from an earlier version may hold one).
    public func confirmed() throws(Problem) {
        guard !selected.isEmpty else { throw .noAgreementChosen }
        if let problem = firstProblem(preferring: []) { throw problem }
    }

    /// Every pair of chosen agreements that contradict each other, in list order.
    public var conflicts: [AgreementPair] {
        var pairs: [AgreementPair] = []
        for (index, first) in selected.enumerated() {
            for second in selected.dropFirst(index + 1) where first.conflicts(with: second) {
                pairs.append(AgreementPair(first, second))
            }
        }
        return pairs
    }

    /// Every chosen agreement whose requirement is off: (the agreement, what it needs).
    public var unmetRequirements: [AgreementPair] {
        selected.flatMap { id in
            id.agreement.requires.filter { !has($0) }.map { AgreementPair(id, $0) }
        }
    }

    /// The problems of this selection, as a session would refuse them.
    public var problems: [Problem] {
        conflicts.map { Problem.agreementsConflict($0.first, $0.second) }
            + unmetRequirements.map { Problem.agreementNeeds($0.first, needs: $0.second) }
    }

    /// The first problem, naming first the agreement that comes first in `preferred` (those
    /// typed on the line, then those it switched on).
    private func firstProblem(preferring preferred: [AgreementID]) -> Problem? {
        if let pair = conflicts.first {
            func rank(_ id: AgreementID) -> Int { preferred.firstIndex(of: id) ?? preferred.count }
            return rank(pair.second) < rank(pair.first) ? .agreementsConflict(pair.second, pair.first) : .agreementsConflict(pair.first, pair.second)
        }
        if let pair = unmetRequirements.first { return .agreementNeeds(pair.first, needs: pair.second) }
        return nil
    }

    /// Every agreement, except where two contradict each other: then the one already on stays,
    /// or else the recommended one, or else the first in the list.
    static func everything(keeping current: Set<AgreementID>) -> (selected: [AgreementID], leftOff: [AgreementPair]) {
        var chosen = Set(AgreementID.allCases)
        var leftOff: [AgreementPair] = []
        for first in AgreementID.allCases {
            for second in first.conflicting where first.number < second.number && chosen.contains(first) && chosen.contains(second) {
                func rank(_ id: AgreementID) -> Int { (current.contains(id) ? 2 : 0) + (id.isRecommended ? 1 : 0) }
                let keepSecond = rank(second) > rank(first)
                let (kept, dropped) = keepSecond ? (second, first) : (first, second)
                chosen.remove(dropped)
                leftOff.append(AgreementPair(dropped, kept))
            }
        }
        return (AgreementID.allCases.filter(chosen.contains), leftOff)
    }
}
