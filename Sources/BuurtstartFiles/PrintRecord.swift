import Glibc

/// The PDFs this user's buurtstart printed, each with the page it was printed from: a line
/// `PDF PAGE` of two fingerprints (FNV-1a, 64 bits, in hex) in `printed` in the state folder.
/// A PDF in a group's folder whose bytes are on the record next to the page that would be
/// printed now is that page's PDF already, and is not printed again; so an export that changes
/// nothing starts no browser. The record holds fingerprints only (no names, no addresses), it
/// follows the PDF wherever the folder is moved or copied, and a PDF changed by hand, a page
/// changed by the answers or a lost record all mean printing again: it can make an export
/// slower, never leave an old PDF.
struct PrintRecord {
    static let name = "printed"
    /// The newest lines kept: the pages of a few thousand groups.
    static let limit = 20_000

    private var lines: [String]
    private var known: Set<String>
    private var changed = false

    /// The record in `state`; empty when there is none or it cannot be read.
    init(in state: Folder) {
        let text = ((try? state.read(Self.name)) ?? nil).map { String(decoding: $0, as: UTF8.self) } ?? ""
        lines = text.split(separator: "\n").map(String.init).filter { $0.utf8.count == 33 }
        known = Set(lines)
    }

    /// Whether `pdf` was printed from `page`.
    func holds(_ pdf: [UInt8], printedFrom page: String) -> Bool {
        known.contains(Self.line(pdf, page))
    }

    /// `pdf` is what `page` prints as.
    mutating func add(_ pdf: [UInt8], printedFrom page: String) {
        let line = Self.line(pdf, page)
        guard known.insert(line).inserted else { return }
        lines.append(line)
        changed = true
    }

    /// Written back when something was added. A record that cannot be written costs only a
    /// print at the next export.
    func save(in state: Folder) {
        guard changed else { return }
        try? state.write(Self.name, Array(lines.suffix(Self.limit).joined(separator: "\n").utf8) + [10], mode: 0o600)
    }

    private static func line(_ pdf: [UInt8], _ page: String) -> String {
        fingerprint(pdf) + " " + fingerprint(Array(page.utf8))
    }

    private static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
