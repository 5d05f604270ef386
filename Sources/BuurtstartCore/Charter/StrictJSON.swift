/// A small, strict JSON reader for the files this program writes itself.
///
/// `JSONDecoder` spends most of an export reading `buurtstart.json`; a municipality exporting
/// a thousand groups waits on it. This reader takes the common case, a well-formed file, in a
/// fraction of that. It gives up (returns nil) on anything it is not sure of: invalid or
/// non-strict JSON, numbers that are not plain integers, duplicate keys it is asked for, deep
/// nesting. The caller then asks `JSONDecoder`, whose answer and error messages stay the
/// reference. So whenever this reader gives a value, `JSONDecoder` would have given the same
/// one; tests and the `answers` fuzz target check exactly that.
enum StrictJSON {
    indirect enum Value {
        case object([(key: String, value: Value)])
        case array([Value])
        case string(String)
        case integer(Int)
        /// A valid number that is not a plain integer (a fraction, an exponent, too large).
        case otherNumber
        case bool(Bool)
        case null
    }

    /// Containers deeper than this are left to `JSONDecoder`.
    static let depthLimit = 32

    /// The value of a whole document, or nil when the reader is not sure of it.
    static func parse(_ bytes: [UInt8]) -> Value? {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(bytes: buffer)
            guard let value = parser.value(depth: 0) else { return nil }
            parser.skipSpace()
            return parser.index == buffer.count ? value : nil
        }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) -> Value? {
            skipSpace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                guard depth < StrictJSON.depthLimit else { return nil }
                index += 1
                var pairs: [(key: String, value: Value)] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(pairs) }
                while true {
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else { return nil }
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                    guard let element = value(depth: depth + 1) else { return nil }
                    pairs.append((key, element))
                    skipSpace()
                    guard index < bytes.count else { return nil }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    guard bytes[index] == UInt8(ascii: "}") else { return nil }
                    index += 1
                    return .object(pairs)
                }
            case UInt8(ascii: "["):
                guard depth < StrictJSON.depthLimit else { return nil }
                index += 1
                var elements: [Value] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
                while true {
                    guard let element = value(depth: depth + 1) else { return nil }
                    elements.append(element)
                    skipSpace()
                    guard index < bytes.count else { return nil }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    guard bytes[index] == UInt8(ascii: "]") else { return nil }
                    index += 1
                    return .array(elements)
                }
            case UInt8(ascii: "\""):
                return string().map(Value.string)
            case UInt8(ascii: "t"):
                return literal("true") ? .bool(true) : nil
            case UInt8(ascii: "f"):
                return literal("false") ? .bool(false) : nil
            case UInt8(ascii: "n"):
                return literal("null") ? .null : nil
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return number()
            default:
                return nil
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard bytes.count - index >= count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        /// RFC 8259 numbers; a plain integer that fits in `Int` is kept, others only noted.
        mutating func number() -> Value? {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            let digitsStart = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            let digits = index - digitsStart
            guard digits > 0, !(digits > 1 && bytes[digitsStart] == UInt8(ascii: "0")) else { return nil }
            var plain = true
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                plain = false
                index += 1
                let fraction = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                guard index > fraction else { return nil }
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                plain = false
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                let exponent = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                guard index > exponent else { return nil }
            }
            // `-0` is left to JSONDecoder too: whether it is an integer is its call.
            guard plain, digits <= 18, !(digits == 1 && bytes[digitsStart] == UInt8(ascii: "0") && digitsStart > start) else {
                return .otherNumber
            }
            var result = 0
            for position in digitsStart..<index { result = result * 10 + Int(bytes[position] - UInt8(ascii: "0")) }
            return .integer(digitsStart > start ? -result : result)
        }

        /// A string, at its opening quote. Control characters, bad escapes, lone surrogates and
        /// invalid UTF-8 are left to JSONDecoder.
        mutating func string() -> String? {
            index += 1
            let start = index
            // The common case: no escapes; the bytes are the string.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { return nil }
                index += 1
            }
            var scalars = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(validating: scalars, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                    case UInt8(ascii: "b"): scalars.append(0x08)
                    case UInt8(ascii: "f"): scalars.append(0x0C)
                    case UInt8(ascii: "n"): scalars.append(0x0A)
                    case UInt8(ascii: "r"): scalars.append(0x0D)
                    case UInt8(ascii: "t"): scalars.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var code = hex4() else { return nil }
                        if (0xD800...0xDBFF).contains(code) {
                            guard literal("\\u"), let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00...0xDFFF).contains(code) {
                            return nil
                        }
                        guard let scalar = Unicode.Scalar(code) else { return nil }
                        scalars.append(contentsOf: UTF8.encode(scalar)!)
                    default:
                        return nil
                    }
                default:
                    guard byte >= 0x20 else { return nil }
                    scalars.append(byte)
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard bytes.count - index >= 4 else { return nil }
            var code: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                code = code << 4 | UInt32(digit)
                index += 1
            }
            return code
        }
    }
}

