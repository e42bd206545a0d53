import Foundation
import GraphModelSupport

/// A request ``LoopbackGraphServer`` received, as it came: method, target, header fields, body.
public struct ReceivedRequest: Hashable, Sendable {
    /// `GET`, `POST`, ...
    public var method: String
    /// The path as sent, still percent-encoded (`/v1.0/users/a%2Fb/events`).
    public var path: String
    /// The query as sent, still encoded, without `?`; `nil` when the target has no `?`.
    public var rawQuery: String?
    /// The header fields in the order they came.
    public var headerFields: [HeaderField]
    /// The body bytes (after undoing chunked transfer coding).
    public var body: Data

    public init(method: String, path: String, rawQuery: String?, headerFields: [HeaderField], body: Data) {
        self.method = method
        self.path = path
        self.rawQuery = rawQuery
        self.headerFields = headerFields
        self.body = body
    }

    /// The first value of the header field `name` (compared case-insensitively).
    public func header(_ name: String) -> String? {
        headerFields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The body as UTF-8 text.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The body as JSON, or `nil` when it is empty or not JSON; compare it with an example's body
    /// whatever the key order and spacing.
    public var bodyJSON: JSONValue? {
        body.isEmpty ? nil : try? JSONDecoder().decode(JSONValue.self, from: body)
    }

    /// The path's segments percent-decoded, without a leading version (`v1.0`, `beta`): what
    /// ``GraphRequestURL/pathSegments`` gives for a documented example URL, so a test can check that
    /// the request sent is the example's.
    public var pathSegments: [String] { GraphRequestURL(path).pathSegments }

    /// The query decoded as a server reads it: pairs split at `&` and `=`, `+` read as a space,
    /// then percent-decoded. A value that was sent as a literal `+` therefore comes out as a space.
    public var queryItems: [GraphQueryItem] {
        GraphQueryItem.items(ofQuery: rawQuery ?? "", readingPlusAsSpace: true)
    }

    /// The value of the first query item named `name`, decoded as ``queryItems`` are.
    public func queryValue(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }
}
