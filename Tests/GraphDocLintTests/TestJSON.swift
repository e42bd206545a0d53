import GraphDocIR

/// A small JSON reader for fixtures that records where each key starts (1-based line and column
/// within the text), as extraction does. Lenient about trailing commas, like extraction's fallback.
enum TestJSON {
    static func parse(_ text: String) -> JSONValue {
        var reader = Reader(scalars: Array(text.unicodeScalars))
        return reader.value()
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var column = 1

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }

        mutating func skipSpace() {
            while index < scalars.count, [" ", "\n", "\r", "\t", ","].contains(scalars[index]) { advance() }
        }

        mutating func value() -> JSONValue {
            skipSpace()
            guard index < scalars.count else { return .null }
            switch scalars[index] {
            case "{":
                advance()
                var members: [JSONMember] = []
                while true {
                    skipSpace()
                    if index >= scalars.count || scalars[index] == "}" { if index < scalars.count { advance() }; break }
                    let (keyLine, keyColumn) = (line, column)
                    let key = string()
                    skipSpace()
                    if index < scalars.count, scalars[index] == ":" { advance() }
                    members.append(JSONMember(key: key, value: value(), line: keyLine, column: keyColumn))
                }
                return .object(members)
            case "[":
                advance()
                var items: [JSONValue] = []
                while true {
                    skipSpace()
                    if index >= scalars.count || scalars[index] == "]" { if index < scalars.count { advance() }; break }
                    items.append(value())
                }
                return .array(items)
            case "\"":
                return .string(string())
            default:
                var literal = ""
                while index < scalars.count, !([",", "}", "]", " ", "\n", "\r", "\t"] as [Unicode.Scalar]).contains(scalars[index]) {
                    literal.unicodeScalars.append(scalars[index])
                    advance()
                }
                switch literal {
                case "true": return .bool(true)
                case "false": return .bool(false)
                case "null": return .null
                default: return .number(literal)
                }
            }
        }

        mutating func string() -> String {
            var result = ""
            advance()  // opening quote
            while index < scalars.count, scalars[index] != "\"" {
                if scalars[index] == "\\" { advance() }
                result.unicodeScalars.append(scalars[index])
                advance()
            }
            if index < scalars.count { advance() }
            return result
        }
    }
}
