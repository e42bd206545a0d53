import HTTPTypes

/// Why a request could not be sent or its answer not read, when the service did not say why
/// (what it says comes as ``GraphError``).
public enum GraphClientError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The request cannot be built: its template is unreadable or the arguments do not fit its
    /// placeholders. Thrown before anything is sent.
    case invalidRequest(template: String, reason: String)
    /// A status outside 200..<300 whose body is not a Graph error object; `body` is its text.
    case unexpectedStatus(HTTPResponse.Status, body: String)
    /// A success whose body does not decode as the expected type.
    case undecodableResponse(status: HTTPResponse.Status, type: String, reason: String)
    /// An `@odata.nextLink` or `@odata.deltaLink` that is not an absolute http(s) URL.
    case invalidLink(String)
    /// An `@odata.nextLink` or `@odata.deltaLink` to another scheme, host or port than the service
    /// root: not followed, since the request would carry the client's token there.
    case linkToAnotherOrigin(String)
    /// A URL that `URLRequest` cannot hold.
    case invalidURL(String)
    /// A page named itself as its next page; following it would never end.
    case repeatedNextLink(String)
    /// The last page of a delta round has no `@odata.deltaLink` to start the next round from.
    case missingDeltaLink
    /// The transport got an answer that is not HTTP.
    case notHTTPResponse(url: String)

    public var description: String {
        switch self {
        case .invalidRequest(let template, let reason): "cannot build a request for '\(template)': \(reason)"
        case .unexpectedStatus(let status, let body):
            "unexpected status \(status.statusLine)" + (body.isEmpty ? "" : ": \(body.prefix(500))")
        case .undecodableResponse(let status, let type, let reason):
            "the \(status.statusLine) answer does not decode as \(type): \(reason)"
        case .invalidLink(let link): "expected an absolute http(s) URL as the link, found '\(link)'"
        case .linkToAnotherOrigin(let link): "expected a link under the service root's host, found '\(link)'"
        case .invalidURL(let url): "'\(url)' is not a valid URL"
        case .repeatedNextLink(let link): "the page at '\(link)' names itself as its next page"
        case .missingDeltaLink: "expected an @odata.deltaLink on the last page of the delta round, found none"
        case .notHTTPResponse(let url): "the answer from '\(url)' is not an HTTP response"
        }
    }
}

extension HTTPResponse.Status {
    /// `404 Not Found`, or `404` when the answer gave no reason phrase.
    var statusLine: String { reasonPhrase.isEmpty ? "\(code)" : "\(code) \(reasonPhrase)" }
}
