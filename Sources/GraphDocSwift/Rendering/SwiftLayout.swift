/// Re-indents generated Swift by bracket depth and tidies blank lines.
///
/// Mustache indents a standalone partial only where a token starts a line, so text coming from
/// partials and sections keeps the template's own indentation, which differs between the places a
/// partial is used (a struct at file level or inside an operation). Computing indentation here
/// keeps templates simple and user templates free of whitespace bookkeeping.
enum SwiftLayout {
    static let indentUnit = "    "

    /// The line breaks the templates themselves hold (LF, CR-LF from a template edited on Windows,
    /// a lone CR) end a line; no other character does. A vertical tab, form feed, NEL, U+2028 or
    /// U+2029 is no line break to Swift, and splitting on one would let text from the documentation
    /// start a line of code (``SwiftEscaping`` keeps them out of every slot anyway). The
    /// text with each line indented four spaces per open bracket, `case` labels level with
    /// their `switch`, a `.method(...)` line continuing a chain one level in, trailing spaces removed, no blank line after `{` or before a closer, no runs
    /// of blank lines, and one final newline.
    static func format(_ text: String) -> String {
        var out: [String] = []
        var stack: [Bool] = []  // one entry per open bracket: whether it opened a `switch` body
        for raw in lines(of: text) {
            let content = trimmed(raw)
            if content.isEmpty {
                if let last = out.last, !last.isEmpty, !last.hasSuffix("{"), !last.hasSuffix("(") , !last.hasSuffix("[") {
                    out.append("")
                }
                continue
            }
            let scan = scanBrackets(content)
            if scan.leadingClosers > 0, out.last == "" { out.removeLast() }
            var depth = max(0, stack.count - scan.leadingClosers)
            let isLabel = content.hasPrefix("case ") || content.hasPrefix("default:")
            if isLabel, scan.leadingClosers == 0, stack.last == true { depth -= 1 }
            // A line that continues a call chain (`.query(...)`) sits one level in from its receiver.
            // (An element of a list, after `[` or `,`, is no continuation.)
            if content.hasPrefix("."), scan.leadingClosers == 0, let previous = out.last, previous.hasSuffix(")") { depth += 1 }
            out.append(String(repeating: indentUnit, count: depth) + content)
            for delta in scan.events {
                if delta == 0 {
                    stack.append(content.hasPrefix("switch ") || content.contains(" switch "))
                } else if !stack.isEmpty {
                    stack.removeLast()
                }
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// The lines of `text`, split at LF, CR-LF and CR only.
    static func lines(of text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" else {
                index = scalars.index(after: index)
                continue
            }
            result.append(Substring(scalars[start..<index]))
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            start = index
        }
        result.append(Substring(scalars[start..<scalars.endIndex]))
        return result
    }

    /// The line without leading and trailing spaces and tabs.
    static func trimmed(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[start...last])
    }

    /// The brackets of a line outside string literals and comments, in order (0 opens, 1 closes),
    /// and how many closers start the line.
    static func scanBrackets(_ line: String) -> (events: [Int], leadingClosers: Int) {
        var events: [Int] = []
        var leading = 0
        var sawOther = false
        let chars = Array(line.unicodeScalars)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "/", i + 1 < chars.count, chars[i + 1] == "/" { break }
            if c == "#" || c == "\"" {
                // A string literal, raw (`#"..."#`) or plain; skip to its end.
                var hashes = 0
                while i < chars.count, chars[i] == "#" { hashes += 1; i += 1 }
                guard i < chars.count, chars[i] == "\"" else { sawOther = true; continue }
                i += 1
                while i < chars.count {
                    if hashes == 0, chars[i] == "\\" { i += 2; continue }
                    if chars[i] == "\"" {
                        var j = i + 1
                        var closing = 0
                        while j < chars.count, chars[j] == "#", closing < hashes { closing += 1; j += 1 }
                        if closing == hashes { i = j; break }
                    }
                    i += 1
                }
                sawOther = true
                continue
            }
            if c == "{" || c == "(" || c == "[" {
                events.append(0)
                sawOther = true
            } else if c == "}" || c == ")" || c == "]" {
                events.append(1)
                if !sawOther { leading += 1 }
            } else if c != " " {
                sawOther = true
            }
            i += 1
        }
        return (events, leading)
    }
}
