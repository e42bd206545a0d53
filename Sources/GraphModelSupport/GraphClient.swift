import Foundation
import HTTPTypes

/// Sends ``GraphRequest``s through a ``GraphTransport`` and decodes their answers.
///
/// Every request goes under ``serviceRoot`` with the client's ``headerFields`` (the request's own
/// fields win) and, when an `authorization` closure is given, `Authorization: Bearer <token>` with
/// the token it returns, asked for each request so it can refresh.
public struct GraphClient: Sendable {
    /// The root requests' paths go under, version included (`https://graph.microsoft.com/v1.0`).
    public let serviceRoot: URL
    /// What carries the requests: a ``URLSessionTransport``, or one of the caller's.
    public let transport: any GraphTransport
    /// Header fields every request carries (`ConsistencyLevel`, `Prefer`, a `User-Agent`, ...).
    public var headerFields: HTTPFields
    private let authorization: (@Sendable () async throws -> String)?

    /// - Parameter authorization: returns an access token; it is sent as `Authorization: Bearer <token>`
    ///   unless the request sets `Authorization` itself.
    public init(
        serviceRoot: URL = URL(string: "https://graph.microsoft.com/v1.0")!, transport: some GraphTransport,
        headerFields: HTTPFields = [:], authorization: (@Sendable () async throws -> String)? = nil
    ) {
        self.serviceRoot = serviceRoot
        self.transport = transport
        self.headerFields = headerFields
        self.authorization = authorization
    }

    /// Sends `request` and decodes its answer (see ``GraphRequest/decodeResponse(_:body:)``).
    /// Throws the request's ``GraphRequest/buildError`` without sending anything when it has one.
    public func send<Response, Options>(_ request: GraphRequest<Response, Options>) async throws -> Response {
        try await sendReturningResponse(request).value
    }

    /// Sends `request` like ``send(_:)`` and returns the decoded value with the answer's status and
    /// header fields (`Location` of a created item, `ETag`, ...).
    public func sendReturningResponse<Response, Options>(_ request: GraphRequest<Response, Options>) async throws
        -> (value: Response, response: HTTPResponse)
    {
        if let buildError = request.buildError { throw buildError }
        let body = try request.encodedBody()
        let (response, data) = try await perform(request.httpRequest(serviceRoot: serviceRoot), body: body)
        return (try request.decodeResponse(response, body: data), response)
    }

    /// Every page of a collection: the request's answer, then each `@odata.nextLink` in turn (an
    /// absolute URL on the service root's scheme, host and port, sent as it is with the request's
    /// header fields) until a page has none.
    /// The sequence sends nothing until iterated, and ends after the first error it throws.
    public func pages<Element, Options>(_ request: GraphRequest<GraphCollectionPage<Element>, Options>)
        -> GraphPages<Element>
    {
        let linkFields = Self.linkHeaderFields(of: request.headerFields)
        return GraphPages(first: { try await send(request) }, following: { link in
            try await follow(link, headerFields: linkFields, as: GraphCollectionPage<Element>.self)
        })
    }

    /// One delta round: the request's pages up to the last, which hands out the `@odata.deltaLink`
    /// the next round starts from (``deltaRound(from:of:headerFields:)``). Throws
    /// ``GraphClientError/missingDeltaLink`` when the last page has none.
    public func deltaRound<Element, Options>(_ request: GraphRequest<GraphCollectionPage<Element>, Options>)
        async throws -> GraphDeltaRound<Element>
    {
        try await GraphDeltaRound(collecting: pages(request))
    }

    /// The next delta round, from the `@odata.deltaLink` an earlier round handed out: the changes
    /// since then, and the link for the round after.
    public func deltaRound<Element>(
        from deltaLink: String, of elementType: Element.Type, headerFields: HTTPFields = [:]
    ) async throws -> GraphDeltaRound<Element> {
        let follow: @Sendable (String) async throws -> GraphCollectionPage<Element> = { link in
            try await self.follow(link, headerFields: headerFields, as: GraphCollectionPage<Element>.self)
        }
        return try await GraphDeltaRound(collecting: GraphPages(first: { try await follow(deltaLink) }, following: follow))
    }

    /// A `GET` of a link the service handed out, decoded like any answer.
    private func follow<Page: Decodable>(_ link: String, headerFields: HTTPFields, as type: Page.Type) async throws
        -> Page
    {
        guard let request = HTTPRequest(gettingLink: link, headerFields: headerFields) else {
            throw GraphClientError.invalidLink(link)
        }
        // The token goes with every request: a link elsewhere would hand it to another server.
        guard ServiceRoot.origin(scheme: request.scheme, authority: request.authority) == ServiceRoot(serviceRoot).origin
        else { throw GraphClientError.linkToAnotherOrigin(link) }
        let (response, data) = try await perform(request, body: nil)
        return try GraphResponseDecoding.decode(Page.self, response, body: data)
    }

    /// Adds the client's header fields and authorization, then sends.
    private func perform(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        var request = request
        var fields = headerFields
        var replaced = Set<HTTPField.Name>()
        for field in request.headerFields where replaced.insert(field.name).inserted {
            fields[fields: field.name] = request.headerFields[fields: field.name]
        }
        if let authorization, fields[.authorization] == nil {
            fields[.authorization] = "Bearer " + (try await authorization())
        }
        request.headerFields = fields
        return try await transport.send(request, body: body)
    }

    /// The request's header fields minus those describing its body: what a link's `GET` carries.
    private static func linkHeaderFields(of fields: HTTPFields) -> HTTPFields {
        var fields = fields
        fields[fields: .contentType] = []
        return fields
    }
}
