/// What the words of the agreements depend on, decided here from the answers so that a
/// language only words plain values: a size, a rule, a name, and whether a text refers to
/// another agreement (only when that agreement is on).
public struct AgreementSettings: Hashable, Sendable {
    /// How many members approach someone together: the group's minimum up to the most allowed.
    public var approachGroup: ClosedRange<Int> = AgreementChoices.approachGroupSizes
    /// The group accepts members under 18, who never approach anyone.
    public var membersUnder18 = false
    public var photoRule: PhotoRule = .forDescription
    /// A description may name skin colour.
    public var skinColour = false
    /// There is a separate chat group for everything else.
    public var separateChatGroup = false
    /// People who work in the area may join too.
    public var worksToo = false
    /// The admin who keeps in touch with the municipality and the wijkagent.
    public var contactAdmin = ""

    // Other agreements a text mentions: each is true only when that agreement is on.

    /// SAAR's App step asks to say that 112 was called (`112-gebeld`).
    public var mentionCalled112 = false
    /// SAAR's last step points to the approach rule (`aanspreken`).
    public var mentionApproach = false
    /// SAAR's last step points to staying near home (`bij-huis`).
    public var mentionStayNearHome = false
    /// Removal names forwarding as a reason to leave at once (`niet-doorsturen`).
    public var mentionForwarding = false
    /// The forwarding rule makes room for the phone chain (`belketen`).
    public var mentionPhoneChain = false
    /// The forwarding and removal rules make room for the admins of groups nearby, who pass a
    /// report on to their own group without photos, names or numbers (`buurgroepen`).
    public var mentionNeighbouringAdmins = false

    public init() {}

    /// The settings for these answers.
    public init(_ answers: Answers) {
        let choices = answers.agreements
        let sizes = AgreementChoices.approachGroupSizes
        let minimum = min(max(choices.approachGroupSize, sizes.lowerBound), sizes.upperBound)
        approachGroup = minimum...sizes.upperBound
        membersUnder18 = answers.membership.minimumAge < 18
        photoRule = choices.photoRule
        skinColour = choices.skinColourInDescription
        separateChatGroup = answers.membership.separateChatGroup
        worksToo = answers.membership.eligibility == .residentsAndWorkers
        let people = answers.admins.people
        contactAdmin = people.indices.contains(answers.admins.contact) ? people[answers.admins.contact].firstName : ""
        mentionCalled112 = choices.has(.say112Called)
        mentionApproach = choices.has(.approachSafely)
        mentionStayNearHome = choices.has(.stayNearHome)
        mentionForwarding = choices.has(.noForwarding)
        mentionPhoneChain = choices.has(.phoneChain)
        mentionNeighbouringAdmins = choices.has(.neighbouringAdmins)
    }
}
