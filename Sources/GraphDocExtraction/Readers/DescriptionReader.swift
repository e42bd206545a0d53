import Foundation
import GraphDocIR
import GraphDocMarkdown

/// What a property description says besides its prose: flags, the ancestor it is inherited from,
/// allowed values, and limits stated in words.
struct DescriptionFacts {
    var english: String
    var localized: String?
    var readOnly = false
    var nullable: Bool?
    var required: Bool?
    var inheritedFrom: String?
    var values: [String]?
    /// The values combine: the property holds several of them, comma-separated.
    var valuesAreFlags = false
    var constraints: PropertyConstraints?
    /// Limits the description states that are no finite number (left out of ``constraints``).
    var nonFiniteBounds: [String] = []
}

enum DescriptionReader {
    static func read(_ text: SideBySideText, isTranslation: Bool) -> DescriptionFacts {
        let english = collapse(text.english.plainText)
        let localized = isTranslation ? collapse(text.localized.plainText) : nil
        var facts = DescriptionFacts(english: english, localized: localized)
        let haystack = (english + " " + (localized ?? "")).lowercased()

        facts.readOnly = haystack.containsAny(Vocabulary.readOnlyHints)
        if haystack.containsAny(Vocabulary.notNullableHints) {
            facts.nullable = false
        } else if haystack.containsAny(Vocabulary.nullableHints) {
            facts.nullable = true
        }
        // "Required." / "Optional." as words of their own, capitalised: lowercase "required" is mostly
        // prose ("the required format", "required when ...").
        if haystack.containsText("not required") {
            facts.required = false
        } else if statesRequired(english) {
            facts.required = true
        } else if containsWord(english, "Required") {
            // "Required if **type** is `weekly`", "Required Os Version": a condition the models cannot
            // check, or a name; neither makes the property required in every request.
        } else if containsWord(english, "Optional") {
            facts.required = false
        } else if !text.isSideBySide {
            // Side by side, the English original has said all there is. A plain translation states the
            // flag in its own words, as a sentence of its own ("必需。", "（可选）"), as English does
            // with a capitalised "Required."; not "必需的密码类型" (the required password type) or
            // "字段是必需的" (the fields are required). Optional first: "необязательно" contains
            // "обязательно", "非必需" contains "必需".
            let lowered = (localized ?? english).lowercased()
            if Self.translatedOptionalHints.contains(where: { statesFlag(lowered, $0) }) {
                facts.required = false
            } else if Self.translatedRequiredHints.contains(where: { statesFlag(lowered, $0) }) {
                facts.required = true
            }
        }
        facts.inheritedFrom = inheritedFrom(text.english) ?? (isTranslation ? inheritedFrom(text.localized) : nil)
        if ValueListReader.mayHoldValues(haystack) {
            // Side by side, the English original states the values or there are none.
            let plainTranslation = isTranslation && !text.isSideBySide
            facts.values = ValueListReader.values(in: text.english) ?? (plainTranslation ? ValueListReader.values(in: text.localized) : nil)
            facts.valuesAreFlags = facts.values != nil && haystack.containsAny(Vocabulary.flagsHints)
            if let values = facts.values, values.contains(where: Vocabulary.isNullValue) {
                let members = values.filter { !Vocabulary.isNullValue($0) }
                facts.values = members.isEmpty ? nil : members
                facts.valuesAreFlags = facts.valuesAreFlags && !members.isEmpty
                if facts.nullable == nil { facts.nullable = true }
            }
        }
        if ConstraintReader.mayHoldConstraints(haystack) {
            let reading = ConstraintReader.reading(english)
            facts.constraints = reading.constraints.isEmpty ? nil : reading.constraints
            facts.nonFiniteBounds = reading.nonFiniteBounds
        }
        return facts
    }

