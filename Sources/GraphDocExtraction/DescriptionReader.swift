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
    var constraints: PropertyConstraints?
}

enum DescriptionReader {
    static func read(_ text: SideBySideText, isTranslation: Bool) -> DescriptionFacts {
        let english = collapse(text.english.plainText)
        let localized = isTranslation ? collapse(text.localized.plainText) : nil
        var facts = DescriptionFacts(english: english, localized: localized)
        let haystack = (english + " " + (localized ?? "")).lowercased()

        facts.readOnly = Vocabulary.readOnlyHints.contains { haystack.contains($0) }
        if Vocabulary.notNullableHints.contains(where: { haystack.contains($0) }) {
            facts.nullable = false
        } else if Vocabulary.nullableHints.contains(where: { haystack.contains($0) }) {
            facts.nullable = true
        }
        if haystack.contains("not required") {
            facts.required = false
        } else if Vocabulary.requiredHints.contains(where: { containsWord(haystack, $0) }) {
            facts.required = true
        } else if Vocabulary.optionalHints.contains(where: { containsWord(haystack, $0) }) {
            facts.required = false
        }
        facts.inheritedFrom = inheritedFrom(text.english) ?? (isTranslation ? inheritedFrom(text.localized) : nil)
        facts.values = ValueListReader.values(in: text.english) ?? (isTranslation ? ValueListReader.values(in: text.localized) : nil)
        let constraints = ConstraintReader.read(english)
        facts.constraints = constraints.isEmpty ? nil : constraints
        return facts
    }

    /// The type linked right after "Inherited from" (继承自, ...).
    static func inheritedFrom(_ inlines: [Inline]) -> String? {
        var armed = false
        for node in inlines {
            switch node {
            case .text(let s):
                let lowered = s.lowercased()
                if Vocabulary.inheritedHints.contains(where: { lowered.contains($0) }) { armed = true }
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

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Whether `word` occurs in `text` not as part of a longer ASCII word.
    static func containsWord(_ text: String, _ word: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let range = text.range(of: word, range: searchRange) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isBoundary: (Character?) -> Bool = { c in c.map { !($0.isASCII && ($0.isLetter || $0 == "-")) } ?? true }
            if isBoundary(before), isBoundary(after) { return true }
            searchRange = range.upperBound..<text.endIndex
        }
        return false
    }
}
