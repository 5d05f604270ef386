/// Dutch phone numbers as residents write them: `06-12345678`, `06 1234 5678`,
/// `+31 6 12345678`, `0031612345678`, `071-1234567`.
public enum PhoneNumber {
    /// Returns the number as typed (spaces folded) when it has the digits of a Dutch number:
    /// ten digits starting with 0, or +31/0031 followed by nine.
    public static func validated(_ text: String) throws(Problem) -> String {
        let allowed: Set<Character> = [" ", "-", "(", ")", "."]
        var rest = Substring(text)
        var international = false
        if rest.hasPrefix("+") { rest = rest.dropFirst(); international = true }
        guard rest.allSatisfy({ ($0.isASCII && $0.isNumber) || allowed.contains($0) }) else {
            throw .phoneShape(text)
        }
        var digits = rest.filter { $0.isASCII && $0.isNumber }
        if !international, digits.hasPrefix("00") { digits.removeFirst(2); international = true }
        let valid = international
            ? digits.hasPrefix("31") && digits.count == 11 && digits.dropFirst(2).first != "0"
            : digits.hasPrefix("0") && digits.count == 10 && digits.dropFirst().first != "0"
        guard valid else { throw .phoneShape(text) }
        return TextInput.collapsingSpaces(text)
    }

    /// Whether `text` holds what looks like a phone number: a run of at least nine digits,
    /// separated only as numbers are written (spaces, `-`, `(`, `)`, `.`), that begins with `0`
    /// or `+`, as every Dutch number does. Such a line is kept out of the history whatever the
    /// question (`Bel Anna: 06-12345678`); a list of agreements or house numbers is not one.
    public static func isMentioned(in text: String) -> Bool {
        enum Run { case none, phone(digits: Int), otherNumber }
        let separators: Set<Character> = [" ", "-", "(", ")", "."]
        var run = Run.none
        for character in text {
            switch (run, character) {
            case (.phone(let digits), _) where character.isASCII && character.isNumber:
                if digits + 1 >= 9 { return true }
                run = .phone(digits: digits + 1)
            case (.otherNumber, _) where character.isASCII && character.isNumber:
                break
            case (.none, _) where character.isASCII && character.isNumber:
                run = character == "0" ? .phone(digits: 1) : .otherNumber
            case (_, "+"):
                run = .phone(digits: 0)
            case (.phone, _) where separators.contains(character):
                break
            default:
                run = .none
            }
        }
        return false
    }
}
