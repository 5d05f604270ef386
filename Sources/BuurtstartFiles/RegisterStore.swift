import BuurtstartCore
import Glibc

/// Writes the register for an intake, `leden.jsonl` in the group's folder: private (0600), and
/// all at once with the folder's one writer, so that a run killed while it writes leaves the
/// register as it was. The command holds the folder's lock, as a session does.
public struct RegisterStore: ConversationStore {
    public let folder: Folder
    /// With `--record`: the register as written is mirrored beside the transcript, for replay.
    public let recording: Recording?

    public init(folder: Folder, recording: Recording? = nil) {
        self.folder = folder
        self.recording = recording
    }

    public mutating func perform(_ action: IntakeEffect) -> Outcome {
        switch action {
        case .store(let register):
            do throws(Folder.Failure) {
                let bytes = RegisterFile.encode(register)
                try folder.write(RegisterFile.name, bytes, mode: 0o600)
                recording?.mirror(RegisterFile.name, bytes, mode: 0o600)
                return .done
            } catch {
                return .failed(error.fault)
            }
        }
    }
}

extension Place {
    /// The register in the folder, empty when there is none yet. One that cannot be read is
    /// refused with 65, naming the line; it is then never written over.
    public func loadRegister(in folder: Folder) throws(Refusal) -> Register {
        let bytes: [UInt8]?
        do { bytes = try folder.read(RegisterFile.name) } catch {
            throw Refusal(.cannotRead(folder.file(RegisterFile.name), fault: error.fault), in: language, status: .ioError)
        }
        guard let bytes else { return Register() }
        do { return try RegisterFile.decode(bytes) } catch {
            throw Refusal(MemberText.registerUnreadable(file: folder.file(RegisterFile.name), error), in: language, status: .dataError)
        }
    }

    /// The group's answers, which must be finished: members join a group whose rules are written.
    public func finishedAnswers(in folder: Folder) throws(Refusal) -> Answers {
        let answers = try requiredAnswers(in: folder)
        guard answers.status == .finished || answers.charter.version > 0 else {
            throw Refusal(.dataFile(DataFileError(.unfinished), file: folder.file(AnswersFile.name)), in: language, status: .dataError)
        }
        return answers
    }
}
