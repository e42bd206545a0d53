/// A generated file of Swift Testing tests: the examples of one operation (and of its translated
/// pages) checked against the generated models. Every decision is made here; the
/// `example-tests` template only lays the values out.
public struct ExampleTestFileViewModel: Hashable, Sendable {
    /// The test suite's type name (`AddPhonemethodsExampleTests`).
    public var swiftName: String
    /// `@Suite` display name, as a Swift literal.
    public var suiteNameLiteral: String
    public var docLines: [String]
    /// The operation descriptor (`GraphModels.Operations.AddPhonemethods`).
    public var operationType: String
    public var examples: [ExampleTestCaseViewModel]
}

/// The tests of one example: its request and, when it has one, its response.
public struct ExampleTestCaseViewModel: Hashable, Sendable {
    /// `create_phoneauthenticationmethod_from_ (zh-CN) at docs-input/...:84`, for a comment.
    public var summary: String
    public var request: [ExampleMessageTestViewModel]
    public var response: [ExampleMessageTestViewModel]
    /// The request sent and answered end to end, when the example has both and its URL is a route's.
    public var exchange: [ExampleExchangeTestViewModel] = []
}

/// The test of one example message (a request or a response).
public struct ExampleMessageTestViewModel: Hashable, Sendable {
    /// The test function's name (`createPhoneauthenticationmethodFromRequest`).
    public var functionName: String
    /// `@Test` display name, as a Swift literal.
    public var displayNameLiteral: String
    /// The body's lines as raw literals; empty when the message has no JSON body.
    public var bodyLines: [String]
    public var hasBody: Bool
    /// The request's method, URL and documented routes, for the route check (requests only).
    public var route: [RouteCheckViewModel]
    /// The status check (responses with a documented success status only).
    public var status: [StatusCheckViewModel]
    /// The strict JSON check, emitted when the body is not valid JSON.
    public var strictJSON: [CheckViewModel]
    /// The text that is decoded: `text` itself, or a lenient reading of it (`lenientLines`).
    public var decodesLenientText: Bool
    public var lenientLines: [String]
    /// Whether the tolerant JSON5 grammar is needed to read `text`.
    public var json5: Bool
    /// Decoding, round trip and validation; absent when there is no body or no documented type.
    public var decode: [DecodeCheckViewModel]
    /// The `$ref` body check (requests on a `$ref` route).
    public var reference: [CheckViewModel]
    /// The collection-page check, emitted when the page states a collection but the body is one
    /// object (which is then decoded as that object).
    public var collectionPage: [CheckViewModel] = []
    /// Whether a check compares with the parsed body (decode or reference).
    /// (Stored, since templates read view models by reflection; set by ``finish()``.)
    public var usesOriginal = false
    /// The route, status and strict-JSON checks as laid out, before the body is read (set by ``finish()``).
    public var leadingChecks: [ExpectationViewModel] = []
    /// The `$ref` and collection-page checks as laid out, on the parsed body (set by ``finish()``).
    public var bodyChecks: [ExpectationViewModel] = []

    /// Sets the values derived from the others.
    mutating func finish() {
        usesOriginal = hasBody && !(decode.isEmpty && reference.isEmpty && collectionPage.isEmpty)
        leadingChecks =
            route.map {
                ExpectationViewModel(
                    comment: "The URL addresses a route the page documents for this method.",
                    expression: "#expect(GraphModelSupport.ExampleCheck.routeMatches(method: \($0.methodLiteral), url: \($0.urlLiteral), routes: \($0.routesExpression)))",
                    knownIssue: $0.knownIssue)
            }
            + status.map {
                ExpectationViewModel(
                    comment: "The status is the one the page states.",
                    expression: "#expect(\($0.exampleStatus) == Operation.operation.successStatus)", knownIssue: $0.knownIssue)
            }
            + strictJSON.map {
                ExpectationViewModel(
                    comment: "The body is JSON (RFC 8259).",
                    expression: "#expect(throws: Never.self) { try GraphModelSupport.StrictJSON.check(text) }", knownIssue: $0.knownIssue)
            }
        bodyChecks =
            reference.map {
                ExpectationViewModel(
                    comment: "A `$ref` route takes a reference (`@odata.id`), not an object.",
                    expression: "#expect(GraphModelSupport.ExampleCheck.isReference(original))", knownIssue: $0.knownIssue)
            }
            + collectionPage.map {
                ExpectationViewModel(
                    comment: "The page states a collection: a page of items under `value`.",
                    expression: "#expect(GraphModelSupport.ExampleCheck.isCollectionPage(original))", knownIssue: $0.knownIssue)
            }
    }
}