    /// The hints of other languages; English "Required"/"Optional" are matched as capitalised words.
    static let translatedRequiredHints = Vocabulary.requiredHints.filter { !$0.unicodeScalars.allSatisfy(\.isASCII) }
    static let translatedOptionalHints = Vocabulary.optionalHints.filter { !$0.unicodeScalars.allSatisfy(\.isASCII) }

    /// The type linked right after "Inherited from" (继承自, ...).
    static func inheritedFrom(_ inlines: [Inline]) -> String? {
        var armed = false
        for node in inlines {
            switch node {
            case .text(let s):
                if s.lowercased().containsAny(Vocabulary.inheritedHints) { armed = true }
            case .link(let destination, let children) where armed:
                return TypeLink.typeName(destination: destination, text: children.plainText) ?? nonEmptyIdentifier(children.plainText)
            case .strong(let children), .emphasis(let children):
                if armed, let name = nonEmptyIdentifier(children.plainText) { return name }
            default:
                break
            }
        }
        return nil
    }

    private static func nonEmptyIdentifier(_ text: String) -> String? {
        TypeLink.isIdentifier(text) ? text : nil
    }

    /// The text with runs of spaces, tabs and line breaks folded into one space and no blanks at the ends.
    static func collapse(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` states "Required" as a flag of its own ("Required.", "Required, ...", a cell that
    /// ends with it) or for creation ("Required on create."), rather than under a condition.
    static func statesRequired(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var start = 0
        while let offset = text.utf8Offset(of: "Required", from: start) {
            start = offset + 1
            let end = offset + 8
            guard offset == 0 || !isWordByte(bytes[offset - 1]), end == bytes.count || !isWordByte(bytes[end]) else { continue }
            var rest = bytes[end...].drop { $0 == 0x20 }
            if let next = rest.first, !flagTerminators.contains(next) {
                rest = rest.prefix(16)
                let following = String(decoding: rest, as: UTF8.self).lowercased()
                guard creationQualifiers.contains(where: { following.hasPrefix($0) }) else { continue }
            }
            return true
        }
        return false
    }

    /// Whether a sentence or bracketed aside of `text` (lowercased) is the flag `hint` and nothing
    /// more, give or take the words translations wrap it in (`创建时为必需项`, `此为必需属性`,
    /// `可选字段`, `是必需的`).
    static func statesFlag(_ text: String, _ hint: String) -> Bool {
        guard text.containsText(hint) else { return false }
        let sentences = text.split { Self.sentenceBreaks.contains($0) }
        return sentences.contains { sentence in
            let words = sentence.trimmed(scalars: " *`_\u{3000}")
            guard let range = words.range(of: hint) else { return false }
            let before = String(words[..<range.lowerBound]).trimmed(scalars: " ")
            let after = String(words[range.upperBound...]).trimmed(scalars: " ")
            return Vocabulary.flagLeadIns.contains(before) && Vocabulary.flagTails.contains(after)
        }
    }

    private static let sentenceBreaks: Set<Character> = ["。", "；", "！", ".", ";", "!", "(", ")", "（", "）", "|", "，", ","]

    /// What may follow a "Required" flag: the end of a sentence or clause, or markup.
    private static let flagTerminators: Set<UInt8> = Set(".,;:)!*<|".utf8)
    /// Qualifiers that mean "in a request that creates the object", the validators' request context.
    private static let creationQualifiers = ["on create", "for create", "when creat", "on creation", "for creation"]

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
    }

    /// Whether `word` occurs in `text` not as part of a longer ASCII word.
    static func containsWord(_ text: String, _ word: String) -> Bool {
        let bytes = Array(text.utf8)
        let length = word.utf8.count
        func isBoundary(_ index: Int) -> Bool {
            guard index >= 0, index < bytes.count else { return true }
            let b = bytes[index]
            return !((b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == UInt8(ascii: "-"))
        }
        var start = 0
        while let offset = text.utf8Offset(of: word, from: start) {
            if isBoundary(offset - 1), isBoundary(offset + length) { return true }
            start = offset + 1
        }
        return false
    }
}
