/// The seven steps of a session, in order.
public enum Step: Int, CaseIterable, Sendable, Comparable {
    case group = 1, area, members, admins, agreements, contacts, review

    public static func < (lhs: Step, rhs: Step) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Where `wijzig N` and a first visit start: the step's first question.
    public var firstQuestion: QuestionID {
        Question.all.first { $0.step == self }!.id
    }
}

/// Every question a session asks. The raw value is what `buurtstart.json` stores as the
/// position to continue at; what each question is and does is declared once, in `Question.all`.
public enum QuestionID: String, Codable, CaseIterable, Sendable {
    case municipality, neighbourhood, groupName
    case street, postcode, boundary
    case minimumAge, eligibility, expectedMembers, chatGroup
    case adminName, adminPhone, contactAdmin, phonesInCharter, signUpContact, pages, letterSigner
    case agreements, approachGroupSize, photoRule, skinColour, customAgreement
    case wijkagentName, wijkagentReach, burgernet
    case review

    /// The question's declaration.
    var question: Question { Question.byID[self]! }

    public var step: Step { question.step }
}