/// Reading typed fields out of a `StrictJSON.Value`; every mismatch is `Unsure`, which sends
/// the caller to `JSONDecoder`.
struct Unsure: Error {}

extension StrictJSON.Value {
    func object() throws(Unsure) -> StrictJSON.Object {
        guard case .object(let pairs) = self else { throw Unsure() }
        return StrictJSON.Object(pairs: pairs)
    }

    func array() throws(Unsure) -> [StrictJSON.Value] {
        guard case .array(let elements) = self else { throw Unsure() }
        return elements
    }

    func string() throws(Unsure) -> String {
        guard case .string(let text) = self else { throw Unsure() }
        return text
    }

    func int() throws(Unsure) -> Int {
        guard case .integer(let number) = self else { throw Unsure() }
        return number
    }

    func bool() throws(Unsure) -> Bool {
        guard case .bool(let flag) = self else { throw Unsure() }
        return flag
    }

    func raw<T: RawRepresentable<String>>(_ type: T.Type) throws(Unsure) -> T {
        guard let value = T(rawValue: try string()) else { throw Unsure() }
        return value
    }
}

extension StrictJSON {
    struct Object {
        let pairs: [(key: String, value: Value)]

        /// The key's value when it occurs exactly once and is not null; nil when it is absent
        /// or null (as `decodeIfPresent` reads it). A repeated key is `Unsure`.
        func optional(_ key: String) throws(Unsure) -> Value? {
            var found: Value?
            var seen = false
            for pair in pairs where pair.key == key {
                guard !seen else { throw Unsure() }
                seen = true
                found = pair.value
            }
            if case .null? = found { return nil }
            return found
        }

        /// The key's value, which must be there and not null.
        func required(_ key: String) throws(Unsure) -> Value {
            guard let value = try optional(key) else { throw Unsure() }
            return value
        }
    }
}

extension StrictJSON {
    /// Writes JSON exactly as `JSONEncoder` does with `.prettyPrinted`, `.sortedKeys` and
    /// `.withoutEscapingSlashes`: two spaces per level, `"key" : value`, an empty array as
    /// `[`, an empty line and `]`. Keys are written in the order given, which the caller keeps
    /// sorted. A string with a control character makes it `unsure`: the caller then asks
    /// `JSONEncoder`, so that such rare text is written exactly as it always was.
    struct Writer {
        private(set) var bytes: [UInt8] = []
        private(set) var unsure = false
        private var depth = 0
        private var empty = true

        init(capacity: Int = 2048) { bytes.reserveCapacity(capacity) }

        private mutating func newline() {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
        }

        /// Before a value in an array, or a key in an object.
        private mutating func next() {
            if !empty { bytes.append(UInt8(ascii: ",")) }
            empty = false
            newline()
        }

        mutating func open(_ bracket: Unicode.Scalar) {
            bytes.append(UInt8(ascii: bracket))
            depth += 1
            empty = true
        }

        mutating func close(_ bracket: Unicode.Scalar) {
            depth -= 1
            if empty { bytes.append(0x0A) }
            newline()
            bytes.append(UInt8(ascii: bracket))
            empty = false
        }

        mutating func key(_ name: String) {
            next()
            string(name)
            bytes.append(contentsOf: " : ".utf8)
        }

        /// The next element of an array.
        mutating func element() { next() }

        mutating func string(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(byte)
                case 0x00..<0x20, 0x7F:
                    unsure = true
                default:
                    bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        mutating func int(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }

        mutating func bool(_ flag: Bool) { bytes.append(contentsOf: (flag ? "true" : "false").utf8) }

        mutating func strings(_ texts: [String]) {
            open("[")
            for text in texts {
                element()
                string(text)
            }
            close("]")
        }
    }
}
