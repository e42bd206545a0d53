import Foundation
import HTTPTypes

/// One request of a documented operation, ready to send: method, path, query, headers, body, and
/// the type its answer decodes as.
///
/// `Options` says which OData system query options the request takes (see ``GraphQueryOptions``);
/// the builders (`select`, `filter`, `top`, ...) exist only where they are allowed. Builders return
/// a changed copy, so a request reads as one expression:
///
/// ```swift
/// let request = GraphRequest<GraphCollectionPage<Event>, CollectionQueryOptions>(
///     method: .get, template: "/me/calendars/{id}/events", arguments: [calendarId], successStatus: 200)
///     .select("subject", "start").top(10)
/// ```
public struct GraphRequest<Response: Decodable & Sendable, Options: GraphQueryOptions>: Sendable {
    /// `GET`, `POST`, `PATCH`, `PUT`, `DELETE`.
    public let method: HTTPRequest.Method
    /// The route as documented (`/me/calendars/{id}/events`).
    public let template: String
    /// The route with its placeholders filled: percent-encoded, starting with `/`, without the
    /// version (the service root has it).
    public let path: String
    /// The query parameters in the order they were added, unencoded.
    public var queryItems: [GraphQueryItem]
    /// Header fields sent with this request (a JSON body adds `Content-Type: application/json`).
    public var headerFields: HTTPFields
    /// The documented success status. Any status in 200..<300 decodes as ``Response``.
    public let successStatus: Int
    /// Why this request cannot be sent, when its arguments do not fit the template: ``GraphClient``
    /// throws it instead of sending.
    public let buildError: GraphClientError?
    private let body: (any Encodable & Sendable)?

    /// A request without a body.
    ///
    /// `arguments` fill the template's `{...}` placeholders in order of appearance, the n-th
    /// placeholder taking `arguments[n]` whatever its name: `/me/calendars/{id}/events/{id}` takes
    /// two values. Each is percent-encoded for a path segment; a placeholder that opens the segment
    /// after one ending in `:` (`root:/{item-path}:`) is a drive item path and keeps its `/`; a value
    /// between quotes (`getSchedule(period='{period}')`) has each `'` doubled. A query string in the
    /// template becomes query items, its placeholders filled the same way (after the path's).
    public init(method: HTTPRequest.Method, template: String, arguments: [String], successStatus: Int) {
        self.init(method: method, template: template, arguments: arguments, anyBody: nil, successStatus: successStatus)
    }

    /// A request with a JSON body, encoded by ``encodedBody()`` when the request is sent.
    public init(
        method: HTTPRequest.Method, template: String, arguments: [String], body: some Encodable & Sendable,
        successStatus: Int
    ) {
        self.init(method: method, template: template, arguments: arguments, anyBody: body, successStatus: successStatus)
    }

    private init(
        method: HTTPRequest.Method, template: String, arguments: [String], anyBody: (any Encodable & Sendable)?,
        successStatus: Int
    ) {
        self.method = method
        self.template = template
        self.successStatus = successStatus
        self.body = anyBody
        do {
            let filled = try RouteTemplate.fill(template, with: arguments)
            path = filled.path
            queryItems = filled.queryItems
            buildError =
                filled.placeholderCount == arguments.count
                ? nil
                : .invalidRequest(
                    template: template,
                    reason: "expected \(filled.placeholderCount) argument(s) for its placeholders, found \(arguments.count)")
        } catch {
            path = "/" + PercentEncoding.encode(template.drop { $0 == "/" }, keeping: PercentEncoding.isPathLiteral)
            queryItems = []
            buildError = .invalidRequest(template: template, reason: error.description)
        }
        headerFields = [:]
        if anyBody != nil { headerFields[.contentType] = "application/json" }
    }

    /// Adds the query parameter `name=value` (a documented function or query parameter, or anything
    /// custom); a `nil` value adds nothing.
    public func query(_ name: String, _ value: String?) -> Self {
        guard let value else { return self }
        var copy = self
        copy.queryItems.append(GraphQueryItem(name: name, value: value))
        return copy
    }

    /// Adds the query parameter `name` with the value's text (`DateTimeOffset`, `Int32`, `Bool`, ...);
    /// a `nil` value adds nothing.
    public func query(_ name: String, _ value: (some CustomStringConvertible)?) -> Self {
        query(name, value.map(\.description))
    }

    /// Sets the header field `name` to `value`, replacing what it held.
    public func header(_ name: HTTPField.Name, _ value: String) -> Self {
        var copy = self
        copy.headerFields[name] = value
        return copy
    }

    /// The query string, `?` included, percent-encoded per RFC 3986 for the query component (`&`,
    /// `=`, `+`, `;`, `#` encoded, so `+02:00` arrives as a plus; `$`, `,`, `'`, `(`, `)` kept);
    /// empty when there is no query item.
    public var queryString: String {
        queryItems.isEmpty ? "" : "?" + queryItems.map(\.description).joined(separator: "&")
    }

    /// The HTTP request under a service root such as `https://graph.microsoft.com/v1.0`: the root's
    /// path, then ``path`` and ``queryString``.
    public func httpRequest(serviceRoot: URL) -> HTTPRequest {
        let root = ServiceRoot(serviceRoot)
        return HTTPRequest(
            method: method, scheme: root.scheme, authority: root.authority, path: root.path + path + queryString,
            headerFields: headerFields)
    }

    /// The body as JSON, or `nil` for a request without one.
    public func encodedBody() throws -> Data? {
        guard let body else { return nil }
        return try GraphJSON.encoder().encode(body)
    }

    /// Decodes an answer to this request: a status in 200..<300 decodes ``Response`` (``NoContent``
    /// reads nothing, `Data` is the body as is); any other status throws ``GraphError`` when the
    /// body is a Graph error object and ``GraphClientError/unexpectedStatus(_:body:)`` otherwise.
    public func decodeResponse(_ response: HTTPResponse, body: Data) throws -> Response {
        try GraphResponseDecoding.decode(Response.self, response, body: body)
    }
}

extension GraphRequest: CustomStringConvertible {
    /// `GET /me/events?$top=5`.
    public var description: String { "\(method.rawValue) \(path)\(queryString)" }
}
