import Foundation

extension GraphRequestURL {
    /// The query of an example URL as items, in order: split at `&` and the first `=`, then
    /// percent-decoded. A `+` stays a plus: documentation writes URLs for people, so
    /// `startDateTime=2024-01-01T00:00:00+02:00` means the plus.
    public var queryItems: [GraphQueryItem] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String { String(text).removingPercentEncoding ?? String(text) }
            return GraphQueryItem(name: decoded(parts[0]), value: parts.count > 1 ? decoded(parts[1]) : "")
        }
    }
}
