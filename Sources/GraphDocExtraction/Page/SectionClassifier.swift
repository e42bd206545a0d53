import Foundation
import GraphDocMarkdown

/// A heading's meaning: its section key, and for "`x` values" headings the enum they title.
struct SectionKind: Equatable {
    var key: String
    var enumName: String?
}

/// Classifies headings by structure first (anchor slugs, which translations keep in English), then by
/// the side-by-side English original, then by the per-locale title dictionary.
enum SectionClassifier {
    static func classify(_ heading: Heading) -> SectionKind {
        let englishTitle = titleText(heading.text.english)
        for anchor in heading.text.english.anchorNames {
            let slug = anchor.lowercased()
            if let key = Vocabulary.sectionAnchors[slug] { return SectionKind(key: key) }
            // Before "-values": `example-1-create-a-user-flow-with-the-default-values` is an example.
            if slug.hasPrefix("example") { return SectionKind(key: Vocabulary.Section.examples) }
            if slug.hasSuffix("-values") {
                // A translated title ("音调值") names no enum; the slug does, in lowercase ("tone-values"),
                // which the merge spells as the pages that link to the enum do.
                let stem = String(slug.dropLast("-values".count))
                let slugName = TypeLink.isIdentifier(stem) ? stem : nil
                return SectionKind(key: Vocabulary.Section.enumValues, enumName: enumName(englishTitle) ?? slugName)
            }
            // "request-1", "response-2": numbered repeats of a known slug.
            let base = slug.split(separator: "-").filter { !$0.allSatisfy(\.isNumber) }.joined(separator: "-")
            if let key = Vocabulary.sectionAnchors[base] { return SectionKind(key: key) }
        }
        for title in [englishTitle, titleText(heading.text.localized)] {
            let key = Vocabulary.key(title)
            if let section = Vocabulary.sectionTitles[key] { return SectionKind(key: section) }
            if Vocabulary.examplePrefixes.contains(where: { key.hasPrefix($0) }) { return SectionKind(key: Vocabulary.Section.examples) }
            // "operationError Properties", "user relationships".
            for suffix in [Vocabulary.Section.properties, Vocabulary.Section.relationships] where key.hasSuffix(" " + suffix) {
                return SectionKind(key: suffix)
            }
            if Vocabulary.enumValuesSuffixes.contains(where: { key.hasSuffix($0) }), let name = enumName(title) {
                return SectionKind(key: Vocabulary.Section.enumValues, enumName: name)
            }
        }
        return SectionKind(key: Vocabulary.Section.other)
    }

    /// A heading's text without anchors.
    static func titleText(_ inlines: [Inline]) -> String {
        DescriptionReader.collapse(inlines.plainText).trimmedBlanks
    }

    /// `calendarRoleType values` -> `calendarRoleType`. Longer titles (`Prefer header values`,
    /// `containerType property values`) name a header or property, not an enum.
    static func enumName(_ title: String) -> String? {
        let words = title.split(separator: " ")
        guard words.count == 2 else { return nil }
        let first = String(words[0])
        let name = first.trimmed(scalars: "`*")
        return TypeLink.isIdentifier(name) ? name : nil
    }

    /// Whether an H1 is a tab heading (`# [HTTP](#tab/http)`), which must not end a section.
    static func isTabHeading(_ heading: Heading) -> Bool {
        heading.text.english.links.contains { $0.destination.hasPrefix("#tab/") }
    }
}
