import GraphDocIR

/// Builds `///` doc comment lines from a page description and its source location.
public enum DocLines {
    /// The description's lines, then `- Remark: Generated from <file>:<line>` when `source` is known.
    /// The description (or, when it is empty, the fallback) is made a sentence first (see
    /// ``sentence(_:)``). Every line, the fallback and the file name included, goes through ``SwiftEscaping``.
    public static func make(_ description: String, source: SourceLocation?, fallback: String?) -> [String] {
        var out = SwiftEscaping.docCommentLines(sentence(description))
        if out.isEmpty, let fallback { out = SwiftEscaping.docCommentLines(sentence(fallback)) }
        if let source {
            if !out.isEmpty { out.append("///") }
            out.append("/// - Remark: Generated from " + SwiftEscaping.commentText("\(source.file):\(source.line)"))
        }
        return out
    }

    /// `text` as a sentence: punctuation a table cell left before the first word dropped
    /// (`. Possible values are: ...`), a first word in lower-case letters capitalised (a code span or a
    /// camelCase name is left as written), `a` before a word starting with a, e, i or o (`` a `event` ``)
    /// made `an`, and a full stop added when the text ends in a word.
    public static func sentence(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars.drop { $0.properties.isWhitespace || ".,;:".unicodeScalars.contains($0) }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        var result = String(String.UnicodeScalarView(scalars))
        guard !result.isEmpty else { return "" }
        let firstWord = result.prefix { $0.isLetter }
        if !firstWord.isEmpty, firstWord.allSatisfy({ $0.isLowercase && $0.isASCII }),
           result.dropFirst(firstWord.count).first.map({ !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "." }) ?? true,
           !result.dropFirst(firstWord.count).hasPrefix("://") {
            result = firstWord.prefix(1).uppercased() + result.dropFirst()
        }
        result = withArticlesAgreeing(result)
        if let last = result.last, last.isLetter || last.isNumber || last == "`" || last == ")" {
            result += "."
        }
        return result
    }

    /// The indefinite article for `word` as it is written in these comments: `an` before a, e, i, o
    /// (`an attachment`), else `a` (`a user`, `a unique`, `a one-time`: the sound decides, and a
    /// leading u or o is too often spoken as a consonant to guess more).
    public static func article(for word: String) -> String {
        let first = word.drop { $0 == "`" || $0 == "*" || $0 == "_" }.first.map { Character($0.lowercased()) }
        guard let first, "aei".contains(first) || (first == "o" && !word.lowercased().drop { !$0.isLetter }.hasPrefix("one")) else {
            return "a"
        }
        return "an"
    }

    /// `a`/`A` made `an`/`An` where ``article(for:)`` says so; other words stay as written.
    static func withArticlesAgreeing(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return text }
        var out: [Substring] = []
        for (index, word) in words.enumerated() {
            if (word == "a" || word == "A"), index + 1 < words.count, article(for: String(words[index + 1])) == "an" {
                out.append(word == "a" ? "an" : "An")
            } else {
                out.append(word)
            }
        }
        return out.joined(separator: " ")
    }
}
