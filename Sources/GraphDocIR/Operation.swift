/// An API operation: one API page (with its translations), its routes, body, responses and examples.
public struct Operation: Codable, Hashable, Sendable {
    /// A stable id: the page's file name without extension (`authentication-post-phonemethods`).
    public var id: String
    public var title: String
    public var apiVersion: String?
    /// The page this operation was read from (the English page when there are translations).
    public var page: String
    public var routes: [Route]
    public var requestBody: RequestBody?
    /// Function, query and path parameters the page's tables state, in page order.
    public var parameters: [OperationParameter]
    public var responses: [ResponseDescription]
    public var examples: [Example]
    /// Translated pages of the same operation, with what they state.
    public var translations: [OperationTranslation]
    public var sources: [SourceLocation]

    public init(
        id: String, title: String, apiVersion: String?, page: String, routes: [Route] = [],
        requestBody: RequestBody? = nil, parameters: [OperationParameter] = [], responses: [ResponseDescription] = [], examples: [Example] = [],
        translations: [OperationTranslation] = [], sources: [SourceLocation] = []
    ) {
        self.id = id
        self.title = title
        self.apiVersion = apiVersion
        self.page = page
        self.routes = routes
        self.requestBody = requestBody
        self.parameters = parameters
        self.responses = responses
        self.examples = examples
        self.translations = translations
        self.sources = sources
    }

    /// The first documented success (2xx) response: what a successful call returns.
    public var successResponse: ResponseDescription? {
        responses.first { (200..<300).contains($0.status) }
    }

    enum CodingKeys: String, CodingKey {
        case id, title, apiVersion, page, routes, requestBody, parameters, responses, examples, translations, sources
    }

    /// Reads IR written before `parameters` existed as well: the field was added within formatVersion 1.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), title: try c.decode(String.self, forKey: .title),
            apiVersion: try c.decodeIfPresent(String.self, forKey: .apiVersion), page: try c.decode(String.self, forKey: .page),
            routes: try c.decode([Route].self, forKey: .routes),
            requestBody: try c.decodeIfPresent(RequestBody.self, forKey: .requestBody),
            parameters: try c.decodeIfPresent([OperationParameter].self, forKey: .parameters) ?? [],
            responses: try c.decode([ResponseDescription].self, forKey: .responses),
            examples: try c.decode([Example].self, forKey: .examples),
            translations: try c.decode([OperationTranslation].self, forKey: .translations),
            sources: try c.decode([SourceLocation].self, forKey: .sources))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(apiVersion, forKey: .apiVersion)
        try c.encode(page, forKey: .page)
        try c.encode(routes, forKey: .routes)
        try c.encode(requestBody, forKey: .requestBody)
        try c.encode(parameters, forKey: .parameters)
        try c.encode(responses, forKey: .responses)
        try c.encode(examples, forKey: .examples)
        try c.encode(translations, forKey: .translations)
        try c.encode(sources, forKey: .sources)
    }
}

/// What a translated page of an operation states, kept beside the English facts.
public struct OperationTranslation: Codable, Hashable, Sendable {
    public var locale: String
    public var page: String
    public var title: String
    public var routes: [Route]
    public var examples: [Example]

    public init(locale: String, page: String, title: String, routes: [Route], examples: [Example]) {
        self.locale = locale
        self.page = page
        self.title = title
        self.routes = routes
        self.examples = examples
    }
}
