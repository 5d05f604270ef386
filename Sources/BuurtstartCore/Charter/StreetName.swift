/// The one way street names are compared: in the area's duplicate and overlap checks and in
/// the address check. Residents write one street in several ways, and none of them may make
/// it a different street (or let an overlap through).
public enum StreetName {
    /// `name` reduced to what tells streets apart: lower case, spaces folded, the Ĳ ligature as
    /// `ij`, every apostrophe as `'`, the abbreviated endings residents write (`str.`, `ln`, `wg`,
    /// `pln`) and the abbreviated titles (`Burg.`, `Prof.`, `Gebr.`) spelled out. Accents written two ways (é as one character, or as e and a mark)
    /// are already equal: Swift compares and hashes strings by canonical equivalence.
    public static func key(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in TextInput.collapsingSpaces(name).lowercased().unicodeScalars {
            switch scalar {
            case "\u{133}": scalars.append(contentsOf: "ij".unicodeScalars) // ĳ; lowercased() made Ĳ into it
            case "\u{2019}", "\u{2018}", "\u{201B}", "\u{2032}", "\u{02BC}", "`", "\u{B4}": scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).split(separator: " ").map { word -> String in
            if let title = titles[String(word)] { return title }
            for (short, long) in abbreviations where word.hasSuffix(short) {
                return String(word.dropLast(short.count)) + long
            }
            return String(word)
        }.joined(separator: " ")
    }

    /// Titles a street's name abbreviates as a word of its own, with the dot: `Burg. de
    /// Ridderstraat` is `Burgemeester de Ridderstraat`. Only those that stand for one word in
    /// Dutch street names: `St.` (Sint, or a saint's Sankt/Saint), `Dr.` (Dokter or Doctor) and
    /// `Kon.` (Koning or Koningin) do not, and without the dot `Burg` is a word itself (Den Burg).
    private static let titles: [String: String] = [
        "burg.": "burgemeester", "prof.": "professor", "gebr.": "gebroeders",
    ]

    /// Endings residents abbreviate, with a dot and without; `pln` before `ln`, which it ends in.
    private static let abbreviations: [(String, String)] = [
        ("pln.", "plein"), ("pln", "plein"), ("str.", "straat"), ("str", "straat"),
        ("ln.", "laan"), ("ln", "laan"), ("wg.", "weg"), ("wg", "weg"),
    ]
}
