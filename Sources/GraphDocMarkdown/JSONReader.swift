import GraphDocIR

/// A departure from strict JSON (RFC 8259) found while reading, with where it is.
public struct JSONDefect: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case trailingComma = "trailing comma"
        case missingComma = "missing comma"
        case unquotedKey = "unquoted key"
        case singleQuotes = "single-quoted string"
        case curlyQuotes = "curly quotes"
        case comment = "comment"
        case controlCharacter = "raw control character in string"
        case trailingText = "text after the JSON value"
        /// Not recoverable: the reader stopped here.
        case syntax = "syntax error"
    }

    public var kind: Kind
    /// "expected ..., found ...".
    public var message: String
    /// 1-based line and column (Unicode scalars) within the JSON text.
    public var line: Int
    public var column: Int
}

/// The outcome of reading JSON text: the value when it could be read (leniently if need be) and
/// every defect met on the way.
public struct JSONReadResult: Sendable {
    public var value: JSONValue?
    public var defects: [JSONDefect]

    /// Whether the text is valid JSON by RFC 8259.
    public var isStrictlyValid: Bool { value != nil && defects.isEmpty }
}

/// Reads JSON as Graph pages write it. Strict validity is reported exactly (position of each
/// defect), and the common defects of hand-written examples (trailing and missing commas, unquoted
/// keys, single or curly quotes, comments, trailing text) are recovered from so that the value can
/// still be used. Foundation's parser is not used here because on Linux it accepts trailing commas
/// and reports errors only as a character offset.
public enum JSONReader {
    public static func read(_ text: String) -> JSONReadResult {
        var parser = Parser(bytes: Array(text.utf8))
        parser.skipBlanks()
        guard parser.index < parser.bytes.count else {
            parser.fail("expected a JSON value, found the end of the text")
            return JSONReadResult(value: nil, defects: parser.defects)
        }
        let value = parser.parseValue(depth: 0)
        if value != nil {
            parser.skipBlanks()
            if parser.index < parser.bytes.count {
                parser.defect(.trailingText, "expected the end of the JSON value, found \(parser.describeCurrent())")
            }
        }
        return JSONReadResult(value: value, defects: parser.defects)
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var defects: [JSONDefect] = []
        var failed = false
        private var lineStarts: [Int]

        init(bytes: [UInt8]) {
            self.bytes = bytes
            var starts = [0]
            for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
            self.lineStarts = starts
        }

        /// The last position asked for: keys are asked for in order, so the column of the next one
        /// on the same line counts on from there (an object of 40,000 keys on one line rescanned the
        /// line for every key).
        private var lastPosition = (offset: 0, line: 1, column: 1)

        mutating func position(_ offset: Int) -> (line: Int, column: Int) {
            var low = 0, high = lineStarts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            var column = 1
            var i = lineStarts[low]
            if lastPosition.line == low + 1, lastPosition.offset <= offset {
                (column, i) = (lastPosition.column, lastPosition.offset)
            }
            while i < min(offset, bytes.count) {
                if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            lastPosition = (max(lineStarts[low], min(offset, bytes.count)), low + 1, column)
            return (low + 1, column)
        }

        mutating func defect(_ kind: JSONDefect.Kind, _ message: String, at offset: Int? = nil) {
            let p = position(offset ?? index)
            defects.append(JSONDefect(kind: kind, message: message, line: p.line, column: p.column))
        }

        mutating func fail(_ message: String) {
            guard !failed else { return }
            failed = true
            defect(.syntax, message)
        }

        func describeCurrent() -> String {
            guard index < bytes.count else { return "the end of the text" }
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let character = String(decoding: bytes[index..<end], as: UTF8.self)
            if character == "\n" { return "a line break" }
            return "'\(character)'"
        }

        mutating func skipBlanks() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                case UInt8(ascii: "/") where index + 1 < bytes.count && (bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")):
                    defect(.comment, "expected JSON, found a comment (JSON has none)")
                    if bytes[index + 1] == UInt8(ascii: "/") {
                        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                    } else {
                        index += 2
                        while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                        index = min(bytes.count, index + 2)
                    }
                default: return
                }
            }
        }

