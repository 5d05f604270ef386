/// What was wrong with an answer or a file, and what to do.
extension English {
    static func problem(_ problem: Problem) -> String {
        switch problem {
        case .answerRequired:
            return "You have not filled anything in yet. Type an answer, or ? for help."
        case .invisibleCharacters:
            return "Your answer contains invisible characters, control characters or characters that did not come through well. Please type the answer again by hand."
        case .textTooLong(let limit, let count):
            return "This answer is too long: \(count) characters. It may be at most \(limit) characters. Please make it shorter."
        case .groupNameTooLong(let count):
            return "This name is too long: \(count) characters. It may be at most \(AnswerLimits.groupName) characters. Choose a shorter name, for example: Buurtpreventie Zeeweg."
        case .postcodeShape(let text):
            return "\(quoted(text)) is not a postcode. A postcode has 4 digits and 2 letters, for example 2221 AB. Only the 4 digits is fine too: 2221."
        case .postcodeStartsWithZero(let text):
            return "\(quoted(text)) is not a postcode: a postcode never starts with 0. Example: 2221 AB."
        case .postcodeLettersNotIssued(let pair):
            return "Postcodes with the letters \(pair) do not exist (SA, SD and SS are not used). Please check the postcode, for example on a letter."
        case .postcodeDuplicate(let new, let existing, let position):
            if new == existing { return "\(new) is already in the list (number \(position))." }
            if new.isWithin(existing) { return "\(new) already falls under \(existing) (number \(position)). You do not need to name it separately." }
            return "\(new) includes \(existing) (number \(position)). Do you want all of \(new)? Then first type remove \(position)."
        case .postcodeInStreetQuestion(let text):
            return "\(quoted(text)) looks like a postcode. Postcodes come at the next question. Type a street here, for example: Zeeweg 1-99 odd."
        case .streetNameMissing:
            return "I miss the name of the street. Example: Zeeweg or Zeeweg 1-99 odd."
        case .houseNumberShape(let text):
            return "I do not understand \(quoted(text)) as house numbers. Type one number (12) or a range (10-80), without letters. Example: Voorstraat 10-80."
        case .houseNumberOutOfRange(let number):
            return "House number \(number) is not possible. Choose a number from 1 to \(StreetEntry.highestNumber)."
        case .rangeReversed(let first, let last):
            return "The range \(first)-\(last) runs backwards. Put the lowest number first: \(last)-\(first)."
        case .sideParityMismatch(let side, let numbers):
            let wrong = list(numbers.map(String.init))
            let verb = numbers.count == 1 ? "is" : "are"
            return side == .even
                ? "You wrote even, but \(wrong) \(verb) odd. Example: Zeeweg 2-98 even, or Zeeweg 1-99 odd."
                : "You wrote odd, but \(wrong) \(verb) even. Example: Zeeweg 1-99 odd, or Zeeweg 2-98 even."
        case .streetOverlap(let new, let existing, let position):
            let newText = text(.streetEntry(new)), oldText = text(.streetEntry(existing))
            if new == existing { return "\(newText) is already in the list (number \(position))." }
            return "\(newText) overlaps with number \(position): \(oldText). Change one of the two. With remove \(position) you take out number \(position)."
        case .streetAmbiguous(let name, let numbers):
            let kind = numbers.contains(where: { !$0.isNumber }) ? "house numbers" : "house number"
            return """
            \(quoted(name + " " + numbers)) can mean two things. Type what you mean:
              \(kind) \(numbers) of the street \(name): "\(name)" \(numbers)
              the whole street named \(name) \(numbers): "\(name) \(numbers)"
            """
        case .streetNumberInName(let name, let rest):
            return """
            In \(quoted(name + " " + rest)) there is a number in the name of the street.
              Is it part of the name? Put the name in quotes: "\(name)" \(rest)
              If not: type one number or one range, for example Voorstraat 10-80.
            """
        case .streetWordsUnknown(let words, let understood):
            return """
            I do not understand \(quoted(words)). Do you mean: \(understood)? Type a street, then if you like \
            house numbers and a side, for example: Zeeweg 1-99 odd.
            """
        case .streetQuoteUnclosed:
            return "I miss the quote mark after the name. Example: \"Plein 1813\" or \"Plein 1813\" 1-20."
        case .areaEmpty:
            return "The area is still empty. Fill in at least one street or one postcode."
        case .notANumber(let text):
            return "\(quoted(text)) is not a number. Type digits only, for example 18."
        case .ageBelowWhatsAppMinimum(let age):
            return "\(age) is too young: WhatsApp is allowed from \(AnswerLimits.age.lowerBound) in the EU. Choose 13 or older, for example 18."
        case .ageTooHigh(let age):
            return "\(age) is too high. Choose an age from 13 to 99, for example 18."
        case .membersTooFew:
            return "A group has at least 2 members. Type a number, for example 40. Do not know? Then type -."
        case .membersAboveWhatsAppLimit(let count):
            return "\(count) members does not fit: a WhatsApp group has at most 1024 members. Make two groups and split the area along a street."
        case .municipalityUnknown(let text, let closest, let count, let year):
            let keep = "Is \(quoted(text)) right all the same? Then type it once more."
            guard closest.isEmpty else {
                return "\(quoted(text)) is not on the list of the \(count) municipalities of \(year). Did you mean \(list(closest, or: true))? Then type that name. \(keep)"
            }
            return """
            \(quoted(text)) is not on the list of the \(count) municipalities of \(year). Is it a village or a district? \
            Then type the municipality it belongs to. You type the name of your village or district at the next question. \(keep)
            """
        case .municipalityAmbiguous(let text, let names):
            return "There are \(names.count) municipalities called \(text): \(list(names)). Type the name with the letters after it, for example \(names[0])."
        case .choiceUnknown(let text, let options):
            return "\(quoted(text)) is not a choice I know. Type \(list(options, or: true))."
        case .phoneShape(let text):
            return "\(quoted(text)) is not a Dutch phone number. Example: 06-12345678 or +31 6 12345678. Press Enter if you do not want to give a number."
        case .adminsMissing:
            return "A group has at least one admin. Type a first name, for example Anna."
        case .adminTwice(let name):
            return "\(name) is already in the list. Type another first name, or add a letter (Anna B.)."
        case .firstNameNeedsLetters(let text):
            return "\(quoted(text)) is not a first name. Type an admin's first name, for example Anna. Press Enter when everyone is in."
        case .signerNotAName(let text):
            return "\(quoted(text)) is not a first name. Type the first name you sign the letter with, for example Anna."
        case .positionUnknown(let number, let count):
            if count == 0 { return "The list is empty. There is nothing to remove." }
            return "There is no number \(number). Choose a number from 1 to \(count). Type list to see the list."
        case .agreementUnknown(let word):
            return "I do not know \(quoted(word)) as an agreement. Type a number (3), a minus and a number to switch off (-3), or: all, none, recommended."
        case .agreementsConflict(let new, let other):
            return """
            Agreement \(named(new)) and agreement \(named(other)) contradict each other. \
            Choose one: type \(new.number) -\(other.number) or -\(new.number) \(other.number).
            """
        case .agreementNeeds(let id, let needed):
            return """
            Agreement \(named(id)) only works together with agreement \(named(needed)). \
            Switch both on (\(id.number) \(needed.number)), or switch agreement \(id.number) off (-\(id.number)).
            """
        case .noAgreementChosen:
            return "No agreement is on yet. A group without agreements does not work well. Type recommended, or the numbers of the agreements you want."
        case .approachGroupTooSmall:
            let sizes = AgreementChoices.approachGroupSizes
            return "Choose a number from \(sizes.lowerBound) to \(sizes.upperBound). Speaking to someone on your own is not safe, and with more people it becomes a group against one person."
        case .addressShape(let text):
            return "I do not understand \(quoted(text)) as an address. Write the street and the house number, for example: Zeeweg 12."
        case .addressWordsUnknown(let text, let words, let understood):
            return "I do not understand \(quoted(text)) as an address: \(quoted(words)) does not belong in it. Do you mean: \(understood)? Write the street and the house number, for example: Zeeweg 12."
        case .addressNumberInName(let text, let name, let number):
            return """
            I do not understand \(quoted(text)) as an address: there is a number in the name of the street.
              Is it part of the name? Put the name in quotes: "\(name)" \(number)
              If not: write the street and one house number, for example: Zeeweg 12.
            """
        case .dateShape(let text):
            if text.isEmpty { return "The date is missing. Write the date as YYYY-MM-DD, for example 2026-11-26." }
            return "\(quoted(text)) is not a date. Write the date as YYYY-MM-DD, for example 2026-11-26."
        case .numberBelow(let number, let lowest):
            return "\(number) is too low. The lowest number here is \(lowest)."
        case .numberAbove(let number, let highest):
            return "\(number) is too high. The highest number here is \(highest)."
        case .agreementTwice(let id):
            return "Agreement \(id) is in the list twice. Take one out."
        case .stepUnknown:
            return "Which step do you want to change? Type change and a number from 1 to 7, for example: change 2."
        }
    }

