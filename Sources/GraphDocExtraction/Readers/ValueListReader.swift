import Foundation
import GraphDocMarkdown

/// Reads the values a description allows: "Possible values are: `a`, `b`, and `c`." and its many
/// variants (bold or plain values, "can be one of the following", 可取值为, translations that drop
/// or reorder punctuation). Numeric ranges ("Valid values 0 to 65535") are not value lists.
enum ValueListReader {
    private enum Token {
        case text(String)
        case value(String)
    }

    /// A cheap test before the full reading: every phrase holds one of these words.
    static func mayHoldValues(_ lowered: String) -> Bool {
        lowered.containsAny(["value", "值", "значен", "one of the following", "can be"])
    }

    static func values(in inlines: [Inline]) -> [String]? {
        var tokens: [Token] = []
        flatten(inlines, into: &tokens)
        // The lowered running text, to find the phrase, with each token's start offset and its end.
        var combined = ""
        var starts: [Int] = []
        for token in tokens {
            starts.append(combined.utf8.count)
            switch token {
            case .text(let s): combined += s.lowercased()
            case .value(let s): combined += s.lowercased()
            }
        }
        starts.append(combined.utf8.count)
        // "See the Enum definition for supported values. Possible values are: ...": when the earliest
        // phrase is followed by no list, a later one may be.
        for (phraseStart, phraseEnd) in phrases(in: combined) {
            if isNegated(combined, before: phraseStart) { continue }
            if let values = values(after: phraseEnd, tokens: tokens, starts: starts) { return values }
        }
        return nil
    }

    /// - Parameter starts: each token's offset in the lowered running text, and its length last.
    private static func values(after phraseEnd: Int, tokens: [Token], starts: [Int]) -> [String]? {
        // What follows the phrase: the tail of the token it ends in, then the tokens after it.
        var rest: [Token] = []
        for (k, token) in tokens.enumerated() {
            let start = starts[k]
            switch token {
            case .text(let text) where start < phraseEnd && phraseEnd < starts[k + 1]:
                // The original casing ("Possible values are: Active, Inactive"), where lowercasing kept the offsets.
                let lowered = text.lowercased()
                let source = lowered.utf8.count == text.utf8.count ? text : lowered
                rest.append(.text(String(decoding: source.utf8.dropFirst(phraseEnd - start), as: UTF8.self)))
            case .text, .value:
                if start >= phraseEnd { rest.append(token) }
            }
        }
        var values: [String] = []
        var sawValueToken = false
        var i = 0
        while i < rest.count {
            switch rest[i] {
            case .value(let v):
                let trimmed = v.trimmedBlanks
                if !trimmed.isEmpty { values.append(trimmed) }
                sawValueToken = true
            case .text(let gap):
                if sawValueToken {
                    // A full stop between values ends the sentence and the list ("`everyone`. `everyone` is the default"),
                    // unless the text is the previous value's own description ("`Success` - Service is provisioned.<br/>").
                    if !describesValue(gap), gap.containsAny([".", "。"]) || !continuesList(gap),
                       !(isShortDescription(gap) && nextValueIsDescribed(after: i, in: rest)) { i = rest.count; continue }
                } else if !isSeparatorOnly(gap) {
                    // A plain list: "Possible values are: none, low, high."
                    return plainList(gap)
                }
            }
            i += 1
        }
        guard !values.isEmpty, !values.allSatisfy({ Double($0) != nil }) else { return nil }
        return values
    }

    private static func flatten(_ inlines: [Inline], into tokens: inout [Token]) {
        for node in inlines {
            switch node {
            case .text(let s): appendText(s, to: &tokens)
            case .code(let s):
                // MT glues adjacent code spans: `pcma``pcmu` is one span holding two values.
                for part in s.components(separatedBy: "``") { tokens.append(.value(part)) }
            case .strong(let c), .emphasis(let c):
                let text = c.plainText
                if TypeLink.isIdentifier(text.replacingOccurrences(of: "-", with: "_")) {
                    tokens.append(.value(text))
                } else if let items = identifierList(text) {
                    // "*Binary, Boolean, DateTime, Integer* or *String*": one emphasis around several values.
                    for (offset, item) in items.enumerated() {
                        if offset > 0 { tokens.append(.text(", ")) }
                        tokens.append(.value(item))
                    }
                } else {
                    tokens.append(.text(text))
                }
            case .link(_, let c): tokens.append(.text(c.plainText))
            case .softBreak, .lineBreak: tokens.append(.text(" "))
            case .html(let h): if h.hasPrefix("<br") { tokens.append(.text(" ")) }
            case .image: break
            }
        }
    }

    /// Appends running text, with each identifier in straight double quotes (`"Success"`) as a value:
    /// some pages quote their values instead of marking them as code.
    private static func appendText(_ text: String, to tokens: inout [Token]) {
        guard text.contains("\"") else { return tokens.append(.text(text)) }
        let parts = text.split(separator: "\"", omittingEmptySubsequences: false)
        var pending = String(parts[0])
        var index = 1
        while index < parts.count {
            let inside = parts[index]
            if index + 1 < parts.count, TypeLink.isIdentifier(String(inside)) {
                if !pending.isEmpty { tokens.append(.text(pending)) }
                tokens.append(.value(String(inside)))
                pending = String(parts[index + 1])
                index += 2
            } else {
                pending += "\"" + inside
                index += 1
            }
        }
        if !pending.isEmpty { tokens.append(.text(pending)) }
    }