        /// The curly quotes U+201C/U+201D (E2 80 9C / E2 80 9D) at `index`, if any.
        func curlyQuote(at i: Int) -> Bool {
            i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D)
        }

        mutating func parseValue(depth: Int) -> JSONValue? {
            guard depth < 512 else { fail("expected nesting of at most 512 levels, found deeper"); return nil }
            skipBlanks()
            guard index < bytes.count else { fail("expected a JSON value, found the end of the text"); return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"): return parseObject(depth: depth)
            case UInt8(ascii: "["): return parseArray(depth: depth)
            case UInt8(ascii: "\""): return parseString(quote: UInt8(ascii: "\"")).map(JSONValue.string)
            case UInt8(ascii: "'"):
                defect(.singleQuotes, "expected a double-quoted string, found a single-quoted one")
                return parseString(quote: UInt8(ascii: "'")).map(JSONValue.string)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return parseNumber()
            case UInt8(ascii: "t"): return parseLiteral("true", .bool(true))
            case UInt8(ascii: "f"): return parseLiteral("false", .bool(false))
            case UInt8(ascii: "n"): return parseLiteral("null", .null)
            default:
                if curlyQuote(at: index) {
                    defect(.curlyQuotes, "expected '\"', found a curly quote")
                    return parseCurlyString().map(JSONValue.string)
                }
                fail("expected a JSON value, found \(describeCurrent())")
                return nil
            }
        }

        mutating func parseLiteral(_ word: String, _ value: JSONValue) -> JSONValue? {
            let w = Array(word.utf8)
            if index + w.count <= bytes.count, bytes[index..<(index + w.count)].elementsEqual(w) {
                index += w.count
                return value
            }
            fail("expected a JSON value, found \(describeCurrent())")
            return nil
        }

        mutating func parseNumber() -> JSONValue? {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            func digits() -> Int {
                let s = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                return index - s
            }
            let intDigits = digits()
            guard intDigits > 0 else { fail("expected a digit, found \(describeCurrent())"); return nil }
            if intDigits > 1, bytes[start + (bytes[start] == UInt8(ascii: "-") ? 1 : 0)] == UInt8(ascii: "0") {
                fail("expected a number without leading zeros, found '\(String(decoding: bytes[start..<index], as: UTF8.self))'")
                return nil
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { fail("expected a digit after '.', found \(describeCurrent())"); return nil }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { fail("expected an exponent, found \(describeCurrent())"); return nil }
            }
            // A number running into letters or ':' is an unquoted literal such as a date.
            if index < bytes.count, isIdentifierByte(bytes[index]) || bytes[index] == UInt8(ascii: ":") {
                index = start
                fail("expected a JSON value, found an unquoted literal starting \(describeCurrent())")
                return nil
            }
            return .number(String(decoding: bytes[start..<index], as: UTF8.self))
        }

        mutating func parseString(quote: UInt8) -> String? {
            index += 1
            var out: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                if byte == quote { index += 1; return String(decoding: out, as: UTF8.self) }
                if byte == UInt8(ascii: "\\") {
                    guard index + 1 < bytes.count else { break }
                    let escaped = bytes[index + 1]
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                        out.append(escaped)
                    case UInt8(ascii: "'") where quote == UInt8(ascii: "'"):
                        out.append(escaped)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        guard let scalar = parseUnicodeEscape() else { return nil }
                        out.append(contentsOf: String(Character(scalar)).utf8)
                        continue
                    default:
                        index += 1
                        fail("expected an escape such as \\n or \\u0041, found \\\(describeCurrent().dropFirst().dropLast())")
                        return nil
                    }
                    index += 2
                    continue
                }
                if byte < 0x20 {
                    defect(.controlCharacter, byte == 0x0A ? "expected '\\n' inside a string, found a line break" : "expected an escaped control character, found a raw one")
                }
                out.append(byte)
                index += 1
            }
            fail("expected the closing quote of a string, found the end of the text")
            return nil
        }

        mutating func parseCurlyString() -> String? {
            index += 3
            let start = index
            while index < bytes.count, !curlyQuote(at: index), bytes[index] != UInt8(ascii: "\"") { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            index += curlyQuote(at: index) ? 3 : 1
            return text
        }

        /// Reads `\uXXXX` (and a following low surrogate) at `index`; leaves `index` after it.
        mutating func parseUnicodeEscape() -> Unicode.Scalar? {
            func hex(at i: Int) -> UInt32? {
                guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
                return v
            }
            guard let high = hex(at: index + 2) else { fail("expected four hex digits after \\u"); return nil }
            index += 6
            if (0xD800...0xDBFF).contains(high), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
               bytes[index + 1] == UInt8(ascii: "u"), let low = hex(at: index + 2), (0xDC00...0xDFFF).contains(low) {
                index += 6
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            return Unicode.Scalar(high) ?? Unicode.Scalar(0xFFFD)
        }

        func isIdentifierByte(_ b: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "$")
                || b == UInt8(ascii: "@") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b >= 0x80
        }

        mutating func parseKey() -> (String, Int)? {
            skipBlanks()
            let start = index
            guard index < bytes.count else { fail("expected a property name, found the end of the text"); return nil }
            if bytes[index] == UInt8(ascii: "\"") {
                return parseString(quote: UInt8(ascii: "\"")).map { ($0, start) }
            }
            if bytes[index] == UInt8(ascii: "'") {
                defect(.singleQuotes, "expected a double-quoted property name, found a single-quoted one")
                return parseString(quote: UInt8(ascii: "'")).map { ($0, start) }
            }
            if curlyQuote(at: index) {
                defect(.curlyQuotes, "expected '\"', found a curly quote")
                return parseCurlyString().map { ($0, start) }
            }
            if isIdentifierByte(bytes[index]) {
                while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
                let key = String(decoding: bytes[start..<index], as: UTF8.self)
                defect(.unquotedKey, "expected a double-quoted property name, found unquoted '\(key)'", at: start)
                return (key, start)
            }
            fail("expected a property name in double quotes, found \(describeCurrent())")
            return nil
        }

        mutating func parseObject(depth: Int) -> JSONValue? {
            index += 1
            var members: [JSONMember] = []
            skipBlanks()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object([]) }
            while true {
                guard let (key, keyOffset) = parseKey() else { return nil }
                skipBlanks()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    fail("expected ':' after property name \"\(key)\", found \(describeCurrent())")
                    return nil
                }
                index += 1
                guard let value = parseValue(depth: depth + 1) else { return nil }
                let p = position(keyOffset)
                members.append(JSONMember(key: key, value: value, line: p.line, column: p.column))
                skipBlanks()
                guard index < bytes.count else { fail("expected ',' or '}', found the end of the text"); return nil }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                if bytes[index] == UInt8(ascii: ",") {
                    let comma = index
                    index += 1
                    skipBlanks()
                    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                        defect(.trailingComma, "expected another property after ',', found '}' (trailing comma)", at: comma)
                        index += 1
                        return .object(members)
                    }
                    continue
                }
                if bytes[index] == UInt8(ascii: "\"") || isIdentifierByte(bytes[index]) {
                    defect(.missingComma, "expected ',' between properties, found \(describeCurrent())")
                    continue
                }
                fail("expected ',' or '}' after property \"\(key)\", found \(describeCurrent())")
                return nil
            }
        }

        mutating func parseArray(depth: Int) -> JSONValue? {
            index += 1
            var items: [JSONValue] = []
            skipBlanks()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array([]) }
            while true {
                guard let value = parseValue(depth: depth + 1) else { return nil }
                items.append(value)
                skipBlanks()
                guard index < bytes.count else { fail("expected ',' or ']', found the end of the text"); return nil }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                if bytes[index] == UInt8(ascii: ",") {
                    let comma = index
                    index += 1
                    skipBlanks()
                    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                        defect(.trailingComma, "expected another value after ',', found ']' (trailing comma)", at: comma)
                        index += 1
                        return .array(items)
                    }
                    continue
                }
                if [UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\"")].contains(bytes[index]) {
                    defect(.missingComma, "expected ',' between array values, found \(describeCurrent())")
                    continue
                }
                fail("expected ',' or ']' in an array, found \(describeCurrent())")
                return nil
            }
        }
    }
}
