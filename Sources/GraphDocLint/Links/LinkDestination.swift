import Foundation

/// What a link's destination asks for, as far as the link rules can check it.
enum LinkDestination: Equatable {
    /// `#fragment`: an anchor of the page itself.
    case sameDocument(fragment: String)
    /// A path relative to the page's folder (`../resources/user.md#properties`), percent-decoded, with
    /// `\` separators already turned into `/` (``usesBackslashes`` says whether there were any).
    case relative(path: String, fragment: String?, usesBackslashes: Bool)
    /// A reference page on the docs site (`https://learn.microsoft.com/en-us/graph/api/user-get?view=graph-rest-1.0`,
    /// `/graph/api/resources/user`): `page` is `api/user-get` or `resources/user`, `version` the
    /// folder `view=` names (`v1.0`, `beta`), if any.
    case docsSite(page: String, version: String?, fragment: String?)
    /// Anything the link rules do not check: other sites, other parts of the docs site, `mailto:`,
    /// DocFX tab links (`#tab/http`).
    case unchecked

    /// The hosts of the docs site, whose Graph reference pages may be among the inputs.
    static let docsHosts: Set<String> = ["learn.microsoft.com", "docs.microsoft.com"]

    init(_ destination: String) {
        let text = LinkPath.trimmed(destination)
        if text.hasPrefix("#") {
            let fragment = Self.decoded(String(text.dropFirst()))
            self = fragment.hasPrefix("tab/") || fragment.isEmpty ? .unchecked : .sameDocument(fragment: fragment)
        } else if Self.hasScheme(text) {
            guard let url = URLComponents(string: text), let host = url.host?.lowercased(),
                  url.scheme?.lowercased() == "https" || url.scheme?.lowercased() == "http",
                  Self.docsHosts.contains(host) else {
                self = .unchecked
                return
            }
            self = Self.docsSitePage(path: url.path, query: url.queryItems, fragment: url.fragment)
        } else if text.hasPrefix("/") {
            let url = URLComponents(string: text)
            self = Self.docsSitePage(path: url?.path ?? text, query: url?.queryItems, fragment: url?.fragment)
        } else {
            let usesBackslashes = text.utf8.contains(UInt8(ascii: "\\"))
            var rest = usesBackslashes ? Substring(String(text.map { $0 == "\\" ? "/" : $0 })) : Substring(text)
            var fragment: String?
            if let hash = rest.firstIndex(of: "#") {
                fragment = Self.decoded(String(rest[rest.index(after: hash)...]))
                rest = rest[..<hash]
            }
            if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
            if fragment?.hasPrefix("tab/") == true || (rest.isEmpty && fragment == nil) {
                self = .unchecked
                return
            }
            self = .relative(path: Self.decoded(String(rest)), fragment: fragment.flatMap { $0.isEmpty ? nil : $0 }, usesBackslashes: usesBackslashes)
        }
    }

    /// `scheme:` at the start, as RFC 3986 spells a scheme (`https:`, `mailto:`), but not a Windows
    /// drive letter alone.
    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard scheme.count > 1, let first = scheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return scheme.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
    }

    /// A docs-site path (`/en-us/graph/api/resources/user`) as a reference page, or ``unchecked``.
    private static func docsSitePage(path: String, query: [URLQueryItem]?, fragment: String?) -> LinkDestination {
        var components = path.split(separator: "/").map { $0.lowercased() }
        // An optional locale first: `en-us`, `zh-cn`.
        if let first = components.first, first.count == 5, first.dropFirst(2).first == "-" { components.removeFirst() }
        guard components.count >= 3, components[0] == "graph", components[1] == "api" else { return .unchecked }
        let page = components.dropFirst(2)
        guard page.count == 1 || (page.count == 2 && page.first == "resources") else { return .unchecked }
        let view = query?.first { $0.name.lowercased() == "view" }?.value?.lowercased()
        let version: String? = switch view {
        case "graph-rest-1.0": "v1.0"
        case "graph-rest-beta": "beta"
        default: nil
        }
        let name = page.count == 1 ? "api/" + page[page.startIndex] : "resources/" + page[page.index(after: page.startIndex)]
        return .docsSite(page: name, version: version, fragment: fragment.flatMap { $0.isEmpty ? nil : $0 })
    }

    private static func decoded(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "%")) ? text.removingPercentEncoding ?? text : text
    }
}
