import Foundation
import GraphDocIR
import GraphDocMarkdown

/// What a property table's Type cell says.
enum TypeCell: Equatable {
    case type(TypeReference)
    /// `Enumeration`, without the enum's name: the description lists the values.
    case enumeration(collection: Bool)
    case unrecognized(String)
}

/// Reads a Type cell: primitives in any spelling (`String`, `string`, `Edm.Int32`, `字符串`), links to
/// type pages, `X collection` / `Collection(X)` / `X 集合`, bare type names, and `Enumeration`.
enum TypeCellReader {
    static func read(_ text: SideBySideText) -> TypeCell {
        let english = text.english
        var plain = english.plainText.trimmedBlanks
        // "(Optional) String": a leading parenthesised remark is not the type.
        if plain.hasPrefix("("), let close = plain.firstIndex(of: ")"), plain.index(after: close) < plain.endIndex {
            plain = String(plain[plain.index(after: close)...]).trimmedBlanks
        }
        let lowered = plain.lowercased()
        // "collection" as a word outside link text: `[siteCollection](sitecollection.md)` is one siteCollection.
        let outsideLinks = english.filter { if case .link = $0 { false } else { true } }.plainText.lowercased()
        let isCollection = Vocabulary.collectionWords.contains { DescriptionReader.containsWord(outsideLinks, $0) }

        // An unclosed link (`[invitedUserMessageInfo](invitedusermessageinfo.md`) is text to cmark.
        if plain.hasPrefix("["), let close = plain.firstIndex(of: "]"), plain[close...].hasPrefix("]("),
           TypeLink.isIdentifier(plain[plain.index(after: plain.startIndex)..<close]) {
            return .type(TypeReference(name: String(plain[plain.index(after: plain.startIndex)..<close]), collection: isCollection))
        }
        // Links name types by their target; the first link to a page wins ("[a](a.md) or [b](b.md)").
        for link in english.links {
            if let name = TypeLink.typeName(destination: link.destination, text: link.text) {
                return .type(TypeReference(name: name, collection: isCollection))
            }
        }
        var word = plain
        if lowered.hasPrefix("collection("), let close = word.lastIndex(of: ")") {
            word = String(word[word.index(word.startIndex, offsetBy: 11)..<close])
        }
        if isCollection {
            for collectionWord in Vocabulary.collectionWords {
                if let range = word.range(of: collectionWord, options: .caseInsensitive) { word.removeSubrange(range) }
            }
        }
        word = word.trimmed(scalars: " \t[]`*()（）")
        // "Collection of String": the word that joined "collection" to the type goes with it.
        if isCollection, word.lowercased().hasPrefix("of ") { word = String(word.dropFirst(3)).trimmedBlanks }
        // "string (url)", "String, maximum size 20": the first word is the type.
        let firstWord = word.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ";" }).first.map(String.init) ?? word
        for candidate in [word, firstWord] {
            var key = candidate.lowercased()
            for prefix in ["edm.", "microsoft.graph."] where key.hasPrefix(prefix) { key.removeFirst(prefix.count) }
            if let primitive = Vocabulary.typeWords[key] { return .type(TypeReference(name: primitive, collection: isCollection)) }
            if Vocabulary.enumerationWords.contains(key) { return .enumeration(collection: isCollection) }
        }
        var name = firstWord
        if name.lowercased().hasPrefix("microsoft.graph.") {
            name.removeFirst("microsoft.graph.".count)
            // A sub-namespace (`microsoft.graph.security.caseAction`): the type's own name, as links and @odata.type give it.
            let parts = name.split(separator: ".")
            if parts.count > 1, parts.allSatisfy({ TypeLink.isIdentifier($0) }) { name = String(parts[parts.count - 1]) }
        }
        if TypeLink.isIdentifier(name) { return .type(TypeReference(name: name, collection: isCollection)) }
        return .unrecognized(plain)
    }
}