    static func fault(_ fault: FileFault) -> String {
        switch fault {
        case .diskFull: "the disk is full"
        case .noPermission: "you may not write or read there"
        case .readOnly: "the folder can only be read"
        case .isDirectory: "there is a folder where a file should be"
        case .notDirectory: "that is not a folder"
        case .symbolicLink: "there is a shortcut (symbolic link); I do not follow it, so that I never overwrite another file by accident"
        case .alreadyExists: "there is a file with that name already; choose a new name"
        case .groupFile: "that is one of the group's own files, which I never replace with a transcript"
        case .notRegularFile: "that is not an ordinary file (but a pipe or a device, for example); I only read ordinary files"
        case .tooLarge(let limit): "the file is larger than \(limit >> 20) MB, far larger than any file buurtstart makes; I do not read it"
        case .missing: "that file or folder does not exist"
        case .other(let words): "the computer says: \(words)"
        }
    }

    static func dataFile(_ error: DataFileError, file: String) -> String {
        let place = error.field.map { "\(file), field \($0)" } ?? file
        switch error.kind {
        case .empty:
            return "\(file) is empty. Restore a backup, or remove the file to start again."
        case .notJSON:
            return "\(file) is not a valid JSON file. Restore a backup, or repair the file (see docs/answers.md)."
        case .unknownVersion(let version):
            return "\(place): I do not know version \(version) (I know version \(Answers.currentVersion)). Use the buurtstart that made the file."
        case .missing:
            return "\(place) is missing. Add it (see docs/answers.md) or restore a backup."
        case .wrongType:
            return "\(place) has the wrong kind of value. Repair it (see docs/answers.md) or restore a backup."
        case .badValue:
            return "\(place) has a value I do not know. Repair it (see docs/answers.md) or restore a backup."
        case .inconsistent(let problem):
            return "\(place): \(self.problem(problem)) Repair the file (see docs/answers.md) or restore a backup."
        case .duplicateKey:
            return "\(place) is in the file twice, and I cannot tell which value you mean. Take one out (see docs/answers.md) or restore a backup."
        case .unfinished:
            return "\(file) is not finished yet. Start buurtstart in this folder to finish the questions."
        }
    }

