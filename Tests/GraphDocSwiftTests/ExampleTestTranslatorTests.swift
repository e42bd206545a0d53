import Foundation
import GraphDocIR
@testable import GraphDocSwift
import Testing

/// The view model of generated example tests: which checks each example gets, and which lint
/// findings become known issues where.
@Suite struct ExampleTestTranslatorTests {
    static func files() throws -> [ExampleTestFileViewModel] {
        let translator = SwiftModelTranslator(model: Fixtures.exampleModel, options: GeneratorOptions())
        return ExampleTestTranslator(translator: translator, findings: Fixtures.exampleFindings).translate()
            .map { $0.value as! ExampleTestFileViewModel }
    }

    static func file(_ name: String) throws -> ExampleTestFileViewModel {
        try #require(try files().first { $0.swiftName == name })
    }

    @Test func oneFilePerOperationWithExamples() throws {
        #expect(try Self.files().map(\.swiftName) == [
            "AuthenticationAddPhoneMethodExampleTests", "AuthenticationCreatePhoneMethodExampleTests", "UserListPhonesExampleTests",
        ])
        let file = try Self.file("AuthenticationCreatePhoneMethodExampleTests")
        #expect(file.operationType == "GraphModels.Operations.Authentication.CreatePhoneMethod")
        // English first, then the translated page's examples, function names unique.
        let names = file.examples.flatMap { $0.request + $0.response }.map(\.functionName)
        #expect(names == [
            "createPhoneRequest", "createPhoneResponse", "errorExampleRequest", "errorExampleResponse",
            "zhCNCreatePhoneRequest", "zhCNTruncatedRequest",
        ])
    }

    @Test func validationFindingsBecomeOneKnownIssueEachByPathAndKind() throws {
        let request = try Self.file("AuthenticationCreatePhoneMethodExampleTests").examples[0].request[0]
        let decode = try #require(request.decode.first)
        #expect(decode.decodedType == "Operation.RequestBody")
        #expect(decode.validationExpression == "Operation.validateRequest(decoded)")
        #expect(decode.predictedIssues.map(\.patternLiteral) == [
            #"GraphModelSupport.ExampleCheck.IssuePattern("phoneType", .value)"#,
            #"GraphModelSupport.ExampleCheck.IssuePattern("smsSignInState", .readOnly)"#,
        ])
        #expect(decode.predictedIssues[0].knownIssue.commentLiteral.hasPrefix(
            #""example-placeholder-value at docs-input/en-us/beta/api/authentication-post-phonemethods.md:82: "#))
        // The finding whose subject names another example is not this one's, and TODO text is no check's.
        #expect(!decode.predictedPatternsLiteral.contains("phoneNumber"))
        #expect(request.route.first?.knownIssue == [])
        #expect(request.route.first?.routesExpression == "Operation.operation.routes")
        #expect(request.strictJSON.isEmpty && !request.json5 && request.usesOriginal)
    }

    @Test func responsesCheckStatusAndDecodeTheDocumentedType() throws {
        let file = try Self.file("AuthenticationCreatePhoneMethodExampleTests")
        let created = file.examples[0].response[0]
        #expect(created.status.map(\.exampleStatus) == [201])
        #expect(created.decode.first?.decodedType == "Operation.ResponseBody")
        #expect(created.decode.first?.validationExpression == "decoded.validate(context: .response)")
        // An error example is not the documented type: no decode, no status comparison.
        let error = file.examples[1].response[0]
        #expect(error.status.isEmpty && error.decode.isEmpty && !error.usesOriginal && error.hasBody)
    }

    @Test func invalidJSONIsAKnownIssueAndStillDecoded() throws {
        let file = try Self.file("AuthenticationCreatePhoneMethodExampleTests")
        let trailingComma = file.examples[2].request[0]
        #expect(trailingComma.strictJSON.first?.knownIssue.first?.commentLiteral.contains("example-json-invalid at docs-input/zh-cn/") == true)
        #expect(trailingComma.json5 && !trailingComma.decodesLenientText)
        // A translated page's own routes.
        #expect(trailingComma.route.first?.routesExpression
            == #"[GraphModelSupport.GraphRoute(method: "POST", template: "/me/authentication/phoneMethods", parameters: [])]"#)
        // `...` is not even JSON5: graphdoc's lenient reading is decoded instead.
        let truncated = file.examples[3].request[0]
        #expect(!truncated.json5 && truncated.decodesLenientText)
        #expect(truncated.lenientLines == ["#\"{\"#", "#\"  \"phoneType\" : \"mobile\"\"#", "#\"}\"#"])
        #expect(truncated.strictJSON.first?.knownIssue.first?.commentLiteral.contains(":105:") == true)
    }

    @Test func referenceRoutesAndUnmatchedURLs() throws {
        let request = try Self.file("AuthenticationAddPhoneMethodExampleTests").examples[0].request[0]
        #expect(request.route.first?.knownIssue.first?.commentLiteral.hasPrefix(#""route-example-unmatched at "#) == true)
        #expect(request.reference.first?.knownIssue.first?.commentLiteral.hasPrefix(#""route-ref-with-object-body at "#) == true)
        let response = try Self.file("AuthenticationAddPhoneMethodExampleTests").examples[0].response[0]
        #expect(response.status.map(\.exampleStatus) == [204] && !response.hasBody && response.decode.isEmpty)
        #expect(response.status.first?.knownIssue.first?.commentLiteral.hasPrefix(#""example-status-mismatch at "#) == true)
    }

    @Test func pagesWithoutReadableRoutes() throws {
        func listRequest(routes: [Route], findings: [Diagnostic]) throws -> ExampleMessageTestViewModel {
            var model = Fixtures.exampleModel
            let index = try #require(model.operations.firstIndex { !$0.routes.isEmpty && $0.examples.first?.request?.body == nil })
            model.operations[index].routes = routes
            let translator = SwiftModelTranslator(model: model, options: GeneratorOptions())
            let files = ExampleTestTranslator(translator: translator, findings: Fixtures.exampleFindings + findings).translate()
                .map { $0.value as! ExampleTestFileViewModel }
            return try #require(files.first { $0.swiftName == "UserListPhonesExampleTests" }?.examples.first?.request.first)
        }
        // No route: nothing to match (lint reports the missing section instead).
        #expect(try listRequest(routes: [], findings: []).route.isEmpty)
        // Every route unreadable: the route check fails for the reason lint gives on the route lines.
        let broken = Route(method: "GET", path: "/me/profile/phones(", source: Fixtures.at(Fixtures.api, 20))
        let malformed = Diagnostic(.routeMalformed, "route cannot be read", at: broken.source, subject: "GET /me/profile/phones(")
        let request = try listRequest(routes: [broken], findings: [malformed])
        #expect(request.route.first?.knownIssue.first?.commentLiteral.hasPrefix(#""route-malformed at "#) == true)
        // One readable route left: matching decides, and lint's example findings predict it.
        let readable = Route(method: "GET", path: "/me/profile/phones", source: Fixtures.at(Fixtures.api, 21))
        #expect(try listRequest(routes: [broken, readable], findings: [malformed]).route.first?.knownIssue == [])
    }

    /// Bodies shaped unlike the documented single entity are decoded as lint reads them.
    @Test func singleEntityResponsesWrappedOrListedUnderValue() throws {
        func created(_ body: String) throws -> DecodeCheckViewModel? {
            var model = Fixtures.exampleModel
            model.operations[0].examples[0].response?.body = Fixtures.parse(body)
            let translator = SwiftModelTranslator(model: model, options: GeneratorOptions())
            let files = ExampleTestTranslator(translator: translator, findings: []).translate().map { $0.value as! ExampleTestFileViewModel }
            return files.first { $0.swiftName == "AuthenticationCreatePhoneMethodExampleTests" }?.examples[0].response[0].decode.first
        }
        #expect(try created(#"{"@odata.context": "x", "value": {"id": "1"}}"#)?.decodedType
            == "GraphModelSupport.GraphValueWrapper<GraphModels.PhoneAuthenticationMethod>")
        #expect(try created(#"{"value": [{"id": "1"}]}"#)?.decodedType
            == "GraphModelSupport.GraphCollectionPage<GraphModels.PhoneAuthenticationMethod>")
        // Another member beside `value` means the body is not a wrapper.
        #expect(try created(#"{"id": "1", "value": {"id": "1"}}"#)?.decodedType == "Operation.ResponseBody")
    }

    /// A response the page states as a collection but shows as one object: the object is decoded as
    /// what it is, and the contradiction is a check of its own that lint's finding predicts.
    @Test func aSingleObjectWhereTheProseStatesACollection() throws {
        var model = Fixtures.exampleModel
        let index = try #require(model.operations.firstIndex { $0.id == "user-list-phones" })
        model.operations[index].examples[0].response?.body = Fixtures.parse(#"{"id": "1", "phoneNumber": "+1 5555551234"}"#)
        let response = try #require(model.operations[index].examples[0].response)
        let finding = Diagnostic(.exampleResponseNotCollection, "one object", at: response.source, subject: "\(model.operations[index].examples[0].name)/response")
        let translator = SwiftModelTranslator(model: model, options: GeneratorOptions())
        let files = ExampleTestTranslator(translator: translator, findings: [finding]).translate().map { $0.value as! ExampleTestFileViewModel }
        let test = try #require(files.first { $0.swiftName == "UserListPhonesExampleTests" }?.examples[0].response[0])
        #expect(test.collectionPage.first?.knownIssue.first?.commentLiteral.hasPrefix(#""example-response-not-collection at "#) == true)
        #expect(test.decode.first?.decodedType == "GraphModels.PhoneAuthenticationMethod")
        #expect(test.usesOriginal)
        // A collection page gets no such check.
        #expect(try Self.file("UserListPhonesExampleTests").examples[0].response[0].collectionPage.isEmpty)
    }

    /// The derived-type check is made only for an `@odata.type` the runtime selects: the exact
    /// qualified name, not another namespace or case.
    @Test func polymorphicChecksNeedTheExactQualifiedName() throws {
        let translator = SwiftModelTranslator(model: Fixtures.exampleModel, options: GeneratorOptions())
        let tests = ExampleTestTranslator(translator: translator, findings: [])
        func check(_ written: String) -> PolymorphicCheckViewModel? {
            tests.polymorphicCheck(base: "authenticationMethod", body: .object([JSONMember(key: "@odata.type", value: .string(written))]))
        }
        #expect(check("#microsoft.graph.phoneAuthenticationMethod")?.derivedType == "GraphModels.PhoneAuthenticationMethod")
        #expect(check("microsoft.graph.phoneAuthenticationMethod")?.odataTypeLiteral == #""microsoft.graph.phoneAuthenticationMethod""#)
        #expect(check("#Microsoft.OutlookServices.PhoneAuthenticationMethod") == nil)
        #expect(check("#microsoft.graph.PhoneAuthenticationMethod") == nil)
    }

    /// A request body of a derived type is validated through the derived value as well, so the
    /// derived type's own members are checked.
    @Test func derivedRequestBodiesAreValidatedAsTheDerivedType() throws {
        var model = Fixtures.exampleModel
        model.operations[0].requestBody?.type = TypeReference(name: "authenticationMethod")
        model.operations[0].examples[0].request?.body = Fixtures.parse(##"{"@odata.type": "#microsoft.graph.phoneAuthenticationMethod", "phoneNumber": "+1 5555551234"}"##)
        let translator = SwiftModelTranslator(model: model, options: GeneratorOptions())
        let files = ExampleTestTranslator(translator: translator, findings: []).translate().map { $0.value as! ExampleTestFileViewModel }
        let decode = try #require(files.first { $0.swiftName == "AuthenticationCreatePhoneMethodExampleTests" }?.examples[0].request[0].decode.first)
        #expect(decode.polymorphic.first?.derivedType == "GraphModels.PhoneAuthenticationMethod")
        #expect(decode.validationExpression
            == "GraphModelSupport.ExampleCheck.union(Operation.validateRequest(decoded), polymorphic.validate(context: .request))")
    }

    /// A finding under a key the decoded type does not document is lint's alone: the models keep that
    /// value as JSON, so no validation issue is expected there.
    @Test func findingsUnderUndocumentedKeysPredictNoValidationIssue() throws {
        let translator = SwiftModelTranslator(model: Fixtures.exampleModel, options: GeneratorOptions())
        let request = try #require(Fixtures.exampleModel.operations[0].examples[0].request)
        let hidden = Diagnostic(
            .examplePropertyTypeMismatch, "inside an undocumented key", at: SourceLocation(file: request.source.file, line: request.source.line + 2, column: 1),
            subject: "create_phone/request/assignments.6463a5ce-2119-4198-9f2a-628761df4a62.assignedDateTime")
        let files = ExampleTestTranslator(translator: translator, findings: Fixtures.exampleFindings + [hidden]).translate()
            .map { $0.value as! ExampleTestFileViewModel }
        let decode = try #require(files.first { $0.swiftName == "AuthenticationCreatePhoneMethodExampleTests" }?.examples[0].request[0].decode.first)
        #expect(decode.predictedIssues.map(\.patternLiteral) == [
            #"GraphModelSupport.ExampleCheck.IssuePattern("phoneType", .value)"#,
            #"GraphModelSupport.ExampleCheck.IssuePattern("smsSignInState", .readOnly)"#,
        ])
        let tests = ExampleTestTranslator(translator: translator, findings: [])
        #expect(tests.isObservable("value[0].phoneNumber", root: "phoneAuthenticationMethod", wrapped: true))
        #expect(!tests.isObservable("value[0].phoneNumber", root: "phoneAuthenticationMethod"))
        #expect(tests.isObservable("[1].phoneNumber", root: "phoneAuthenticationMethod"))
        #expect(tests.isObservable("phoneNumber", root: "authenticationMethod"))
        #expect(!tests.isObservable("phoneNumber.x", root: "phoneAuthenticationMethod"))
        // A body read against the request-body table: its rows, then their types' members.
        let table = [Fixtures.property("note", "String"), Fixtures.property("method", "phoneAuthenticationMethod")]
        #expect(tests.isObservable("note", root: nil, table: table))
        #expect(tests.isObservable("method.phoneNumber", root: nil, table: table))
        #expect(!tests.isObservable("underline", root: nil, table: table))
    }

    @Test func patchBodiesAreValidatedAsUpdates() throws {
        var model = Fixtures.exampleModel
        model.operations[0].examples[0].request?.method = "PATCH"
        let translator = SwiftModelTranslator(model: model, options: GeneratorOptions())
        let files = ExampleTestTranslator(translator: translator, findings: []).translate().map { $0.value as! ExampleTestFileViewModel }
        let request = files.first { $0.swiftName == "AuthenticationCreatePhoneMethodExampleTests" }?.examples[0].request[0]
        #expect(request?.decode.first?.validationExpression == "Operation.validateRequest(decoded, context: .update)")
    }

    @Test func collectionsDecodeThroughValue() throws {
        let response = try Self.file("UserListPhonesExampleTests").examples[0].response[0]
        #expect(response.decode.first?.decodedType == "GraphModelSupport.GraphCollectionPage<GraphModels.PhoneAuthenticationMethod>")
        let request = try Self.file("UserListPhonesExampleTests").examples[0].request[0]
        #expect(!request.hasBody && request.decode.isEmpty && request.route.count == 1)
    }

    /// A response annotated with a type derived from the documented one (place-list's rooms, whose
    /// items carry no `@odata.type`) is decoded as the annotated type; an annotation that names a
    /// type outside the documented one's descendants does not replace it.
    @Test func annotatedDerivedResponseTypesNarrowTheDocumentedType() throws {
        func decodedType(documented: String, annotated: String) throws -> String? {
            var model = Fixtures.exampleModel
            model.operations[1].responses = [ResponseDescription(status: 200, type: TypeReference(name: documented, collection: true))]
            model.operations[1].examples[0].response?.odataType = annotated
            model.operations[1].examples[0].response?.body = Fixtures.parse(#"{"value": [{"id": "1", "phoneType": "mobile"}]}"#)
            let translator = SwiftModelTranslator(model: model, options: GeneratorOptions())
            let files = ExampleTestTranslator(translator: translator, findings: []).translate().map { $0.value as! ExampleTestFileViewModel }
            return files.first { $0.swiftName == "UserListPhonesExampleTests" }?.examples[0].response[0].decode.first?.decodedType
        }
        let derived = try decodedType(documented: "authenticationMethod", annotated: "microsoft.graph.phoneAuthenticationMethod")
        #expect(derived == "GraphModelSupport.GraphCollectionPage<GraphModels.PhoneAuthenticationMethod>")
        // An ancestor, or the documented type itself, leaves the documented type.
        let ancestor = try decodedType(documented: "phoneAuthenticationMethod", annotated: "microsoft.graph.authenticationMethod")
        #expect(ancestor == "GraphModelSupport.GraphCollectionPage<GraphModels.PhoneAuthenticationMethod>")
        let same = try decodedType(documented: "authenticationMethod", annotated: "microsoft.graph.authenticationMethod")
        #expect(same == "GraphModelSupport.GraphCollectionPage<GraphModels.AuthenticationMethod>")
    }

    /// A page of a derived type is still a page of the documented type: the example is sent end to
    /// end and decoded as the operation's response type.
    @Test func aDerivedAnswerIsStillSentEndToEnd() throws {
        var model = Fixtures.exampleModel
        model.operations[1].responses = [ResponseDescription(status: 200, type: TypeReference(name: "authenticationMethod", collection: true))]
        model.operations[1].examples[0].response?.odataType = "microsoft.graph.phoneAuthenticationMethod"
        model.operations[1].examples[0].response?.body = Fixtures.parse(#"{"value": [{"id": "1", "phoneType": "mobile"}]}"#)
        // The fixture's required query parameter is not in its example URL, and its body table has no
        // body in the example: no request could be built from it as it is.
        model.operations[1].parameters = []
        model.operations[1].requestBody = nil
        let translator = SwiftModelTranslator(model: model, options: GeneratorOptions())
        let files = ExampleTestTranslator(translator: translator, findings: []).translate().map { $0.value as! ExampleTestFileViewModel }
        let example = try #require(files.first { $0.swiftName == "UserListPhonesExampleTests" }?.examples[0])
        #expect(example.response[0].decode.first?.decodedType == "GraphModelSupport.GraphCollectionPage<GraphModels.PhoneAuthenticationMethod>")
        #expect(example.exchange.count == 1)
    }

    @Test func findingsAreMatchedByLocationAndSubject() {
        let findings = ExampleFindings(findings: Fixtures.exampleFindings, model: Fixtures.exampleModel)
        let example = Fixtures.exampleModel.operations[0].examples[0]
        #expect(findings.findings(for: example.request!, exampleName: "create_phone").map(\.line) == [82, 83])
        #expect(findings.findings(for: example.response!, exampleName: "create_phone").isEmpty)
        #expect(ExampleFindings.path(of: Diagnostic(.exampleEnumValueUnknown, "", at: Fixtures.at("a", 1), subject: "x/response/value[0].type=foo"), exampleName: "x") == "value[0].type")
        // A JSON defect of an unnamed example carries its URL as subject: the location decides.
        let request = example.request!
        let json = Diagnostic(
            .exampleJSONInvalid, "trailing text", at: SourceLocation(file: request.source.file, line: request.source.line + 1, column: 1),
            subject: "https://graph.microsoft.com/v1.0/me/authentication/phoneMethods:trailingText")
        let withJSON = ExampleFindings(findings: Fixtures.exampleFindings + [json], model: Fixtures.exampleModel)
        #expect(withJSON.findings(for: request, exampleName: "create_phone").contains(json))
    }

    /// The rendered file for the fixture, compared with `Tests/Golden/example-tests/`.
    @Test func matchesGolden() throws {
        let generator = SwiftGenerator(templates: try TemplateSet())
        let files = try generator.generateExampleTests(Fixtures.exampleModel, findings: Fixtures.exampleFindings)
        let dir = GoldenTests.goldenRoot + "/example-tests"
        if ProcessInfo.processInfo.environment["GRAPHDOC_UPDATE_GOLDEN"] != nil {
            try OutputWriter(outputDirectory: dir).write(files)
        }
        let plan = try OutputWriter(outputDirectory: dir).plan(files)
        #expect(plan.changes.isEmpty, "golden differs: \(plan.changes)")
        #expect(try generator.generateExampleTests(Fixtures.exampleModel, findings: Fixtures.exampleFindings.reversed()) == files)
    }
}

/// A finding lint predicts is expected of the models only where they validate: a derived type's
/// members at the body's level (the polymorphic check reads the body as its derived type), but not
/// inside a nested value, which the base struct keeps without checking, nor in a value of a type the
/// input does not define (kept as JSON).
@Suite struct ObservableFindingTests {
    @Test func derivedMembersAreObservableAtTheBodyLevelOnly() {
        let model = ApiModel(types: [
            TypeDefinition(name: "attachment", properties: [Fixtures.property("name", "String")], origin: .resource),
            TypeDefinition(name: "itemAttachment", baseType: "attachment", properties: [Fixtures.property("item", "outlookItem")], origin: .resource),
            TypeDefinition(name: "outlookItem", properties: [Fixtures.property("changeKey", "String")], origin: .resource),
            TypeDefinition(name: "event", baseType: "outlookItem", properties: [Fixtures.property("body", "itemBody")], origin: .resource),
            TypeDefinition(name: "itemBody", properties: [Fixtures.property("contentType", "String")], origin: .resource),
            TypeDefinition(name: "eventMessage", properties: [Fixtures.property("meetingMessageType", "meetingMessageType")], origin: .resource),
        ])
        let translator = ExampleTestTranslator(translator: SwiftModelTranslator(model: model, options: GeneratorOptions()), findings: [])
        #expect(translator.isObservable("item", root: "attachment"))
        #expect(translator.isObservable("item.changeKey", root: "attachment"))
        #expect(!translator.isObservable("item.body.contentType", root: "attachment"))
        #expect(!translator.isObservable("missing", root: "attachment"))
        // A member of a type the input does not define is kept as JSON and never validated.
        #expect(!translator.isObservable("meetingMessageType", root: "eventMessage"))
    }
}
