/// How many pages a PDF from Chromium has: each page object is `/Type /Page` (the tree
/// above them is `/Type /Pages`). Chromium writes its page dictionaries uncompressed.
public enum PDFPages {
    public static func count(_ bytes: [UInt8]) -> Int {
        let key = Array("/Type /Page".utf8)
        var count = 0
        var index = bytes.startIndex
        while let found = bytes[index...].firstRange(of: key) {
            index = found.upperBound
            let next = index < bytes.endIndex ? bytes[index] : 0
            let isLetter = (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
            if !isLetter { count += 1 }
        }
        return count
    }
}

/// A PDF without what differs between two prints of the same page: the moment it was made
/// (`/CreationDate` and `/ModDate`), and the numbers of the page's elements in its tagged
/// structure (`(node00000018)`), which count on from wherever the browser's count stood. To
/// tell whether a new PDF says something else than the old one.
public enum PDFStamp {
    public static func withoutStamps(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        let dates = ["/CreationDate (", "/ModDate ("].map { Array($0.utf8) }
        let node = Array("(node".utf8)
        var index = 0
        outer: while index < bytes.count {
            for key in dates where bytes[index...].starts(with: key) {
                if let end = bytes[index...].firstIndex(of: UInt8(ascii: ")")) {
                    index = end + 1
                    continue outer
                }
            }
            if bytes[index...].starts(with: node) {
                result += node
                index += node.count
                while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
