import Foundation
import GraphDocIR
import GraphDocMarkdown

/// Reads the sentences of "Request body" and "Response" sections.
enum ProseReader {
    /// What a request-body or response paragraph says its type is.
    struct NamedType {
        var reference: TypeReference
        /// The link that named it: its destination, and whether the name is the link text.
        var link: (destination: String, nameIsLinkText: Bool)?
        /// What the words name without any link ("an **alert** object"), for when the merge finds
        /// that the link leads to no type.
        var wordsName: TypeReference?
    }

    /// The type a request-body or response paragraph names: its first link to a type page, else
    /// "a JSON representation of the itemPhone object".
    static func namedType(in inlines: [Inline], requireRepresentation: Bool = false) -> TypeReference? {
        typeNamed(in: inlines, requireRepresentation: requireRepresentation)?.reference
    }

    /// ``namedType(in:requireRepresentation:)`` with the link that named the type.
    static func typeNamed(in inlines: [Inline], requireRepresentation: Bool = false) -> NamedType? {
        let text = inlines.plainText
        if requireRepresentation, !text.lowercased().containsAny(Vocabulary.representationWords) { return nil }
        let words = typeWord(in: text)
        for link in inlines.links {
            if let (name, isLinkText) = TypeLink.read(destination: link.destination, text: link.text) {
                return NamedType(
                    reference: TypeReference(name: name, collection: statesCollection(sentence(of: link.text, in: text), around: link.text)),
                    link: (link.destination, isLinkText), wordsName: words)
            }
        }
        return words.map { NamedType(reference: $0, link: nil, wordsName: nil) }
    }

    /// "the itemPhone object", "a collection of itemPhone objects": a camel-cased word, or a
    /// singular word after an article, before "object"; "error codes" is prose.
    private static func typeWord(in text: String) -> TypeReference? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        let stopWords: Set<String> = ["json", "the", "a", "an", "new", "response", "request", "updated", "following", "body", "this", "that"]
        for i in words.indices.dropFirst() where ["object", "resource", "objects", "entity"].contains(words[i].lowercased()) {
            let candidate = words[i - 1]
            guard TypeLink.isIdentifier(candidate), candidate.first?.isLowercase == true, !stopWords.contains(candidate.lowercased()) else { continue }
            let article = i >= 2 && ["the", "a", "an"].contains(words[i - 2].lowercased())
            if candidate.contains(where: \.isUppercase) || (article && !candidate.hasSuffix("s")) {
                return TypeReference(name: String(candidate), collection: words[i].lowercased() == "objects")
            }
        }
        return nil
    }

    /// The sentence of `text` in which `phrase` first occurs (all of `text` when it does not): what
    /// another sentence of the paragraph says ("the data can be primitive types or arrays of
    /// them", 基元数组) is not about the linked type.
    static func sentence(of phrase: String, in text: String) -> Substring {
        guard !phrase.isEmpty, let found = text.firstRange(of: phrase) else { return text[...] }
        // ASCII marks end a sentence only before a space: `1.5`, `microsoft.graph.user` go on.
        func endsSentence(_ index: String.Index) -> Bool {
            let character = text[index]
            guard Vocabulary.sentenceEnds.contains(character) else { return false }
            guard character.isASCII else { return true }
            let next = text.index(after: index)
            return next == text.endIndex || text[next].isWhitespace
        }
        var start = found.lowerBound
        while start > text.startIndex {
            let previous = text.index(before: start)
            if endsSentence(previous) { break }
            start = previous
        }
        var end = found.upperBound
        while end < text.endIndex, !endsSentence(end) { end = text.index(after: end) }
        return text[start..<end]
    }

    /// Whether prose about a type says there are several: "a collection of", "an array of", "x
    /// collection", 集合, 数组, or, next to the type's link, "a list of [x](...)", "the requested
    /// [x](...) objects". "the **x** collection property of the resource" (集合属性) names the
    /// property the object goes into, not a collection body.
    static func statesCollection(_ text: some StringProtocol, around linkText: String = "") -> Bool {
        let markers = [" collection", "array of", "集合", "数组"]
        let lowered = text.lowercased()
        if !linkText.isEmpty {
            let link = linkText.lowercased()
            let nextToLink = Vocabulary.collectionBeforeLink.map { $0 + link } + Vocabulary.collectionAfterLink.map { link + $0 }
            if lowered.containsAny(nextToLink) { return true }
        }
        guard lowered.containsAny(markers) else { return false }
        return lowered
            .replacingText(" collection property", with: " property")
            .replacingText(" collection-valued property", with: " property")
            .replacingText("集合属性", with: "属性")
            .containsAny(markers)
    }

    /// Properties the prose says must be included, and those it says must not be sent:
    /// "The JSON must include `phoneNumber` and `phoneType`, but not `smsSignInState` (which is read-only)."
    static let requiredPhrases = ["must include", "must contain", "must specify", "are required", "is required", "必须包括", "必须包含"]
    static let forbiddenPhrases = ["but not", "must not", "should not include", "cannot include", "但不"]

    static func requiredAndForbidden(in inlines: [Inline]) -> (required: [String], forbidden: [String]) {
        enum Mode { case none, required, forbidden }
        var mode = Mode.none
        var required: [String] = [], forbidden: [String] = []
        // Code spans of the sentence so far, before any phrase: "`displayName` is required" names them.
        var pending: [String] = []
        for node in inlines {
            switch node {
            case .text(let s):
                // Each sentence starts afresh; its wording sets what the next code spans are.
                for (offset, sentence) in s.lowercased().split(separator: ". ", omittingEmptySubsequences: false).enumerated() {
                    if offset > 0 { mode = .none; pending = [] }
                    let namesPending = mode == .none && !pending.isEmpty && sentence.containsAny(["is required", "are required"])
                    if namesPending {
                        required += pending
                        pending = []
                    } else if sentence.containsAny(requiredPhrases) {
                        mode = .required
                    }
                    if sentence.containsAny(forbiddenPhrases) { mode = .forbidden }
                }
            case .code(let value):
                guard TypeLink.isIdentifier(value) else { continue }
                switch mode {
                case .required: required.append(value)
                case .forbidden: forbidden.append(value)
                case .none: pending.append(value)
                }
            default:
                break
            }
        }
        return (required, forbidden)
    }

    /// The success status a response paragraph states ("returns a `201 Created` response code").
    static func status(in inlines: [Inline]) -> Int? {
        for code in inlines.codeSpans {
            if let status = leadingStatus(code) { return status }
        }
        let words = inlines.plainText.split(whereSeparator: { $0 == " " || $0 == "`" || $0 == "," })
        for (i, word) in words.enumerated() {
            guard let status = leadingStatus(String(word)) else { continue }
            // A bare number is a status only next to a reason phrase or "response"/"status".
            let next = i + 1 < words.count ? words[i + 1].lowercased() : ""
            if ["ok", "created", "accepted", "no", "found", "response", "status", "partial", "moved", "响应", "状态"].contains(where: next.hasPrefix) {
                return status
            }
        }
        return nil
    }

    private static func leadingStatus(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 3, let value = Int(digits), (100...599).contains(value) else { return nil }
        let rest = text.dropFirst(3)
        return rest.isEmpty || rest.first == " " ? value : nil
    }
}
