import Foundation

/// A service root split into what `HTTPRequest` takes.
struct ServiceRoot {
    var scheme: String
    var authority: String
    /// The root's path without a trailing `/` (`/v1.0`), or empty.
    var path: String

    init(_ url: URL) {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: true)
        scheme = components?.scheme ?? "https"
        var host = components?.percentEncodedHost ?? ""
        if host.contains(":"), !host.hasPrefix("[") { host = "[\(host)]" }
        authority = host + (components?.port.map { ":\($0)" } ?? "")
        path = components?.percentEncodedPath ?? ""
        while path.hasSuffix("/") { path.removeLast() }
    }

    /// Where requests under this root go, as ``origin(scheme:authority:)`` spells it.
    var origin: String { Self.origin(scheme: scheme, authority: authority) }

    /// `https://graph.microsoft.com`: scheme and authority lower-cased and the scheme's default
    /// port dropped, so two spellings of one origin compare equal.
    static func origin(scheme: String?, authority: String?) -> String {
        let scheme = (scheme ?? "").lowercased()
        var authority = (authority ?? "").lowercased()
        let defaultPort = scheme == "https" ? ":443" : scheme == "http" ? ":80" : nil
        if let defaultPort, authority.hasSuffix(defaultPort) { authority.removeLast(defaultPort.count) }
        return scheme + "://" + authority
    }
}
