extension AgreementChoices {
    /// The choices after `input`: numbers or ids to switch on (`3`, `saar`), with a minus to
    /// switch off (`-5`, `-fotos`), or `alles`, `geen`, `aanbevolen` for the whole list, several
    /// on one line; all or nothing. `listed` is set when the line asks to see the list.
    func applying(_ input: String, language: Language, listed: inout Bool) throws(Problem) -> AgreementChoices {
        var choices = self
        for word in input.split(separator: " ").map({ String($0).lowercased() }) {
            switch Command(word, language: language) {
            case .list?: listed = true
            case .all?: choices.selected = AgreementID.allCases
            case .none?: choices.selected = []
            case .recommended?: choices.selected = AgreementID.recommended
            default:
                let off = word.hasPrefix("-")
                guard let id = AgreementID(numberOrID: off ? String(word.dropFirst()) : word) else {
                    throw .agreementUnknown(word)
                }
                choices.set(id, !off)
            }
        }
        return choices
    }
}
