/// One HTTP header line of an example.
public struct HttpHeader: Codable, Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// An example request or response from a page's code block.
public struct HttpMessage: Codable, Hashable, Sendable {
    /// For requests: the method and URL of the first line.
    public var method: String?
    public var url: String?
    /// For responses: the status code of the `HTTP/1.1 201 Created` line.
    public var status: Int?
    public var headers: [HttpHeader]
    /// The body parsed as JSON (leniently when strict parsing failed), or `nil` when there is no JSON body.
    public var body: JSONValue?
    /// The body exactly as written.
    public var bodyText: String
    /// Whether the body is valid JSON by RFC 8259 (the lenient parse may still have produced ``body``).
    public var bodyIsValidJSON: Bool
    /// Where the body text starts in the page (so JSON errors map to the `.md` file).
    public var bodySource: SourceLocation?
    /// The example's annotation says the payload is shortened.
    public var truncated: Bool
    /// The type the annotation names (`microsoft.graph.phoneAuthenticationMethod`), as written.
    public var odataType: String?
    public var isCollection: Bool
    /// The example's name from its annotation (`create_phoneauthenticationmethod_from_authentication`).
    public var name: String?
    /// The annotation's other keys (sampleKeys, scopes, ...), kept for tools that need them.
    public var annotation: JSONValue?
    /// The code block's first line.
    public var source: SourceLocation
    /// The request or status line, where findings about the URL or the status belong (`nil` for a
    /// block that holds only a body).
    public var lineSource: SourceLocation?

    public init(
        method: String? = nil, url: String? = nil, status: Int? = nil, headers: [HttpHeader] = [],
        body: JSONValue? = nil, bodyText: String = "", bodyIsValidJSON: Bool = true, bodySource: SourceLocation? = nil,
        truncated: Bool = false, odataType: String? = nil, isCollection: Bool = false, name: String? = nil,
        annotation: JSONValue? = nil, source: SourceLocation, lineSource: SourceLocation? = nil
    ) {
        self.method = method
        self.url = url
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyText = bodyText
        self.bodyIsValidJSON = bodyIsValidJSON
        self.bodySource = bodySource
        self.truncated = truncated
        self.odataType = odataType
        self.isCollection = isCollection
        self.name = name
        self.annotation = annotation
        self.source = source
        self.lineSource = lineSource
    }

    public var isRequest: Bool { method != nil }

    /// The value of the first header with this name (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// A request and, where the page shows one, its response.
public struct Example: Codable, Hashable, Sendable {
    /// The request's annotation name, or a name derived from the page and position.
    public var name: String
    public var request: HttpMessage?
    public var response: HttpMessage?

    public init(name: String, request: HttpMessage?, response: HttpMessage?) {
        self.name = name
        self.request = request
        self.response = response
    }
}
