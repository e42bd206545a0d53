import Foundation
import HTTPTypes

/// The error Graph answered with: the body's `error` object and the HTTP status it came with.
///
/// Graph writes `{"error": {"code": "...", "message": "...", "innerError": {"request-id": "...",
/// "date": "...", "client-request-id": "..."}, "details": [...]}}`. Members this type does not name
/// are kept in ``additionalProperties`` (and the inner error's in its own), so nothing the service
/// said is lost.
public struct GraphError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The HTTP status of the answer (`404 Not Found`).
    public var status: HTTPResponse.Status
    /// Graph's error code (`ErrorItemNotFound`, `Request_ResourceNotFound`).
    public var code: String
    /// The message for people.
    public var message: String
    /// What the error is about, when Graph says (a property name, for example).
    public var target: String?
    /// Further errors, for a request that failed for several reasons.
    public var details: [GraphErrorDetail]
    /// The service's diagnostics: request id, date, client request id.
    public var innerError: GraphInnerError?
    /// Members of the `error` object other than those above, as received.
    public var additionalProperties: [String: JSONValue]
    /// The answer's header fields (`Retry-After` on `429` and `503`, `request-id`, ...).
    public var headerFields: HTTPFields

    public init(
        status: HTTPResponse.Status, code: String, message: String, target: String? = nil,
        details: [GraphErrorDetail] = [], innerError: GraphInnerError? = nil,
        additionalProperties: [String: JSONValue] = [:], headerFields: HTTPFields = [:]
    ) {
        self.status = status
        self.headerFields = headerFields
        self.code = code
        self.message = message
        self.target = target
        self.details = details
        self.innerError = innerError
        self.additionalProperties = additionalProperties
    }

    /// The error an answer's body holds, or `nil` when the body is not a Graph error object
    /// (`{"error": {...}}` with at least a `code` or a `message`).
    public init?(status: HTTPResponse.Status, headerFields: HTTPFields = [:], body: Data) {
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: body), let error = envelope.error,
            error.code != nil || error.message != nil
        else { return nil }
        self.init(
            status: status, code: error.code ?? "", message: error.message ?? "", target: error.target,
            details: error.details, innerError: error.innerError, additionalProperties: error.additionalProperties,
            headerFields: headerFields)
    }

    /// How many seconds the service asks to wait before trying again (`Retry-After` in seconds, as
    /// Graph sends it when it throttles), when it says.
    public var retryAfterSeconds: Int? {
        headerFields[.retryAfter].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// `404 Not Found: ErrorItemNotFound: The specified object was not found in the store. (request-id ...)`
    public var description: String {
        var text = "\(status.statusLine): \(code): \(message)"
        if let requestId = innerError?.requestId { text += " (request-id \(requestId))" }
        return text
    }

    public var errorDescription: String? { description }

    /// `{"error": {...}}`; the error object is read leniently, member by member.
    private struct Envelope: Decodable {
        var error: ErrorObject?
    }

    private struct ErrorObject: Decodable {
        var code: String?
        var message: String?
        var target: String?
        var details: [GraphErrorDetail]
        var innerError: GraphInnerError?
        var additionalProperties: [String: JSONValue]

        init(from decoder: any Decoder) throws {
            var container = try ObjectDecodingContainer(decoder)
            code = container.decode("code")
            message = container.decode("message")
            target = container.decode("target")
            details = container.decode("details") ?? []
            // Graph spells it `innerError` in most answers and `innererror` in some.
            innerError = container.decode("innerError") ?? container.decode("innererror")
            additionalProperties = try container.remainingProperties()
        }
    }
}

/// One entry of a Graph error's `details`.
public struct GraphErrorDetail: Codable, Hashable, Sendable {
    public var code: String?
    public var message: String?
    public var target: String?

    public init(code: String? = nil, message: String? = nil, target: String? = nil) {
        self.code = code
        self.message = message
        self.target = target
    }
}

/// A Graph error's `innerError`: what support needs to find the request in the service's logs.
public struct GraphInnerError: Codable, Hashable, Sendable {
    /// `request-id`.
    public var requestId: String?
    /// `date`, as Graph wrote it (`2024-01-01T12:00:00`).
    public var date: String?
    /// `client-request-id`.
    public var clientRequestId: String?
    /// Every other member (`code`, a nested `innerError`, ...), as received.
    public var additionalProperties: [String: JSONValue]

    public init(
        requestId: String? = nil, date: String? = nil, clientRequestId: String? = nil,
        additionalProperties: [String: JSONValue] = [:]
    ) {
        self.requestId = requestId
        self.date = date
        self.clientRequestId = clientRequestId
        self.additionalProperties = additionalProperties
    }

    public init(from decoder: any Decoder) throws {
        var container = try ObjectDecodingContainer(decoder)
        requestId = container.decode("request-id")
        date = container.decode("date")
        clientRequestId = container.decode("client-request-id")
        additionalProperties = try container.remainingProperties()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = ObjectEncodingContainer(encoder)
        try container.encode(requestId, "request-id")
        try container.encode(date, "date")
        try container.encode(clientRequestId, "client-request-id")
        try container.encodeAdditionalProperties(additionalProperties)
    }
}
