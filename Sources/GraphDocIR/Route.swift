/// One `METHOD path` line of a page's "HTTP request" section.
public struct Route: Codable, Hashable, Sendable {
    public var method: String
    /// The path as written, from the first `/` (or the first non-space after the method) to the end of the line.
    public var path: String
    public var source: SourceLocation

    public init(method: String, path: String, source: SourceLocation) {
        self.method = method
        self.path = path
        self.source = source
    }
}

/// The request body an operation documents.
public struct RequestBody: Codable, Hashable, Sendable {
    /// The type the prose names ("supply a JSON representation of a [x](x.md) object").
    public var type: TypeReference?
    /// The request-body table, in page order.
    public var properties: [Property]
    /// Properties the page says must be present.
    public var required: [String]
    /// Properties the page says must not be sent (read-only).
    public var readOnly: [String]

    public init(type: TypeReference? = nil, properties: [Property] = [], required: [String] = [], readOnly: [String] = []) {
        self.type = type
        self.properties = properties
        self.required = required
        self.readOnly = readOnly
    }

    enum CodingKeys: String, CodingKey { case type, properties, required, readOnly }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(properties, forKey: .properties)
        try c.encode(required, forKey: .required)
        try c.encode(readOnly, forKey: .readOnly)
    }
}

/// A documented response: the success status and the type of its body.
public struct ResponseDescription: Codable, Hashable, Sendable {
    public var status: Int
    public var type: TypeReference?
    public var source: SourceLocation?

    public init(status: Int, type: TypeReference? = nil, source: SourceLocation? = nil) {
        self.status = status
        self.type = type
        self.source = source
    }

    enum CodingKeys: String, CodingKey { case status, type, source }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status)
        try c.encode(type, forKey: .type)
        try c.encodeIfPresent(source, forKey: .source)
    }
}
