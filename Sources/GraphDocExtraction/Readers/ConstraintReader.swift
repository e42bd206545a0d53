import Foundation
import GraphDocIR

/// Limits and formats stated in words: "Maximum length is 256", "up to 120 characters",
/// "Valid values 0 to 65535", `use the format "+<country code> <number>x<extension>", with extension
/// optional. For example, +1 5555551234 or +1 5555551234x123 are valid.`
enum ConstraintReader {
    /// A cheap test before the full reading.
    static func mayHoldConstraints(_ lowered: String) -> Bool {
        lowered.containsAny(["length", "size", "up to", "limited", "exceed", "no more than", "valid", "range", "between", "number from", "value from", "format"])
            || lowered.containsAny(["长度", "最多", "超过", "有效值", "介于", "范围", "之间"])
    }

    /// What a description's limits read as, and the text of a stated bound that is no finite number.
    struct Reading {
        var constraints = PropertyConstraints()
        /// A bound as written ("1.79769313486232E+308", "1e999", "nan") that rounds to infinity or
        /// is NaN: the IR, JSON and Swift have no spelling for it, so it is left out.
        var nonFiniteBounds: [String] = []
    }

    static func read(_ description: String) -> PropertyConstraints {
        reading(description).constraints
    }

    static func reading(_ description: String) -> Reading {
        var reading = Reading()
        var constraints = PropertyConstraints()
        let lowered = description.lowercased()
        constraints.maxLength = maxLength(lowered)
        if let range = numericRange(lowered) {
            // A bound past the largest Double ("-1.79769313486232E+308" rounds beyond it) limits
            // nothing the type does not: keep the finite one alone.
            constraints.minimum = range.low.value.isFinite ? range.low.value : nil
            constraints.maximum = range.high.value.isFinite ? range.high.value : nil
            reading.nonFiniteBounds = [range.low, range.high].filter { !$0.value.isFinite }.map(\.text)
        }
        if let format = quotedFormat(description) {
            let examples = validExamples(description)
            let pattern = pattern(forFormat: format, optional: optionalPlaceholders(lowered))
            // Keep a derived pattern only when the page's own valid examples agree with it.
            if let regex = try? NSRegularExpression(pattern: pattern),
               examples.allSatisfy({ regex.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }) {
                constraints.pattern = pattern
            }
            constraints.validExamples = examples
        }
        reading.constraints = constraints
        return reading
    }

    static func maxLength(_ lowered: String) -> Int? {
        for phrase in Vocabulary.maxLengthPhrases {
            guard let offset = lowered.utf8Offset(of: phrase) else { continue }
            var tail = Substring(lowered.utf8.dropFirst(offset + phrase.utf8.count)).drop { $0 == " " || $0 == ":" || $0 == "：" }
            var namesLength = Vocabulary.lengthWords.contains { phrase.containsText($0) }
            // "The maximum length of the company name is 64 characters": the number comes after "is",
            // and only characters make it a length ("of recording is 2 minutes" is a duration).
            if namesLength, phrase.hasSuffix(" of"), tail.first?.isNumber != true,
               let verb = tail.prefix(60).range(of: " is ") {
                tail = tail[verb.upperBound...]
                namesLength = false
            }
            let digits = tail.prefix { $0.isASCII && $0.isNumber }
            guard let value = Int(digits), value > 0 else { continue }
            let after = tail.dropFirst(digits.count).trimmedBlanks
            // "up to 5 phones" is a count, not a length: require characters or a length phrase.
            if namesLength || Vocabulary.characterWords.contains(where: { after.hasPrefix($0) }) {
                return value
            }
        }
        return nil
    }

    /// A bound of a stated range: its text and the Double it reads as (which may be infinite or NaN).
    struct Bound {
        var text: String
        var value: Double
    }

