/// Swift raw string literals (`#"..."#`) for arbitrary text such as example JSON bodies.
///
/// The text is split into lines, one single-line literal each (joined with `"\n"` by the caller), so
/// the generated file stays readable and no line of the text can be re-indented by layout. Every
/// literal uses the same number of `#`s: one more than the longest run of `#` after a `"` or a `\`
/// in the text, so neither the closing delimiter (`"#`) nor an escape (`\#`) can occur in it. What a
/// single-line literal cannot hold is escaped with the chosen delimiter: carriage returns, other
/// control characters and Unicode line breaks (`\#r`, `\#u{2028}`), and a `"` at the start of a line
/// (which would turn `#"` into the multi-line opener `#"""`).
public enum SwiftRawLiteral {
    /// The `#`s that delimit raw literals of `text`.
    public static func delimiter(for text: String) -> String {
        var longest = 0
        var run = 0
        var counting = false
        for scalar in text.unicodeScalars {
            if scalar == "#" && counting {
                run += 1
                longest = max(longest, run)
            } else {
                counting = scalar == "\"" || scalar == "\\"
                run = 0
            }
        }
        return String(repeating: "#", count: longest + 1)
    }

    /// One raw literal per line of `text` (split at `\n` only; a `\r` before it is kept, escaped).
    /// Joining their values with `"\n"` gives `text` back exactly.
    public static func lines(_ text: String) -> [String] {
        let hashes = delimiter(for: text)
        // Split by scalars: `\r\n` is one `Character`, and must still end a line.
        return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            literal(line, hashes: hashes)
        }
    }

    /// One raw literal for a line with the given delimiter (a `\n` in it is escaped too).
    static func literal(_ line: Substring.UnicodeScalarView, hashes: String) -> String {
        var out = hashes + "\""
        for (offset, scalar) in line.enumerated() {
            switch scalar {
            case "\n": out += "\\" + hashes + "n"
            case "\r": out += "\\" + hashes + "r"
            case "\t": out += "\\" + hashes + "t"
            case "\"" where offset == 0: out += "\\" + hashes + "u{22}"
            default:
                if SwiftEscaping.needsEscape(scalar) {
                    out += "\\" + hashes + "u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\"" + hashes
    }
}
