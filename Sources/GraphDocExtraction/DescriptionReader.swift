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
        } else if containsWord(english, "Required") {
            facts.required = true
        } else if containsWord(english, "Optional") {
            facts.required = false
        } else if haystack.containsAny(Self.translatedOptionalHints) {
            // Checked first: "необязательно" contains "обязательно".
            facts.required = false
        } else if haystack.containsAny(Self.translatedRequiredHints) {
            facts.required = true
        }
        facts.inheritedFrom = inheritedFrom(text.english) ?? (isTranslation ? inheritedFrom(text.localized) : nil)
        if ValueListReader.mayHoldValues(haystack) {
            facts.values = ValueListReader.values(in: text.english) ?? (isTranslation ? ValueListReader.values(in: text.localized) : nil)
        }
        if ConstraintReader.mayHoldConstraints(haystack) {
            let constraints = ConstraintReader.read(english)
            facts.constraints = constraints.isEmpty ? nil : constraints
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