    static func numericRange(_ lowered: String) -> (low: Bound, high: Bound)? {
        for phrase in Vocabulary.rangePhrases {
            guard let offset = lowered.utf8Offset(of: phrase) else { continue }
            let words = lowered[lowered.utf8.index(lowered.utf8.startIndex, offsetBy: offset + phrase.utf8.count)...].split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" || $0 == "：" }).prefix(6).map(String.init)
            for i in words.indices.dropLast(2) where Vocabulary.rangeConnectors.contains(words[i + 1]) {
                let highText = words[i + 2].trimmed(scalars: ".)。）")
                if let low = Double(words[i]), let high = Double(highText) {
                    return (Bound(text: words[i], value: low), Bound(text: highText, value: high))
                }
            }
        }
        return nil
    }

    /// The quoted text after "format" (`use the format "..."`).
    static func quotedFormat(_ description: String) -> String? {
        guard let format = description.range(of: "format", options: .caseInsensitive) else { return nil }
        let tail = description[format.upperBound...]
        guard let open = tail.firstIndex(of: "\""), tail.distance(from: tail.startIndex, to: open) < 6 else { return nil }
        let rest = tail[tail.index(after: open)...]
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        let text = String(rest[..<close])
        return text.containsText("<") ? text : nil
    }

    /// Placeholder names the description calls optional ("with extension optional").
    static func optionalPlaceholders(_ lowered: String) -> Set<String> {
        var names: Set<String> = []
        for marker in ["with ", "and "] {
            var search = lowered.startIndex..<lowered.endIndex
            while let range = lowered.range(of: marker, range: search) {
                let words = lowered[range.upperBound...].split(separator: " ").prefix(3).map { $0.trimmingCharacters(in: .punctuationCharacters) }
                if words.count >= 2, words[1] == "optional" { names.insert(words[0]) }
                if words.count >= 3, words[0] == "an" || words[0] == "a" || words[0] == "the", words[2] == "optional" { names.insert(words[1]) }
                search = range.upperBound..<lowered.endIndex
            }
        }
        return names
    }

    /// A regular expression for a format such as `+<country code> <number>x<extension>`.
    static func pattern(forFormat format: String, optional: Set<String>) -> String {
        var pattern = "^"
        var literalRun = ""
        var index = format.startIndex
        while index < format.endIndex {
            let c = format[index]
            if c == "<", let close = format[index...].firstIndex(of: ">") {
                let name = format[format.index(after: index)..<close].lowercased()
                let numeric = ["number", "code", "extension", "digit", "count"].contains { name.contains($0) }
                let piece = numeric ? "[0-9]+" : "\\S+"
                let optionalName = optional.contains { name.contains($0) }
                if optionalName {
                    // The literal text glued to an optional placeholder ("x<extension>") is optional with it.
                    let glued = String(literalRun.reversed().prefix { $0 != " " }.reversed())
                    pattern += escape(String(literalRun.dropLast(glued.count))) + "(?:" + escape(glued) + piece + ")?"
                } else {
                    pattern += escape(literalRun) + piece
                }
                literalRun = ""
                index = format.index(after: close)
            } else {
                literalRun.append(c)
                index = format.index(after: index)
            }
        }
        return pattern + escape(literalRun) + "$"
    }

    private static func escape(_ literal: String) -> String { NSRegularExpression.escapedPattern(for: literal) }

    /// Values after "For example," up to "are valid" / "is valid".
    static func validExamples(_ description: String) -> [String] {
        guard let start = description.range(of: "for example,", options: .caseInsensitive) ?? description.range(of: "for example", options: .caseInsensitive),
              let end = description.range(of: " are valid", options: .caseInsensitive, range: start.upperBound..<description.endIndex)
                ?? description.range(of: " is valid", options: .caseInsensitive, range: start.upperBound..<description.endIndex)
        else { return [] }
        let list = description[start.upperBound..<end.lowerBound]
        return list.replacingText(" or ", with: ",").replacingText(" and ", with: ",")
            .split(separator: ",").map { $0.trimmedBlanks }.filter { !$0.isEmpty }
    }
}
