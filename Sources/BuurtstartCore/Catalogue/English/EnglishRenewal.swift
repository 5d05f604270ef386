/// A renewed agreement in English, and the members outside an area that became smaller.
extension English {
    static func text(_ message: RenewalText) -> String {
        switch message {
        case .opening(let name, let first, let version, let current, let lines):
            return """
            Agreeing again: \(name). \(first) agreed to version \(version) of the rules; version \(current) holds now. \
            Go through \(lines == 1 ? "the line" : "the \(lines) lines") below together with \(first). \
            I change nothing in the register until the last line is answered.
            """
        case .notNeeded(let name, let version):
            return "Nothing changed since version \(version) that needs \(name) to agree again. You can record the new agreement anyway."
        case .wideningChanges:
            return "These let more people see members' details:"
        case .noLineChanged(let version):
            return "No line of the checklist differs from version \(version). So go through the consents once more."
        case .versionUnknown(let version):
            return """
            Version \(version) is not in the history in buurtstart.json: the folder is older than the history. \
            So I cannot tell what changed since version \(version). To be safe, go through every line of the checklist.
            """
        case .question(let name):
            return "Does \(name) agree to this?"
        case .help(let name):
            return """
            This line is new or different since the version \(name) agreed to. \
            Only with a yes to every line does \(name) stay a member under the new rules. Type yes or no.
            """
        case .leaveHelp(let name):
            return "Type yes if \(name) leaves the group: I then take \(name) out of the register. Type no to change nothing now."
        case .cannotStay(let name, let line):
            return "Without a yes to this line \(name) cannot stay in the group under the new rules: '\(text(.checklistItem(line)))'"
        case .leaveQuestion(let name):
            return """
            Does \(name) leave the group? Type yes: I then take \(name) out of the register and keep nothing of \(name). \
            Type no if you want to talk it over first: then I change nothing.
            """
        case .optionalDeclined(let name, _):
            return "Fine: \(name) does not join the separate chat group. So do not add \(name) there."
        case .renewed(let name, let version, let date, let file):
            return "\(name) agrees to version \(version) of the rules (\(date)). The register (\(file)) says so now."
        case .keepNewChecklist(let name, let version):
            return "Keep the signed checklist of version \(version) with \(name)'s papers, and destroy the old one."
        case .goodbye(let name, let group, let version):
            return """
            Hi \(name), you do not agree to the new rules of \(group) (version \(version)). \
            So I have removed you from the group, and deleted your details. Thank you for taking part!
            """
        case .unchanged(let name, let version, let again, let remove):
            return """
            Nothing changed: \(name) is still in the register with version \(version), and buurtstart members lists \(name) under what needs doing. \
            Ask again later with: \(again)
            Is \(name) leaving? Then remove \(name) with: \(remove)
            """
        case .stopped(let again):
            return "Stopped. Nothing changed in the register. Ask again later with: \(again)"
        case .notStored(let file, let fault):
            return "Note: I could not write \(file): \(self.fault(fault)). Nothing changed. Fix it and type your answer again, or type stop."
        case .alreadyCurrent(let name, let version):
            return "\(name) agreed to version \(version) already, the version that holds now. Nothing changes."
        case .outsideNewArea(let count, let version, let list):
            return """
            Note: \(count == 1 ? "1 member lives" : "\(count) members live") outside the area of version \(version) now. \
            To see who, and what to do, run: \(list)
            """
        }
    }
}
