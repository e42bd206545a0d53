import GraphDocMarkdown

/// Reads the base type a resource page's introduction links: "Inherits from [entity](entity.md)",
/// "A subclass of [educationResource](educationresource.md)", "[educationResource](educationresource.md) 的子类".
///
/// The link must stand next to the phrase. Introductions link related types too ("the base type for
/// [room](room.md)", "[a](a.md) and [b](b.md) are subclasses of this type", "此类型的子类型 [a](a.md)"),
/// and the first link of a sentence that merely contains the phrase is often a derived type.
enum BaseTypeReader {
    /// The link that names the base type, if a phrase names one.
    static func baseTypeLink(in inlines: [Inline]) -> (destination: String, text: String)? {
        let pieces = Piece.pieces(of: inlines)
        for (index, piece) in pieces.enumerated() {
            guard case .link(let destination, let text) = piece else { continue }
            let before = index > 0 ? pieces[index - 1].text : ""
            let after = index + 1 < pieces.count ? pieces[index + 1].text : ""
            if phraseEnds(before) || phraseFollows(linkText: text, after: after) {
                return (destination, text)
            }
        }
        return nil
    }

    /// "... inherits from ", "... derived from the ", "... inherits from base class ": a phrase that
    /// names a base type, then at most a few words of the same sentence before the link.
    static func phraseEnds(_ text: String) -> Bool {
        let lowered = text.lowercased()
        for phrase in Vocabulary.baseTypeHints {
            guard let range = lowered.range(of: phrase, options: .backwards) else { continue }
            let between = lowered[range.upperBound...]
            if between.contains(where: { Vocabulary.sentenceEnds.contains($0) }) { continue }
            if between.split(whereSeparator: \.isWhitespace).count <= maximumWordsBetween { return true }
        }
        return false
    }

    /// "[educationResource](educationresource.md) 的子类", "[educationResource 的子类](educationresource.md)":
    /// languages that put the phrase after the base type.
    static func phraseFollows(linkText: String, after: String) -> Bool {
        let text = linkText.trimmedBlanks
        let rest = after.drop { $0.isWhitespace }
        return Vocabulary.baseTypeSuffixHints.contains { text.hasSuffix($0) || rest.hasPrefix($0) }
    }

    /// "inherits from base class [x]": a base type's link may follow the phrase by this many words.
    static let maximumWordsBetween = 2

    /// An introduction as alternating runs of text and links (emphasis dropped).
    enum Piece {
        case text(String)
        case link(destination: String, text: String)

        var text: String {
            if case .text(let text) = self { return text }
            return ""
        }

        static func pieces(of inlines: [Inline]) -> [Piece] {
            var pieces: [Piece] = []
            var run = ""
            func collect(_ inlines: [Inline]) {
                for inline in inlines {
                    switch inline {
                    case .link(let destination, let children):
                        pieces.append(.text(run))
                        run = ""
                        pieces.append(.link(destination: destination, text: children.plainText))
                    case .emphasis(let children), .strong(let children):
                        collect(children)
                    default:
                        run += [inline].plainText
                    }
                }
            }
            collect(inlines)
            pieces.append(.text(run))
            return pieces
        }
    }
}
