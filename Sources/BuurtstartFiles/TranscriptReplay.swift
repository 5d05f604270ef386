import BuurtstartCore

/// Replaying one recorded transcript, as `buurtstart replay` does: the transcript and the files
/// its header names are read beside it, the session runs again through the engine, and what it
/// produces now is compared, byte for byte, with what was recorded. Nothing is written or said
/// here: the command reports, and writes what `--out` and `--update` ask for.
public struct TranscriptReplay: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The files a session can leave behind, in the order they are compared.
    public static let sessionFiles = [AnswersFile.name] + Documents.names

    /// A recorded file and what the program produces now.
    public struct Comparison: Sendable {
        public let name: String
        public let path: String
        public let expected: String?
        public let actual: String?
    }

    /// What replaying one transcript found, before anything is written or said.
    public enum Evaluation: Sendable {
        case invalid(String)
        case replayed(companionPath: String, files: Replay.Files, changed: [Comparison])
    }

    public func evaluate(_ file: String) -> Evaluation {
        let text = { (message: ShellText) in language.text(message) }
        let parent = Self.parentFolder(of: file)
        let name = String(file.split(separator: "/").last ?? Substring(file))
        let contents: [UInt8]
        do throws(Folder.Failure) {
            guard let bytes = try Folder(existing: parent).read(name) else { throw Folder.Failure(.missing) }
            contents = bytes
        } catch {
            return .invalid(text(.cannotRead(file, fault: error.fault)))
        }
        let recorded = String(decoding: contents, as: UTF8.self)
        let transcript: Transcript
        do { transcript = try Transcript.parse(recorded) } catch {
            return .invalid(text(.transcriptError(error, file: file)))
        }
        /// A file the header names (`start-from`, `preset`), read beside the transcript and
        /// decoded; a problem is reported at the header's line.
        func beside<T>(_ key: TranscriptError.HeaderFile, _ name: String, _ decode: ([UInt8]) throws(DataFileError) -> T) -> Result<T, TranscriptError> {
            // Found as the header is read: `#` and spaces, then the key and a colon.
            let line = transcript.header.lines.firstIndex {
                $0.dropFirst().drop { $0 == " " }.hasPrefix(key.rawValue + ":")
            }.map { $0 + 1 } ?? 1
            do throws(Folder.Failure) {
                guard let bytes = try Folder(existing: parent).read(name) else { throw Folder.Failure(.missing) }
                do { return .success(try decode(bytes)) } catch {
                    return .failure(TranscriptError(line: line, kind: .fileInvalid(key, name: name, error)))
                }
            } catch {
                return .failure(TranscriptError(line: line, kind: .fileUnreadable(key, name: name, error.fault)))
            }
        }
        var startAnswers: Answers?
        if let startFrom = transcript.header.startFrom {
            switch beside(.startFrom, startFrom, AnswersFile.decode) {
            case .success(let answers): startAnswers = answers
            case .failure(let error): return .invalid(text(.transcriptError(error, file: file)))
            }
        }
        var preset: Preset?
        if let name = transcript.header.preset {
            if let shipped = Preset.shipped(named: name) {
                preset = shipped
            } else {
                switch beside(.preset, name, Preset.decode) {
                case .success(let loaded): preset = loaded
                case .failure(let error): return .invalid(text(.transcriptError(error, file: file)))
                }
            }
        }
        var otherGroups: GroupSet?
        if let groups = transcript.header.groups {
            // As the session was given it: a relative folder is read beside the transcript.
            let path = groups.hasPrefix("/") ? groups : parent + "/" + groups
            do throws(Folder.Failure) { otherGroups = GroupSet(try GroupFolders.read(path).groups) } catch {
                let line = transcript.header.lines.firstIndex { $0.hasPrefix("# groups:") }.map { $0 + 1 } ?? 1
                return .invalid(text(.transcriptError(TranscriptError(line: line, kind: .groupsUnreadable(error.fault)), file: file)))
            }
        }
        let result = Replay.run(transcript, startAnswers: startAnswers, preset: preset, otherGroups: otherGroups)
        let companionPath = Transcript.companionPath(of: file)
        let companion = try? Folder(existing: companionPath)

        // What was recorded, and what the program produces now. A file that is exactly what
        // the program writes need not be written out again from its parsed form.
        let replayed = result.transcript.written()
        // Byte for byte: a file that reads the same but is spelled differently has changed.
        var changed: [Comparison] = []
        if !sameBytes(recorded, replayed) {
            let expected = transcript.written()
            if !sameBytes(expected, replayed) {
                changed.append(Comparison(name: name, path: file, expected: expected, actual: replayed))
            }
        }
        for document in Self.sessionFiles {
            // The recorded document becomes text only when it differs, for the diff.
            let recorded = (try? companion?.read(document)).flatMap { $0 }
            let actual = result.files[document]
            if let recorded, let actual, sameBytes(recorded, actual) { continue }
            if recorded == nil, actual == nil { continue }
            changed.append(Comparison(name: document, path: companionPath + "/" + document,
                                      expected: recorded.map { String(decoding: $0, as: UTF8.self) }, actual: actual))
        }
        return .replayed(companionPath: companionPath, files: result.files, changed: changed)
    }

    /// The folder a file is in: `.` for a bare name.
    public static func parentFolder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        let parent = String(file[..<slash])
        return parent.isEmpty ? "/" : parent
    }
}
/// Whether two texts are the same, scalar for scalar (`==` would also take canonically
/// equivalent spellings as equal).
func sameBytes(_ first: String, _ second: String) -> Bool {
    first.unicodeScalars.elementsEqual(second.unicodeScalars)
}

/// Whether a file's bytes are exactly a text's.
func sameBytes(_ bytes: [UInt8], _ text: String) -> Bool {
    bytes.elementsEqual(text.utf8)
}
