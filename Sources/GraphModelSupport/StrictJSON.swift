/// A strict RFC 8259 syntax check.
///
/// Foundation's `JSONDecoder` tolerates some things JSON forbids (a trailing comma in an object, for
/// one), so it cannot tell whether a documentation example is valid JSON. This checker accepts
/// exactly the RFC grammar: no trailing commas, comments, single quotes, unquoted keys, leading
/// zeros, `NaN`, or raw control characters in strings.
public enum StrictJSON {
    /// Where and why a text is not JSON.
    public struct SyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
        /// Byte offset into the UTF-8 text.
        public var offset: Int
        public var message: String
        public var description: String { "not JSON at byte \(offset): \(message)" }
    }

    /// Throws the first syntax error of `text`, if any.
    public static func check(_ text: String) throws(SyntaxError) {
        var parser = Parser(bytes: Array(text.utf8))
        parser.skipWhitespace()
        try parser.value(depth: 0)
        parser.skipWhitespace()
        if parser.index < parser.bytes.count { throw parser.error("expected the end of the text") }
    }

    /// Whether `text` is JSON.
    public static func isValid(_ text: String) -> Bool {
        do {
            try check(text)
            return true
        } catch {
            return false
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        func error(_ message: String) -> SyntaxError { SyntaxError(offset: index, message: message) }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws(SyntaxError) {
            guard current == byte else { throw error("expected \(what)") }
            index += 1
        }

        mutating func value(depth: Int) throws(SyntaxError) {
            guard depth < 512 else { throw error("nested too deeply") }
            guard let byte = current else { throw error("expected a value, found the end of the text") }
            switch byte {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try word("true")
            case UInt8(ascii: "f"): try word("false")
            case UInt8(ascii: "n"): try word("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw error("expected a value")
            }
        }

        mutating func object(depth: Int) throws(SyntaxError) {
            index += 1
            skipWhitespace()
            if current == UInt8(ascii: "}") { index += 1; return }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw error("expected a quoted member name") }
                try string()
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "':'")
                skipWhitespace()
                try value(depth: depth + 1)
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "}"), "',' or '}'")
                return
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) {
            index += 1
            skipWhitespace()
            if current == UInt8(ascii: "]") { index += 1; return }
            while true {
                skipWhitespace()
                try value(depth: depth + 1)
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "]"), "',' or ']'")
                return
            }
        }

        mutating func string() throws(SyntaxError) {
            index += 1
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return
                case UInt8(ascii: "\\"):
                    index += 1
                    guard let escaped = current else { throw error("unfinished escape") }
                    if escaped == UInt8(ascii: "u") {
                        for _ in 0..<4 {
                            index += 1
                            guard let hex = current, isHexDigit(hex) else { throw error("expected 4 hex digits after \\u") }
                        }
                    } else if !"\"\\/bfnrt".utf8.contains(escaped) {
                        throw error("invalid escape")
                    }
                    index += 1
                case 0..<0x20:
                    throw error("control character in a string")
                default:
                    index += 1
                }
            }
            throw error("unterminated string")
        }

        mutating func number() throws(SyntaxError) {
            if current == UInt8(ascii: "-") { index += 1 }
            if current == UInt8(ascii: "0") {
                index += 1
            } else {
                guard digits() > 0 else { throw error("expected a digit") }
            }
            if current == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw error("expected a digit after '.'") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw error("expected an exponent") }
            }
        }

        mutating func digits() -> Int {
            var count = 0
            while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                index += 1
                count += 1
            }
            return count
        }

        mutating func word(_ word: String) throws(SyntaxError) {
            for byte in word.utf8 {
                guard current == byte else { throw error("expected \(word)") }
                index += 1
            }
        }

        func isHexDigit(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }
}
