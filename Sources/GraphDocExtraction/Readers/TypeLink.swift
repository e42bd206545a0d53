import Foundation
import GraphDocMarkdown

/// Names types from links to their pages: an identifier as link text names the type; otherwise
/// (machine translation translates link text, never the target) the target page does.
enum TypeLink {
    /// The type a link names, or `nil` when the target is not a page of the reference.
    static func typeName(destination: String, text: String) -> String? {
        read(destination: destination, text: text)?.name
    }

    /// The type a link names, and whether the name is the link text (else the target's file name).
    static func read(destination: String, text: String) -> (name: String, isLinkText: Bool)? {
        guard let key = pageKey(destination) else { return nil }
        var candidate = text.trimmedBlanks.replacingText("microsoft.graph.", with: "")
        // A name qualified by a sub-namespace (`microsoft.graph.security.caseAction`) is its last part.
        let parts = candidate.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1, parts.allSatisfy(isIdentifier) { candidate = String(parts[parts.count - 1]) }
        // An identifier as link text is the writer's name for the type, also where the target is
        // another page (`[ageGroup](user.md#agegroup-values)`, `[bookingType](room.md)`); translated
        // or descriptive text (`[支持](...enablement.md)`) leaves the target to name it.
        if isIdentifier(candidate) { return (candidate, true) }
        return (key, false)
    }

    /// The path of the page a relative link leads to, resolved against the linking page's path:
    /// `../resources/teamstab.md#x` from `docs/api/chat-list-tabs.md` is `docs/resources/teamstab.md`.
    /// `nil` for addresses (`https://...`) and site-absolute paths (`/graph/...`), which name no input file.
    static func targetPath(of destination: String, from page: String) -> String? {
        let end = destination.firstIndex { $0 == "#" || $0 == "?" } ?? destination.endIndex
        let relative = destination[..<end]
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.containsText("://"), !relative.hasPrefix("mailto:") else { return nil }
        var segments = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for segment in relative.split(separator: "/") {
            switch segment {
            case ".": continue
            // Above the first folder of a relative page path, `..` stays (`../docs/x.md`).
            case ".." where !segments.isEmpty && segments.last != "..": segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }

    /// The lowercased type key of a page link: `../resources/identityset.md#x` -> `identityset`,
    /// `intune-shared-mimecontent.md` -> `mimecontent`.
    static func pageKey(_ destination: String) -> String? {
        // By UTF-8 bytes: every link of every page comes through here.
        let utf8 = destination.utf8
        let end = utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? utf8.endIndex
        let path = utf8[..<end]
        guard path.count >= 3, path.suffix(3).map({ (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }).elementsEqual(".md".utf8),
              !Substring(path).containsText("://") else { return nil }
        let fileStart = path.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? path.startIndex
        // The last non-empty segment after a `-` (`intune-shared-mimecontent`, `x-`).
        var file = utf8[fileStart..<utf8.index(end, offsetBy: -3)]
        while file.last == UInt8(ascii: "-") { file = file.dropLast() }
        let stem = file.lastIndex(of: UInt8(ascii: "-")).map { file[utf8.index(after: $0)...] } ?? file
        guard !stem.isEmpty, stem.allSatisfy({ $0 < 0x80 }) else { return nil }
        let name = String(decoding: stem, as: UTF8.self)
        guard isIdentifier(name) else { return nil }
        return name.lowercased()
    }

    /// A Graph identifier: ASCII letters, digits, `_`; starting with a letter.
    static func isIdentifier(_ text: some StringProtocol) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "_" }
    }
}
