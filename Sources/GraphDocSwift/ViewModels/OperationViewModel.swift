/// A generated operation: its descriptor (route data, body types, request validation) and one
/// request function per documented route, in its resource's namespace inside `Operations`.
public struct OperationViewModel: Hashable, Sendable {
    public var access: String
    /// The resource namespace inside `Operations` (`Event`).
    public var namespace: String
    /// The descriptor's type name in the namespace (`TentativelyAccept`).
    public var swiftName: String
    public var docLines: [String]
    public var idLiteral: String
    public var titleLiteral: String
    /// `"beta"`, `"v1.0"` or `nil`, as Swift source.
    public var apiVersionLiteral: String
    public var routes: [RouteViewModel]
    /// The request body type (`PhoneAuthenticationMethod`, `RequestBody`, `GraphModelSupport.NoBody`).
    public var requestBodyType: String
    /// The Swift name of the request body type as a literal, or `nil`.
    public var requestBodyTypeLiteral: String
    /// An anonymous request body declared inside the operation, when the page gives a table only.
    public var requestBodyStruct: [StructViewModel]
    public var responseBodyType: String
    public var responseTypeLiteral: String
    public var responseIsCollection: Bool
    public var successStatus: Int
    /// Whether every route is a PATCH: the body is an update, and `validateRequest(_:)` checks it as one.
    public var isUpdate: Bool
    /// Members this operation requires or forbids beyond what the body type checks itself.
    public var requestChecks: [RequestCheckViewModel]
    /// Function, query and path parameters the page's tables state.
    public var operationParameters: [OperationParameterViewModel]
    public var hasOperationParameters: Bool
    /// One function per route that can be called (`Operations.Event.tentativelyAccept(eventId:body:)`).
    public var requestFunctions: [RequestFunctionViewModel]
}

/// One parameter of an operation outside its body, as `GraphOperationParameter` arguments.
public struct OperationParameterViewModel: Hashable, Sendable {
    public var nameLiteral: String
    /// `function`, `query` or `path`.
    public var location: String
    /// The Swift type as a string literal (`"GraphModelSupport.DateTimeOffset"`).
    public var typeLiteral: String
    public var isRequired: Bool
}

/// One route line of an operation, as `GraphRoute` data.
public struct RouteViewModel: Hashable, Sendable {
    public var methodLiteral: String
    public var templateLiteral: String
    public var parameters: [RouteParameterViewModel]
    public var hasParameters: Bool
}

/// One `{placeholder}` of a route, as `GraphRouteParameter` arguments.
public struct RouteParameterViewModel: Hashable, Sendable {
    /// The Swift parameter name the request function gives it (`calendarId`), as a literal.
    public var nameLiteral: String
    public var placeholderLiteral: String
    public var typeLiteral: String
}

/// A static function that builds the request of one route of an operation.
public struct RequestFunctionViewModel: Hashable, Sendable {
    /// The route's position in the operation's routes.
    public var routeIndex: Int
    /// `tentativelyAccept`, escaped where needed.
    public var name: String
    /// The doc line: the route and the descriptor it builds a request of, as comment text.
    public var summary: String
    /// `- Parameter eventId: ...` lines.
    public var parameterDocs: [String]
    public var hasParameterDocs: Bool
    /// `eventId: Swift.String, body: TentativelyAccept.RequestBody`.
    public var parameterList: String
    /// `GraphModelSupport.GraphRequest<TentativelyAccept.ResponseBody, GraphModelSupport.NoQueryOptions>`.
    public var returnType: String
    /// The `HTTPRequest.Method` member (`post`).
    public var method: String
    /// The path template as a literal.
    public var templateLiteral: String
    /// The path placeholders' values in order (`userId, calendarId`).
    public var arguments: String
    /// `, body: body`, or empty.
    public var bodyArgument: String
    public var successStatus: Int
    /// `.query(...)` calls for the query options the route writes and the parameters the page documents.
    public var queryCalls: [QueryCallViewModel]
}

/// A query option a request function adds.
public struct QueryCallViewModel: Hashable, Sendable {
    public var nameLiteral: String
    /// A `String?` expression (`startDateTime`, `"2021-01-01"`, `[...].joined()`).
    public var valueExpression: String
}

/// A check the operation adds on top of its body type's own validation (a member this operation
/// requires or forbids).
public struct RequestCheckViewModel: Hashable, Sendable {
    /// `required` or `readOnly` (the `Validator` method).
    public var method: String
    public var swiftName: String
    public var jsonNameLiteral: String
}
