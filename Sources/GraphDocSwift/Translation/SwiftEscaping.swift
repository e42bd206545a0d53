/// The one place where text from the documentation becomes Swift source: one function per kind of
/// slot a template fills (line comment, doc comment, string literal, raw string literal).
/// Identifiers come from ``SwiftNaming``, which keeps only ASCII letters, digits and `_`.
///
/// Whatever the text holds, the result cannot end its slot early: no line break of any kind
/// (`Character.isNewline` and the Unicode line and paragraph separators) or other control character
/// reaches the output unescaped, and a literal's delimiters cannot occur inside it. Comments replace
/// such characters with a space (a comment has no escapes); literals escape them.
public enum SwiftEscaping {
    /// The text of a `//` or `///` comment line: one line, control characters, line and paragraph
    /// separators and direction overrides each replaced by a space.
    public static func commentText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(needsEscape(scalar) ? " " : scalar)
        }
        return String(out)
    }

    /// `///` lines for `text`, one per line of it (every kind of line break ends a line), each made
    /// safe with ``commentText(_:)`` and trimmed; leading and trailing blank lines dropped.
    public static func docCommentLines(_ text: String) -> [String] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak)
            .map { commentText(String($0)).trimmingSpaces() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.map { $0.isEmpty ? "///" : "/// " + $0 }
    }

    /// A Swift string literal for `text`: quotes and backslashes escaped, and every scalar
    /// ``needsEscape(_:)`` names written as `\n`, `\r`, `\t` or `\u{...}`.
    public static func stringLiteral(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if needsEscape(scalar) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// One single-line raw string literal (`#"..."#`) for `text` (a regular expression, where
    /// backslashes are meant literally), with enough `#`s for its content; line breaks and control
    /// characters are escaped with the delimiter (`\#n`), as ``SwiftRawLiteral`` does per line.
    public static func rawStringLiteral(_ text: String) -> String {
        SwiftRawLiteral.literal(text.unicodeScalars[...], hashes: SwiftRawLiteral.delimiter(for: text))
    }

    /// Whether a character of generated source must not appear as itself in a comment or literal:
    /// control characters (C0, DEL, C1 including NEL), the Unicode line and paragraph separators,
    /// bidirectional overrides and isolates (legal, but they make source text lie about its
    /// order) and the byte order mark.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar.value == 0x2028
            || scalar.value == 0x2029 || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value) || scalar.value == 0xFEFF
    }

    /// Every line break `Character.isNewline` knows (LF, VT, FF, CR, CR-LF, NEL, U+2028, U+2029).
    static func isLineBreak(_ character: Character) -> Bool { character.isNewline }
}

extension String {
    /// The text without leading and trailing spaces (the only whitespace ``SwiftEscaping`` leaves).
    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }
}
