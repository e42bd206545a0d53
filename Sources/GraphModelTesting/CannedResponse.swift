import Foundation

/// An answer ``LoopbackGraphServer`` gives: status, header fields and body bytes, sent as they are
/// (the server adds `Content-Length` and `Connection: close`).
public struct CannedResponse: Hashable, Sendable {
    public var status: Int
    public var headerFields: [HeaderField]
    public var body: Data

    public init(status: Int, headerFields: [HeaderField] = [], body: Data = Data()) {
        self.status = status
        self.headerFields = headerFields
        self.body = body
    }

    /// A JSON answer (`Content-Type: application/json`), `text` sent as UTF-8.
    public static func json(_ text: String, status: Int = 200, headerFields: [HeaderField] = []) -> Self {
        Self(
            status: status, headerFields: [HeaderField(name: "Content-Type", value: "application/json")] + headerFields,
            body: Data(text.utf8))
    }

    /// A plain-text answer, as a proxy or a failing gateway might give.
    public static func text(_ text: String, status: Int, contentType: String = "text/plain") -> Self {
        Self(status: status, headerFields: [HeaderField(name: "Content-Type", value: contentType)], body: Data(text.utf8))
    }

    /// `204 No Content`.
    public static var noContent: Self { Self(status: 204) }

    /// A Graph error object (`{"error": {"code", "message", "innerError": {"request-id", "date"}}}`).
    public static func graphError(
        status: Int, code: String, message: String, requestId: String = "00000000-0000-0000-0000-000000000000",
        date: String = "2024-01-01T00:00:00"
    ) -> Self {
        let innerError: [String: String] = ["request-id": requestId, "date": date]
        let object: [String: Any] = ["error": ["code": code, "message": message, "innerError": innerError]]
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return Self(status: status, headerFields: [HeaderField(name: "Content-Type", value: "application/json")], body: body)
    }
}

/// One header field of a canned answer or a received request, as written on the wire.
public struct HeaderField: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
