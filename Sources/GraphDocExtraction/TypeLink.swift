import Foundation
import GraphDocMarkdown

/// Names types from links to their pages: an identifier as link text names the type; otherwise
/// (machine translation translates link text, never the target) the target page does.
enum TypeLink {
    /// The type a link names, or `nil` when the target is not a page of the reference.
    static func typeName(destination: String, text: String) -> String? {
        guard let key = pageKey(destination) else { return nil }
        let candidate = text.trimmedBlanks.replacingOccurrences(of: "microsoft.graph.", with: "")
        // An identifier as link text is the writer's name for the type, also where the target is
        // another page (`[ageGroup](user.md#agegroup-values)`, `[bookingType](room.md)`); translated
        // or descriptive text (`[支持](...enablement.md)`) leaves the target to name it.
        if isIdentifier(candidate) { return candidate }
        return key
    }

    /// The lowercased type key of a page link: `../resources/identityset.md#x` -> `identityset`,
    /// `intune-shared-mimecontent.md` -> `mimecontent`.
    static func pageKey(_ destination: String) -> String? {
        var path = Substring(destination)
        if let hash = path.firstIndex(of: "#") { path = path[..<hash] }
        if let query = path.firstIndex(of: "?") { path = path[..<query] }
        guard path.lowercased().hasSuffix(".md"), !path.containsText("://") else { return nil }
        let file = path.split(separator: "/").last.map { $0.dropLast(3) } ?? ""
        let stem = file.split(separator: "-").last.map(String.init) ?? String(file)
        guard !stem.isEmpty, isIdentifier(stem) else { return nil }
        return stem.lowercased()
    }

    /// A Graph identifier: ASCII letters, digits, `_`; starting with a letter.
    static func isIdentifier(_ text: some StringProtocol) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "_" }
    }
}
