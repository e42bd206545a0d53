/// A generated operation descriptor: a namespace in `Operations` naming its route data and body types.
public struct OperationViewModel: Hashable, Sendable {
    public var access: String
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
    /// Whether the body has its own `validate` (false for `NoBody` is fine too: it has one).
    public var requestChecks: [RequestCheckViewModel]
    /// Function, query and path parameters the page's tables state.
    public var operationParameters: [OperationParameterViewModel]
    public var hasOperationParameters: Bool
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

/// One route line of an operation.
public struct RouteViewModel: Hashable, Sendable {
    public var methodLiteral: String
    public var templateLiteral: String
    public var parameters: [RouteParameterViewModel]
    public var hasParameters: Bool
    /// Position in `operation.routes`.
    public var index: Int
    /// Whether this route gets a typed `path(...)` function (the first route of each parameter list does).
    public var emitsPathFunction: Bool
    /// The typed function's parameter list (`id: Swift.String`).
    public var pathFunctionParameters: String
    /// The dictionary literal passed to `expanded` (`["id": id]`, or `[:]`).
    public var pathFunctionArguments: String
    /// `POST /users/{id}/...`, for the doc comment.
    public var summary: String
}

/// One `{placeholder}` of a route.
public struct RouteParameterViewModel: Hashable, Sendable {
    public var nameLiteral: String
    public var placeholderLiteral: String
    public var typeLiteral: String
}

/// A check the operation adds on top of its body type's own validation (a member this operation
/// requires or forbids).
public struct RequestCheckViewModel: Hashable, Sendable {
    /// `required` or `readOnly` (the `Validator` method).
    public var method: String
    public var swiftName: String
    public var jsonNameLiteral: String
}
