/// Why an answer, or a value in a saved file, was refused. Each case carries what the message
/// needs to say what was wrong; the catalogue turns it into words and an example.
public enum Problem: Error, Equatable, Sendable {
    case answerRequired
    case invisibleCharacters
    case textTooLong(limit: Int, count: Int)
    case groupNameTooLong(count: Int)

    case postcodeShape(String)
    case postcodeStartsWithZero(String)
    case postcodeLettersNotIssued(String)
    case postcodeDuplicate(new: Postcode, existing: Postcode, position: Int)
    case postcodeInStreetQuestion(String)

    case streetNameMissing(String)
    case houseNumberShape(String)
    case houseNumberOutOfRange(Int)
    case rangeReversed(first: Int, last: Int)
    case sideParityMismatch(side: Side, numbers: [Int])
    case streetOverlap(new: StreetEntry, existing: StreetEntry, position: Int)
    /// `Plein 1813`: house number 1813 of Plein, or the whole street Plein 1813? Both readings are shown.
    case streetAmbiguous(name: String, numbers: String)
    /// `Kerkstraat 12 14`: a number inside an unquoted name, before the house numbers.
    case streetNumberInName(name: String, rest: String)
    /// `Zeeweg nr 50`, `Zeeweg 1-99 oneven kant`: words not understood, with what was.
    case streetWordsUnknown(String, understood: String)
    case streetQuoteUnclosed(String)
    case areaEmpty

    case notANumber(String)
    case ageBelowWhatsAppMinimum(Int)
    case ageTooHigh(Int)
    case membersTooFew(Int)
    case membersAboveWhatsAppLimit(Int)

    /// A name not on CBS's list of `count` municipalities of `year`, with the names closest to it.
    case municipalityUnknown(String, closest: [String], count: Int, year: Int)
    /// `Bergen`: two municipalities have the name; `names` are their official names.
    case municipalityAmbiguous(String, names: [String])
    case choiceUnknown(String, options: [String])
    case phoneShape(String)
    case adminsMissing
    case firstNameNeedsLetters(String)
    /// The letter's signer: a number, or a yes or no typed as a name.
    case signerNotAName(String)
    case adminTwice(String)
    case positionUnknown(String, count: Int)
    case agreementUnknown(String)
    /// Two chosen agreements contradict each other; the first is the one just switched on.
    case agreementsConflict(AgreementID, AgreementID)
    /// A chosen agreement makes no sense without another one that is off.
    case agreementNeeds(AgreementID, needs: AgreementID)
    /// Enter at the agreements question with none chosen.
    case noAgreementChosen
    /// Outside `AgreementChoices.approachGroupSizes`, too small or too large.
    case approachGroupTooSmall(Int)
    case stepUnknown(String)
    case addressShape(String)
    /// `Zeeweg nr 13`, `Kerkstraat t/m 5`: words an address cannot hold, with what was understood.
    case addressWordsUnknown(String, words: String, understood: String)
    /// `Zeeweg 13 13`, `Plein 1813 7`: a number inside a name without quotes.
    case addressNumberInName(String, name: String, number: String)

    /// Only a file can hold these: a session never writes them.
    case dateShape(String)
    case numberBelow(Int, lowest: Int)
    case numberAbove(Int, highest: Int)
    case agreementTwice(String)
}