    static func transcriptProblem(_ kind: TranscriptError.Kind) -> String {
        switch kind {
        case .notATranscript:
            return "this is not a buurtstart transcript. The first line must be: # buurtstart-transcript: 1"
        case .unknownVersion(let version):
            return "I do not know transcript version \(version). I know version \(Transcript.formatVersion)."
        case .unknownLanguage(let language):
            return "I do not know the language '\(language)'. Use: \(Language.allCases.map(\.rawValue).joined(separator: ", "))."
        case .badDate(let text):
            return "'\(text)' is not a date. Write the date as YYYY-MM-DD, for example 2026-11-26."
        case .missingDate:
            return "the header has no date. Add: # date: 2026-11-26"
        case .unknownOption(let option):
            return "I do not know the option \(option) in a transcript. Only --force is allowed."
        case .badDirectory:
            return "the dir: line has no folder. Example: # dir: ."
        case .badFile(let header, let path):
            return "the \(header.rawValue): line names '\(path)', which must be a file beside the transcript, without .. or a leading /."
        case .unknownDocument(let name):
            return "'\(name)' is not a buurtstart document. Use charter.txt, checklist.txt or whatsapp.txt."
        case .unescaped(let line):
            return "the line '\(line)' starts with » or # but is neither input nor header. Put a \\ in front if it is output."
        case .badEscape(let text):
            return "'\(text)' has a \\ I do not understand. Write \\\\ for a \\, or \\u{1B} for an invisible character."
        case .controlCharacter(let shown):
            let windows = shown == "\\u{D}" ? " Was the file saved with Windows line endings? Save it with LF only." : ""
            return "this line holds an invisible control character (\(shown)). A transcript is plain text: take the character out, or write it in typed input as \(shown).\(windows)"
        case .afterEnd:
            return "after the end of input (␄) nothing can be typed any more."
        case .fileUnreadable(let header, let name, let fault):
            return "the file '\(name)' of the \(header.rawValue): line cannot be read: \(self.fault(fault))."
        case .badGroups:
            return "the groups: line has no folder. Example: # groups: groepen"
        case .groupsUnreadable(let fault):
            return "the folder of groups cannot be read: \(self.fault(fault))."
        case .fileInvalid(_, let name, let error):
            return dataFile(error, file: name)
        }
    }
}
