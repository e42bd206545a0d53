// Written by scripts/embed-templates.sh from Templates/*.mustache. Do not edit: edit the template
// and run `make embed-templates`.

/// The text of every file in the package's `Templates/` folder, by name without `.mustache`.
enum BuiltInTemplates {
    static let sources: [String: String] = [
        "coding": ####"""
{{%CONTENT_TYPE: TEXT}}
{{access}} init(from decoder: any Swift.Decoder) throws {
    var container = try GraphModelSupport.ObjectDecodingContainer(decoder)
{{#properties}}
    self.{{swiftName}} = container.{{decodeMethod}}({{{jsonNameLiteral}}})
{{/properties}}
    self.additionalProperties = try container.remainingProperties()
}

{{access}} func encode(to encoder: any Swift.Encoder) throws {
    var container = GraphModelSupport.ObjectEncodingContainer(encoder)
{{#properties}}
    try container.{{encodeMethod}}(self.{{swiftName}}, {{{jsonNameLiteral}}})
{{/properties}}
    try container.encodeAdditionalProperties(self.additionalProperties)
}

"""####,
        "doc-comment": ####"""
{{%CONTENT_TYPE: TEXT}}
{{#docLines}}
{{.}}
{{/docLines}}

"""####,
        "example-exchange-test": ####"""
{{%CONTENT_TYPE: TEXT}}
@Test({{{displayNameLiteral}}})
func {{functionName}}() async throws {
{{#hasRequestBody}}
    let requestText = [
{{#requestBodyLines}}
        {{{.}}},
{{/requestBodyLines}}
    ].joined(separator: "\n")
    let requestBody = try GraphModelSupport.ExampleCheck.decode(Operation.RequestBody.self, from: requestText, json5: false)
{{/hasRequestBody}}
{{#hasResponseBody}}
    let responseText = [
{{#responseBodyLines}}
        {{{.}}},
{{/responseBodyLines}}
    ].joined(separator: "\n")
{{/hasResponseBody}}
    // A server on this machine answers with the page's response.
    let server = try GraphModelTesting.LoopbackGraphServer(responses: [{{{cannedResponse}}}])
    defer { server.stop() }
    // A GraphClient on the URLSession transport, with timeouts fit for a test.
    let client = server.client()
    // Built through the route's function, sent through URLSession, answered and decoded.
    let request = {{{callExpression}}}{{#queryCalls}}
        .query({{{nameLiteral}}}, {{{valueExpression}}}){{/queryCalls}}
    _ = try await client.send(request)
    // The server received the request the page shows: method, path, query and body.
    let received = try #require(server.requests.first)
    #expect(received.differences(fromExample: {{{methodLiteral}}}, url: {{{urlLiteral}}}{{#hasRequestBody}}, body: requestText{{/hasRequestBody}}) == [])
{{#hasRequestBody}}
    // And the body decodes to the value sent.
    #expect(try GraphModelSupport.ExampleCheck.decode(Operation.RequestBody.self, from: received.bodyText, json5: false) == requestBody)
{{/hasRequestBody}}
}

"""####,
        "example-message-test": ####"""
{{%CONTENT_TYPE: TEXT}}
@Test({{{displayNameLiteral}}})
func {{functionName}}() throws {
{{#hasBody}}
    let text = [
{{#bodyLines}}
        {{{.}}},
{{/bodyLines}}
    ].joined(separator: "\n")
{{/hasBody}}
{{#leadingChecks}}
{{>expectation}}
{{/leadingChecks}}
{{#decodesLenientText}}
    // Not JSON even for a JSON5 reader: what graphdoc read from it leniently.
    let json = [
{{#lenientLines}}
        {{{.}}},
{{/lenientLines}}
    ].joined(separator: "\n")
{{/decodesLenientText}}
{{^decodesLenientText}}
{{#hasBody}}
    let json = text
{{/hasBody}}
{{/decodesLenientText}}
{{#usesOriginal}}
    let original = try GraphModelSupport.ExampleCheck.json(json, json5: {{json5}})
{{/usesOriginal}}
{{^usesOriginal}}
{{#hasBody}}
    // Reads as JSON (there is no documented type to decode it into).
    _ = try GraphModelSupport.ExampleCheck.json(json, json5: {{json5}})
{{/hasBody}}
{{/usesOriginal}}
{{#bodyChecks}}
{{>expectation}}
{{/bodyChecks}}
{{#decode}}
    // Decodes as the documented type and re-encodes to the same JSON: nothing lost, nothing added.
    let decoded = try GraphModelSupport.ExampleCheck.decode({{decodedType}}.self, from: json, json5: {{json5}})
    #expect(try GraphModelSupport.ExampleCheck.roundTripDifferences(decoded, original).isEmpty)
{{#polymorphic}}
    // `@odata.type` names a derived type, which the base value reads as.
    let polymorphic = try #require(decoded.as({{derivedType}}.self))
    #expect(polymorphic.odataTypeNameOfValue == {{{odataTypeLiteral}}})
{{/polymorphic}}
    // Validates, except for what the page's known defects explain.
    let issues = {{{validationExpression}}}
{{#predictedIssues}}
    withKnownIssue({{{knownIssue.commentLiteral}}}) {
        #expect(GraphModelSupport.ExampleCheck.issues(issues, matching: {{{patternLiteral}}}).isEmpty)
    }
{{/predictedIssues}}
    let unexplained = GraphModelSupport.ExampleCheck.issues(issues, notMatching: {{{predictedPatternsLiteral}}})
    #expect(unexplained.isEmpty, "\(unexplained)")
{{/decode}}
}

"""####,
        "example-tests": ####"""
{{%CONTENT_TYPE: TEXT}}
{{#header}}
{{>file-header}}
{{/header}}
{{#body}}
{{>doc-comment}}
@Suite({{{suiteNameLiteral}}})
struct {{swiftName}} {
    typealias Operation = {{operationType}}
{{#examples}}

    // MARK: {{summary}}
{{#request}}

    {{>example-message-test}}
{{/request}}
{{#response}}

    {{>example-message-test}}
{{/response}}
{{#exchange}}

    {{>example-exchange-test}}
{{/exchange}}
{{/examples}}
}
{{/body}}

"""####,
        "expectation": ####"""
{{%CONTENT_TYPE: TEXT}}
    // {{comment}}
{{#knownIssue}}
    withKnownIssue({{{commentLiteral}}}) {
{{/knownIssue}}
    {{{expression}}}
{{#knownIssue}}
    }
{{/knownIssue}}

"""####,
        "file-header": ####"""
{{%CONTENT_TYPE: TEXT}}
{{headerLine}}
// Module: {{moduleName}}
// swift-format-ignore-file
// swiftlint:disable all

{{#imports}}
import {{.}}
{{/imports}}


"""####,
        "memberwise-init": ####"""
{{%CONTENT_TYPE: TEXT}}
/// Creates a value; every member is optional because Graph omits members freely.
{{access}} init(
{{#properties}}
    {{swiftName}}: {{declaredType}} = nil,
{{/properties}}
    additionalProperties: [Swift.String: GraphModelSupport.JSONValue] = [:]
) {
{{#properties}}
    self.{{swiftName}} = {{swiftName}}
{{/properties}}
    self.additionalProperties = additionalProperties
}

"""####,
        "open-enum-body": ####"""
{{%CONTENT_TYPE: TEXT}}
{{>doc-comment}}
{{access}} enum {{swiftName}}: {{conformance}} {
{{#cases}}
    {{>doc-comment}}
    case {{swiftName}}
{{/cases}}
    /// A value the documentation does not list, kept as received.
    case undocumented(Swift.String)

    {{access}} static let documentedCases: [Self] = [
    {{#cases}}
        .{{swiftName}},
    {{/cases}}
    ]

    {{access}} init(rawValue: Swift.String) {
        switch rawValue {
    {{#cases}}
        case {{{rawValueLiteral}}}: self = .{{swiftName}}
    {{/cases}}
        default: self = .undocumented(rawValue)
        }
    }

    {{access}} var rawValue: Swift.String {
        switch self {
    {{#cases}}
        case .{{swiftName}}: {{{rawValueLiteral}}}
    {{/cases}}
        case .undocumented(let value): value
        }
    }
}

"""####,
        "open-enum": ####"""
{{%CONTENT_TYPE: TEXT}}
{{#header}}
{{>file-header}}
{{/header}}
{{#body}}
{{#isNested}}
extension {{ownerSwiftName}} {
    {{>open-enum-body}}
}
{{/isNested}}
{{^isNested}}
{{>open-enum-body}}
{{/isNested}}
{{/body}}

"""####,
        "operation": ####"""
{{%CONTENT_TYPE: TEXT}}
{{#header}}
{{>file-header}}
{{/header}}
{{#body}}
extension Operations.{{namespace}} {
    {{>doc-comment}}
    {{access}} enum {{swiftName}}: GraphModelSupport.GraphOperationDescriptor {
        {{access}} typealias ResponseBody = {{responseBodyType}}
{{^requestBodyStruct}}
        {{access}} typealias RequestBody = {{requestBodyType}}
{{/requestBodyStruct}}
{{#requestBodyStruct}}

        {{>struct-body}}
{{/requestBodyStruct}}

        {{access}} static let operation = GraphModelSupport.GraphOperation(
            id: {{{idLiteral}}},
            title: {{{titleLiteral}}},
            apiVersion: {{{apiVersionLiteral}}},
            routes: [
{{#routes}}
                GraphModelSupport.GraphRoute(
                    method: {{{methodLiteral}}},
                    template: {{{templateLiteral}}},
{{^hasParameters}}
                    parameters: []
{{/hasParameters}}
{{#hasParameters}}
                    parameters: [
{{#parameters}}
                        GraphModelSupport.GraphRouteParameter(name: {{{nameLiteral}}}, placeholder: {{{placeholderLiteral}}}, type: {{{typeLiteral}}}),
{{/parameters}}
                    ]
{{/hasParameters}}
                ),
{{/routes}}
            ],
            requestBodyType: {{{requestBodyTypeLiteral}}},
            responseType: {{{responseTypeLiteral}}},
            responseIsCollection: {{responseIsCollection}},
            successStatus: {{successStatus}}{{#hasOperationParameters}},
            parameters: [
{{#operationParameters}}
                GraphModelSupport.GraphOperationParameter(name: {{{nameLiteral}}}, location: .{{location}}, type: {{{typeLiteral}}}, isRequired: {{isRequired}}),
{{/operationParameters}}
            ]{{/hasOperationParameters}}
        )

{{#isUpdate}}
        /// Every issue of `body` as this operation's request: an update, which sends only what changes.
        {{access}} static func validateRequest(_ body: RequestBody) -> [GraphModelSupport.ValidationIssue] {
            validateRequest(body, context: .update)
        }

{{/isUpdate}}
        /// Every issue of `body` as this operation's request (`.update` for a PATCH body).
        {{access}} static func validateRequest(_ body: RequestBody, context: GraphModelSupport.ValidationContext) -> [GraphModelSupport.ValidationIssue] {
            var validator = GraphModelSupport.Validator(context: context)
            validator.body(body)
{{#requestChecks}}
            validator.{{method}}(body.{{swiftName}}, {{{jsonNameLiteral}}})
{{/requestChecks}}
            return validator.issues
        }
    }
{{#requestFunctions}}

    /// {{{summary}}}
{{#hasParameterDocs}}
    ///
{{/hasParameterDocs}}
{{#parameterDocs}}
    /// {{{.}}}
{{/parameterDocs}}
    {{access}} static func {{name}}({{{parameterList}}}) -> {{{returnType}}} {
        GraphModelSupport.GraphRequest(method: .{{method}}, template: {{{templateLiteral}}}, arguments: [{{{arguments}}}]{{{bodyArgument}}}, successStatus: {{successStatus}}){{#queryCalls}}
            .query({{{nameLiteral}}}, {{{valueExpression}}}){{/queryCalls}}
    }
{{/requestFunctions}}
}
{{/body}}

"""####,
        "operations-namespace": ####"""
{{%CONTENT_TYPE: TEXT}}
{{#header}}
{{>file-header}}
{{/header}}
{{#body}}
/// The documented operations by the resource they act on: a descriptor type and request functions
/// for each (`Operations.Event.tentativelyAccept(eventId:body:)`).
{{access}} enum {{swiftName}} {
{{#namespaces}}
    /// The operations on `{{.}}` resources.
    {{access}} enum {{.}} {}
{{/namespaces}}
}
{{/body}}

"""####,
        "struct-body": ####"""
{{%CONTENT_TYPE: TEXT}}
{{>doc-comment}}
{{access}} struct {{swiftName}}: {{conformances}} {
    {{access}} static let odataTypeName = {{{odataTypeNameLiteral}}}
    {{access}} static let odataAncestorTypeNames: [Swift.String] = {{{odataAncestorTypeNamesLiteral}}}
{{#properties}}

    {{>doc-comment}}
    {{#isIndirect}}
    @GraphModelSupport.Indirect
    {{/isIndirect}}
    {{access}} var {{swiftName}}: {{declaredType}}
{{/properties}}

    /// Members the documentation does not list, and explicit `null`s: re-encoded as received.
    {{access}} var additionalProperties: [Swift.String: GraphModelSupport.JSONValue]

    {{>memberwise-init}}

    {{>coding}}

    {{>validator}}
}

"""####,
        "struct": ####"""
{{%CONTENT_TYPE: TEXT}}
{{#header}}
{{>file-header}}
{{/header}}
{{#body}}
{{>struct-body}}
{{/body}}

"""####,
        "validator": ####"""
{{%CONTENT_TYPE: TEXT}}
/// Every issue of this value: required and read-only members (in requests), enum members,
/// formats and the limits the documentation states.
{{access}} func validate(context: GraphModelSupport.ValidationContext) -> [GraphModelSupport.ValidationIssue] {
    var validator = GraphModelSupport.Validator(context: context)
{{#properties}}
{{#checksRequired}}
    validator.required(self.{{swiftName}}, {{{jsonNameLiteral}}})
{{/checksRequired}}
{{#checksReadOnly}}
    validator.readOnly(self.{{swiftName}}, {{{jsonNameLiteral}}})
{{/checksReadOnly}}
{{#checksNested}}
    validator.nested(self.{{swiftName}}, {{{jsonNameLiteral}}})
{{/checksNested}}
{{#maxLength}}
    validator.maxLength(self.{{swiftName}}, {{.}}, {{{jsonNameLiteral}}})
{{/maxLength}}
{{#patternLiteral}}
    validator.pattern(self.{{swiftName}}, {{{.}}}, {{{jsonNameLiteral}}})
{{/patternLiteral}}
{{#checksRange}}
    validator.range(self.{{swiftName}}, minimum: {{rangeMinimum}}, maximum: {{rangeMaximum}}, {{{jsonNameLiteral}}})
{{/checksRange}}
{{/properties}}
    validator.wrongTypes(self.additionalProperties, known: {{{knownKeysLiteral}}})
    return validator.issues
}

"""####,
    ]
}