    /// The items of "Binary, Boolean, DateTime" (commas and list connectors between identifiers), when
    /// there are at least two and every one is an identifier.
    private static func identifierList(_ text: String) -> [String]? {
        guard text.containsAny([",", "、", "，"]) else { return nil }
        let items = text.split(whereSeparator: { ",、，".contains($0) }).flatMap { item in
            item.split(separator: " ").split { Vocabulary.listConnectors.contains($0.lowercased()) }.map { $0.joined(separator: " ") }
        }.map { $0.trimmedBlanks }.filter { !$0.isEmpty }
        guard items.count >= 2, items.allSatisfy({ TypeLink.isIdentifier($0) }) else { return nil }
        return items
    }

    /// Whether `gap`, between two values, can be a few words about the value before it ("`Eligible`
    /// for eligible assignment `Active` - if ..."): no sentence ends in it and it is short.
    private static func isShortDescription(_ gap: String) -> Bool {
        let trimmed = gap.trimmedBlanks
        return !trimmed.isEmpty && trimmed.count <= 60 && !trimmed.containsAny([".", "。", ":", "：", ";", "；"])
    }

    /// Whether the value after the gap at `index` is itself described the way list items are (a dash,
    /// or the sentence ends after it), so that the gap was the previous value's description and not
    /// prose going on to mention another code span.
    private static func nextValueIsDescribed(after index: Int, in rest: [Token]) -> Bool {
        guard index + 1 < rest.count, case .value = rest[index + 1] else { return false }
        guard index + 2 < rest.count, case .text(let after) = rest[index + 2] else { return true }
        let trimmed = after.trimmedBlanks
        guard let first = trimmed.first else { return true }
        return "-–—.。".contains(first)
    }

    /// Whether `gap`, after a value, is that value's description: it opens with a dash
    /// ("`Success` - Service is fully provisioned.") and ends its sentence or item, so that what
    /// follows is the next value.
    private static func describesValue(_ gap: String) -> Bool {
        let trimmed = gap.trimmedBlanks
        guard let first = trimmed.first, "-–—".contains(first), let last = trimmed.last else { return false }
        return ".;,。；，".contains(last)
    }

    /// The offsets where each "possible values" phrase starts and just past its end, earliest (then
    /// longest) first; of phrases ending at the same offset, the one that starts first.
    private static func phrases(in text: String) -> [(start: Int, end: Int)] {
        var longest: [Int: Int] = [:]
        for phrase in Vocabulary.possibleValuesPhrases {
            var from = 0
            while let start = text.utf8Offset(of: phrase, from: from) {
                longest[start] = max(longest[start] ?? 0, start + phrase.utf8.count)
                from = start + 1
            }
        }
        var found: [(start: Int, end: Int)] = []
        for start in longest.keys.sorted() where !found.contains(where: { $0.end == longest[start]! }) {
            found.append((start, longest[start]!))
        }
        return found
    }

    /// Whether the sentence before the phrase forbids what follows: "Cannot begin with `Microsoft`
    /// or be one of the following values: `None`, ..." lists the values an id may not take.
    private static func isNegated(_ lowered: String, before start: Int) -> Bool {
        let before = String(decoding: lowered.utf8.prefix(start), as: UTF8.self)
        let sentence = before.lastIndex(where: { Vocabulary.sentenceEnds.contains($0) }).map { before[before.index(after: $0)...] } ?? before[...]
        return sentence.containsAny(Vocabulary.prohibitions)
    }

    private static let separatorCharacters = Set(" \t,、，;；:：.。()（）-–—\"'".unicodeScalars)

    /// Words that may stand between the phrase and the values, or between values.
    private static let listFillers: Set<String> = Set(Vocabulary.listConnectors + ["is", "are", "include", "includes", "为", "是"])

    private static func isSeparatorOnly(_ text: String) -> Bool {
        var rest = text
        let words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.trimmed { separatorCharacters.contains($0) } }
        rest = words.filter { !$0.isEmpty && !listFillers.contains($0) }.joined()
        // Chinese connectors are glued to punctuation ("、和").
        for word in Vocabulary.listConnectors where !word.first!.isASCII { rest = rest.replacingText(word, with: "") }
        return rest.unicodeScalars.allSatisfy { separatorCharacters.contains($0) }
    }

    /// Whether `gap`, between two values, still belongs to the list: only separators, or a short
    /// description of the previous value ending in a separator.
    private static func continuesList(_ gap: String) -> Bool {
        if isSeparatorOnly(gap) { return true }
        let trimmed = gap.trimmedBlanks
        guard trimmed.count <= 120, !trimmed.containsText(". "), !trimmed.containsText("。") else { return false }
        if let last = trimmed.last, [",", "、", "，", ";"].contains(last) { return true }
        return Vocabulary.listConnectors.contains { trimmed.hasSuffix(" " + $0) || trimmed.hasSuffix($0) && !$0.first!.isASCII }
    }

    /// Values written without markup, up to the end of the sentence; every item must be an identifier.
    private static func plainList(_ text: String) -> [String]? {
        var sentence = Substring(text)
        if let end = sentence.range(of: ". ") ?? sentence.range(of: "。") { sentence = sentence[..<end.lowerBound] }
        // "Active, Disabled and Error": a connector between words separates items as a comma does.
        let items = sentence.split(whereSeparator: { ",、，;".contains($0) }).flatMap { item -> [String] in
            item.split(separator: " ").split { Vocabulary.listConnectors.contains($0.lowercased()) }
                .map { $0.joined(separator: " ").trimmed(scalars: " .:：\"'") }
        }.filter { !$0.isEmpty }
        guard items.count >= 2, items.allSatisfy({ TypeLink.isIdentifier($0) }) else { return nil }
        return items
    }
}
