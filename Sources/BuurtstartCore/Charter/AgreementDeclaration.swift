/// What one agreement is, apart from its words: whether it comes from the seed, whether it is
/// recommended, what it adds to the other documents, and what it cannot go with. Declared once
/// per agreement in `AgreementID.agreement`; the renderers, the selection rules and the full text
/// shown before choosing all read it from there.
public struct Agreement: Hashable, Sendable {
    /// One of the agreements on gemeente Katwijk's page (`shared/seed-katwijk.txt`): turning it
    /// off gets a warning that says what that page asks.
    public var fromSeed = false
    /// Pre-selected for a new group.
    public var recommended = false
    /// Adds a line that a new member ticks on the checklist.
    public var checklistLine = false
    /// Adds a line to the WhatsApp group description.
    public var descriptionLine = false
    /// Adds a line to the WhatsApp welcome message.
    public var welcomeLine = false
    /// Contradicts these: the two cannot be on together. Declared on one side; `conflicts(with:)`
    /// reads both.
    public var conflicts: [AgreementID] = []
    /// Makes no sense without these.
    public var requires: [AgreementID] = []
    /// What it rules on, where an own agreement could say the opposite: an own agreement that
    /// touches one of these is questioned, quoting this agreement (`AgreementTopic`).
    public var topics: [AgreementTopic] = []
}

extension AgreementID {
    /// The declaration of this agreement.
    public var agreement: Agreement {
        switch self {
        case .saar:
            Agreement(recommended: true, checklistLine: true, welcomeLine: true)
        case .call112First:
            Agreement(fromSeed: true, recommended: true, checklistLine: true, descriptionLine: true, welcomeLine: true, topics: [.emergencyNumbers])
        case .say112Called:
            Agreement(fromSeed: true, recommended: true, checklistLine: true, descriptionLine: true)
        case .oneCaller:
            // You only know that someone called when they say so.
            Agreement(recommended: true, checklistLine: true, requires: [.say112Called])
        case .allClear:
            Agreement(recommended: true, checklistLine: true, welcomeLine: true)
        case .behaviourNotAppearance:
            Agreement(recommended: true, checklistLine: true, welcomeLine: true, topics: [.appearance])
        case .whatIsSuspicious:
            Agreement(fromSeed: true, recommended: true, topics: [.emergencyNumbers])
        case .describePerson:
            Agreement(fromSeed: true, recommended: true, topics: [.appearance])
        case .describeVehicle:
            Agreement(fromSeed: true, recommended: true)
        case .approachSafely:
            Agreement(fromSeed: true, recommended: true, checklistLine: true)
        case .noVigilantism:
            Agreement(fromSeed: true, recommended: true, checklistLine: true, topics: [.holdingOrChasing])
        case .photos:
            Agreement(fromSeed: true, recommended: true, checklistLine: true, welcomeLine: true, topics: [.photos])
        case .noForwarding:
            Agreement(recommended: true, checklistLine: true, descriptionLine: true, welcomeLine: true, topics: [.photos])
        case .respect:
            Agreement(fromSeed: true, recommended: true, checklistLine: true, descriptionLine: true, topics: [.appearance])
        case .purposeOnly:
            Agreement(fromSeed: true, recommended: true, checklistLine: true, descriptionLine: true)
        case .noReplies:
            Agreement(recommended: true, checklistLine: true, descriptionLine: true)
        case .citizensInitiative:
            Agreement(fromSeed: true, recommended: true, checklistLine: true, descriptionLine: true, topics: [.emergencyNumbers])
        case .removal:
            Agreement(recommended: true)
        case .adminDecides:
            Agreement(recommended: true)
        case .leaveWhenMoving:
            Agreement(recommended: true, checklistLine: true)
        case .questionsPrivately:
            Agreement(checklistLine: true, welcomeLine: true)
        case .stayNearHome:
            // Staying at home and going out to speak to someone together cannot both be the rule.
            Agreement(checklistLine: true, conflicts: [.approachSafely], topics: [.holdingOrChasing])
        case .noAdverts:
            Agreement(checklistLine: true)
        case .ownMessages:
            Agreement(checklistLine: true)
        case .neighbouringAdmins:
            Agreement()
        case .wijkagentContact:
            Agreement(topics: [.emergencyNumbers])
        case .phoneChain:
            Agreement()
        }
    }

    /// Whether this agreement and `other` contradict each other, declared on either side.
    public func conflicts(with other: AgreementID) -> Bool {
        agreement.conflicts.contains(other) || other.agreement.conflicts.contains(self)
    }

    /// The agreements this one contradicts, in list order.
    public var conflicting: [AgreementID] {
        AgreementID.allCases.filter(conflicts)
    }
}
