import Foundation

/// A documented Graph operation as data: enough to build a `URLRequest`, no networking.
public struct GraphOperation: Hashable, Sendable {
    /// The documentation page's id (`authentication-post-phonemethods`).
    public var id: String
    /// The page title (`Create phoneAuthenticationMethod`).
    public var title: String
    /// `v1.0` or `beta` when the page says.
    public var apiVersion: String?
    /// Every documented route (Graph often lists `/me/...` and `/users/{id}/...`).
    public var routes: [GraphRoute]
    /// The Swift type name of the request body, if any.
    public var requestBodyType: String?
    /// The Swift type name of the success response body, if any.
    public var responseType: String?
    /// Whether the response body is a collection of ``responseType``.
    public var responseIsCollection: Bool
    /// The documented success status.
    public var successStatus: Int
    /// Parameters the page's tables state outside the body: function, query and path parameters.
    public var parameters: [GraphOperationParameter]

    public init(
        id: String, title: String, apiVersion: String?, routes: [GraphRoute], requestBodyType: String?,
        responseType: String?, responseIsCollection: Bool = false, successStatus: Int,
        parameters: [GraphOperationParameter] = []
    ) {
        self.id = id
        self.title = title
        self.apiVersion = apiVersion
        self.routes = routes
        self.requestBodyType = requestBodyType
        self.responseType = responseType
        self.responseIsCollection = responseIsCollection
        self.successStatus = successStatus
        self.parameters = parameters
    }

    /// The query string for the query parameters among `values`, in documented order and
    /// percent-encoded (`?startDateTime=2024-01-01T00:00:00Z&endDateTime=...`); empty when `values`
    /// holds none of them.
    public func query(_ values: [String: String]) -> String {
        let pairs = parameters.filter { $0.location == .query }.compactMap { parameter -> String? in
            guard let value = values[parameter.name] else { return nil }
            return Self.encoded(parameter.name) + "=" + Self.encoded(value)
        }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    /// The names of the parameters the documentation calls required that `values` lacks.
    public func missingRequiredParameters(in values: [String: String]) -> [String] {
        parameters.filter { $0.isRequired && values[$0.name] == nil }.map(\.name)
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: queryValueAllowed) ?? text
    }

    private static let queryValueAllowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.remove(charactersIn: "&=+#")
        return set
    }()
}

/// A parameter of an operation stated outside its body: an argument of the function call in the URL,
/// a query-string parameter, or a path parameter.
public struct GraphOperationParameter: Hashable, Sendable {
    /// Where the value goes in the request.
    public enum Location: String, Hashable, Sendable {
        case function, query, path
    }

    /// The name as the request writes it (`startDateTime`, `$deltatoken`).
    public var name: String
    public var location: Location
    /// The Swift type the value has (`Swift.String`, `GraphModelSupport.DateTimeOffset`).
    public var type: String
    /// Whether the documentation calls the parameter required.
    public var isRequired: Bool

    public init(name: String, location: Location, type: String = "Swift.String", isRequired: Bool = false) {
        self.name = name
        self.location = location
        self.type = type
        self.isRequired = isRequired
    }
}

/// One `METHOD /path/{param}` line of an operation.
public struct GraphRoute: Hashable, Sendable {
    /// `GET`, `POST`, `PATCH`, `PUT` or `DELETE`.
    public var method: String
    /// The path as documented, parameters in braces (`/users/{id | userPrincipalName}/photo`).
    public var template: String
    /// The parameters in order of appearance.
    public var parameters: [GraphRouteParameter]

    public init(method: String, template: String, parameters: [GraphRouteParameter]) {
        self.method = method
        self.template = template
        self.parameters = parameters
    }

    /// The template with each `{parameter}` replaced by its percent-encoded value; `nil` when a
    /// value is missing.
    public func path(_ values: [String: String]) -> String? {
        var result = template
        for parameter in parameters {
            guard let value = values[parameter.name] else { return nil }
            let encoded = value.addingPercentEncoding(withAllowedCharacters: Self.segmentAllowed) ?? value
            result = result.replacingOccurrences(of: "{\(parameter.placeholder)}", with: encoded)
        }
        return result
    }

    /// The template with each `{parameter}` present in `values` replaced by its percent-encoded
    /// value (missing ones stay as written); what generated typed `path(...)` functions return.
    public func expanded(_ values: [String: String]) -> String {
        var result = template
        for parameter in parameters {
            guard let value = values[parameter.name] else { continue }
            let encoded = value.addingPercentEncoding(withAllowedCharacters: Self.segmentAllowed) ?? value
            result = result.replacingOccurrences(of: "{\(parameter.placeholder)}", with: encoded)
        }
        return result
    }

    /// The full URL under a service root such as `https://graph.microsoft.com/v1.0`; `nil` when
    /// a parameter value is missing.
    public func url(serviceRoot: URL, _ values: [String: String]) -> URL? {
        guard let path = path(values) else { return nil }
        var root = serviceRoot.absoluteString
        while root.hasSuffix("/") { root.removeLast() }
        return URL(string: root + (path.hasPrefix("/") ? path : "/" + path))
    }

    private static let segmentAllowed: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "/?#")
        return set
    }()
}

/// A `{...}` placeholder of a route.
public struct GraphRouteParameter: Hashable, Sendable {
    /// The name used in ``GraphRoute/path(_:)`` (`id`).
    public var name: String
    /// The braces' content as written (`id | userPrincipalName`).
    public var placeholder: String
    /// The Swift type the value has (`String` unless the docs say otherwise).
    public var type: String

    public init(name: String, placeholder: String, type: String = "String") {
        self.name = name
        self.placeholder = placeholder
        self.type = type
    }
}

/// A generated operation: a namespace that names its descriptor and body types.
public protocol GraphOperationDescriptor {
    associatedtype RequestBody: Sendable
    associatedtype ResponseBody: Sendable
    static var operation: GraphOperation { get }
    /// Every issue of `body` as a request of this operation: `.request` checks required and
    /// read-only members, `.update` (a PATCH body) read-only members only.
    static func validateRequest(_ body: RequestBody, context: ValidationContext) -> [ValidationIssue]
}

extension GraphOperationDescriptor {
    /// Every issue of `body` as a request that creates or acts (required and read-only members included).
    public static func validateRequest(_ body: RequestBody) -> [ValidationIssue] {
        validateRequest(body, context: .request)
    }
}

/// The body type of an operation that sends or returns none.
public struct NoBody: Codable, Hashable, Sendable, Validatable {
    public init() {}
    public func validate(context: ValidationContext) -> [ValidationIssue] { [] }
}
