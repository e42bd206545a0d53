import HTTPTypes

extension HTTPRequest {
    /// A `GET` of an absolute link the service handed out (`@odata.nextLink`, `@odata.deltaLink`),
    /// sent as it is: path and query keep their bytes, escapes included; only bytes no URL may hold
    /// (space, controls, non-ASCII, `"<>\^`{|}`) are percent-encoded, and a fragment is dropped.
    /// `nil` when the link is not an absolute `http` or `https` URL.
    init?(gettingLink link: String, headerFields: HTTPFields) {
        guard let schemeEnd = link.range(of: "://") else { return nil }
        let scheme = link[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "https" || scheme == "http" else { return nil }
        let rest = link[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard !authority.isEmpty else { return nil }
        var target = rest[authorityEnd...]
        if let fragment = target.firstIndex(of: "#") { target = target[..<fragment] }
        let path = (target.hasPrefix("/") ? "" : "/") + PercentEncoding.encode(target, keeping: Self.isURLByte)
        self.init(method: .get, scheme: scheme, authority: String(authority), path: path, headerFields: headerFields)
    }

    /// Printable ASCII that may appear in a URL (RFC 3986 reserved, unreserved and `%`).
    private static func isURLByte(_ byte: UInt8) -> Bool {
        guard byte > 0x20, byte < 0x7F else { return false }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
            UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return false
        default: return true
        }
    }
}