/// One expectation as laid out in a test: a comment line, the `#expect` statement, and the known
/// issue that wraps it when lint predicts it fails.
public struct ExpectationViewModel: Hashable, Sendable {
    public var comment: String
    public var expression: String
    public var knownIssue: [KnownIssueViewModel]
}

/// Matching the request URL against documented routes.
public struct RouteCheckViewModel: Hashable, Sendable {
    public var methodLiteral: String
    public var urlLiteral: String
    /// `Operation.operation.routes`, or a literal list of a translated page's own routes.
    public var routesExpression: String
    public var knownIssue: [KnownIssueViewModel]
}

/// Comparing the example's status with the documented one.
public struct StatusCheckViewModel: Hashable, Sendable {
    public var exampleStatus: Int
    public var knownIssue: [KnownIssueViewModel]
}

/// An expectation that may be wrapped in `withKnownIssue`.
public struct CheckViewModel: Hashable, Sendable {
    public var knownIssue: [KnownIssueViewModel]
}

/// Decoding a body into its documented Swift type, re-encoding it, and validating it.
public struct DecodeCheckViewModel: Hashable, Sendable {
    /// The Swift type decoded (`Operation.RequestBody`, `GraphModelSupport.GraphCollectionPage<ItemPhone>`).
    public var decodedType: String
    /// The expression listing validation issues of `decoded` (`Operation.validateRequest(decoded)`).
    public var validationExpression: String
    /// One check per known documentation defect that shows up in validation.
    public var predictedIssues: [PredictedIssueViewModel]
    /// The patterns of all predicted issues, as a Swift array literal.
    public var predictedPatternsLiteral: String
    /// The derived type `@odata.type` selects, read from the decoded base value with `as(_:)`.
    public var polymorphic: [PolymorphicCheckViewModel]
}

/// One predicted validation issue: a known issue that stops being one the day the page is fixed.
public struct PredictedIssueViewModel: Hashable, Sendable {
    /// `GraphModelSupport.ExampleCheck.IssuePattern("phoneType", .value)`.
    public var patternLiteral: String
    public var knownIssue: KnownIssueViewModel
}

/// Reading the decoded base value as the derived type its `@odata.type` names.
public struct PolymorphicCheckViewModel: Hashable, Sendable {
    public var derivedType: String
    public var odataTypeLiteral: String
}

/// The comment of a `withKnownIssue`: `"<rule-id> at <file>:<line>: <message>"` (several joined).
public struct KnownIssueViewModel: Hashable, Sendable {
    public var commentLiteral: String
}

/// An example sent end to end: the request built through the route's function goes through the
/// URLSession transport to a server on this machine that answers with the page's response; the test
/// checks that the server received the page's request (method, path, query, body) and that the
/// answer decodes as the operation's response type.
public struct ExampleExchangeTestViewModel: Hashable, Sendable {
    public var functionName: String = ""
    public var displayNameLiteral: String
    public var requestBodyLines: [String]
    public var hasRequestBody: Bool
    /// `GraphModelTesting.CannedResponse...` for the page's response.
    public var cannedResponse: String
    public var responseBodyLines: [String]
    public var hasResponseBody: Bool
    /// `GraphModels.Operations.Event.get(eventId: "AAMk")`.
    public var callExpression: String
    /// Query options the example adds to what the function writes.
    public var queryCalls: [QueryCallViewModel]
    public var methodLiteral: String
    /// The example's URL, which the received request is compared with.
    public var urlLiteral: String
}
