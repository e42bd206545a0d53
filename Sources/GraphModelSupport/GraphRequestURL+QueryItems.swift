import Foundation

extension GraphRequestURL {
    /// The query of an example URL as items, in order (see ``GraphQueryItem/items(ofQuery:readingPlusAsSpace:)``).
    /// A `+` stays a plus: documentation writes URLs for people, so
    /// `startDateTime=2024-01-01T00:00:00+02:00` means the plus.
    public var queryItems: [GraphQueryItem] {
        GraphQueryItem.items(ofQuery: query ?? "", readingPlusAsSpace: false)
    }
}

extension GraphQueryItem {
    /// The items of an encoded query string (without `?`): split at `&` and at the first `=` of
    /// each pair, then percent-decoded. A server reads `+` as a space (`readingPlusAsSpace`); a
    /// person writing a URL means a plus.
    public static func items(ofQuery query: some StringProtocol, readingPlusAsSpace: Bool) -> [GraphQueryItem] {
        func decoded(_ text: Substring) -> String {
            let text = readingPlusAsSpace ? text.replacingOccurrences(of: "+", with: " ") : String(text)
            return text.removingPercentEncoding ?? text
        }
        return String(query).split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return GraphQueryItem(name: decoded(parts[0]), value: parts.count > 1 ? decoded(parts[1]) : "")
        }
    }
}
