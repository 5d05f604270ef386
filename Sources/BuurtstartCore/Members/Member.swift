/// A member as the register keeps them: only what the charter says the admins keep (name,
/// address, the phone number in WhatsApp, the checklist they went through), and what the admins
/// need to keep it right: the charter version and date agreed to, who added them and when, and
/// the warnings given.
public struct Member: Codable, Hashable, Sendable {
    /// The name as the member gave it.
    public var name: String
    /// The address as typed, inside the area when they were added.
    public var address: String
    /// Asked only where the area names postcodes and the street alone does not place the address.
    public var postcode: String?
    public var phone: String
    public var livesOrWorks: Residence
    public var signedUp: SignUpWay
    /// The minimum age the member was said to have reached when added: a raised minimum age
    /// above it means asking again.
    public var ageAtLeast: Int
    /// Under 16: the parent or guardian who gave consent.
    public var parent: String?
    /// The rules were gone through together with an admin.
    public var rulesTogether: Bool
    /// Where the group has a separate chat group: whether the member agreed to join it (the
    /// checklist's optional line). Nil for a group without one.
    public var chatGroup: Bool? = nil
    public var charterVersion: Int
    public var charterDate: String
    public var added: String
    /// The first name of the admin who added them.
    public var addedBy: String
    public var warnings: [MemberWarning] = []

    /// The first word of the name, for the welcome and the messages.
    public var firstName: String { name.split(separator: " ").first.map(String.init) ?? name }
}

/// A warning given to a member: when, and which agreement was broken.
public struct MemberWarning: Codable, Hashable, Sendable {
    public var date: String
    public var agreement: AgreementID
}

/// Whether a member lives in the area or works there.
public enum Residence: String, Codable, CaseIterable, Sendable {
    case lives, works
}

/// How a sign-up reached the admin.
public enum SignUpWay: String, Codable, CaseIterable, Sendable {
    case slip, message, door
}

/// Why a member leaves the group. The register keeps only a count per reason.
public enum RemovalReason: String, Codable, CaseIterable, Sendable {
    /// Moved away from the area.
    case moved
    /// Chose to leave.
    case left
    /// Removed after a warning.
    case afterWarning = "after-warning"
    /// Removed at once, under the removal agreement.
    case atOnce = "at-once"
    /// The area became smaller, and the address is no longer in it.
    case outsideArea = "outside-area"

    /// Removing names the agreement that was broken.
    public var namesAgreement: Bool { self == .afterWarning || self == .atOnce }
}
