import GraphDocIR
@testable import GraphDocSwift
import Testing

@Suite struct SwiftModelTranslatorTests {
    let translator: SwiftModelTranslator

    init() throws { translator = SwiftModelTranslator(model: Fixtures.phoneModel, options: GeneratorOptions()) }

    func structVM(_ name: String) throws -> StructViewModel {
        try #require(translator.translate().first { $0.path == "Models/\(name).swift" }?.value as? StructViewModel)
    }

    @Test func outputIsOneSortedFilePerConstruct() {
        #expect(translator.translate().map(\.path) == [
            "Enums/AuthenticationPhoneType.swift", "Enums/PhoneAuthenticationMethod.SmsSignInState.swift",
            "Models/AuthenticationMethod.swift",
            "Models/Entity.swift", "Models/PhoneAuthenticationMethod.swift",
            "Operations/Operations.Authentication.CreatePhoneMethod.swift", "Operations/Operations.User.ListPhones.swift",
            "Operations/Operations.swift",
        ])
    }

    @Test func inheritedPropertiesAreFlattenedIn() throws {
        let vm = try structVM("PhoneAuthenticationMethod")
        #expect(vm.properties.map(\.jsonName) == ["createdDateTime", "id", "phoneNumber", "phoneType", "smsSignInState"])
        #expect(vm.properties.map(\.declaredType) == [
            "GraphModelSupport.DateTimeOffset?", "Swift.String?", "Swift.String?", "AuthenticationPhoneType?",
            "PhoneAuthenticationMethod.SmsSignInState?",
        ])
        #expect(vm.odataTypeNameLiteral == "\"microsoft.graph.phoneAuthenticationMethod\"")
    }

    @Test func docLinesCarryTheDescriptionAndSource() throws {
        let vm = try structVM("PhoneAuthenticationMethod")
        #expect(vm.docLines == [
            "/// Represents a phone number registered to a user.", "/// It can be used for SMS and voice.", "///",
            "/// - Remark: Generated from docs-input/en-us/beta/resources/phoneauthenticationmethod.md:14",
        ])
    }

    /// A relationship only a route shows has no description; its doc comment says where it comes from.
    @Test func aRelationshipOnlyARouteShowsSaysSo() throws {
        var relationship = Fixtures.property("openShifts", "openShift", collection: true, line: 33, file: "api/openshift-list.md")
        relationship.origin = .route
        let model = ApiModel(types: [TypeDefinition(name: "schedule", relationships: [relationship], origin: .resource)])
        let vm = SwiftModelTranslator(model: model, options: GeneratorOptions()).structViewModel(for: model.types[0])
        #expect(vm.properties[0].docLines == [
            "/// Only a GET route shows this relationship; no table describes it.", "///",
            "/// - Remark: Generated from api/openshift-list.md:33",
        ])
    }

    @Test func validationFlagsFollowTheDocs() throws {
        let phone = try #require(try structVM("PhoneAuthenticationMethod").properties.first { $0.jsonName == "phoneNumber" })
        #expect(phone.checksRequired && !phone.checksReadOnly && !phone.checksNested)
        #expect(phone.maxLength == "32")
        #expect(phone.patternLiteral == "#\"\(Fixtures.phonePattern)\"#")
        let state = try #require(try structVM("PhoneAuthenticationMethod").properties.first { $0.jsonName == "smsSignInState" })
        #expect(state.checksReadOnly && state.checksNested)
    }

    @Test func nullablePropertiesUseTheThreeStateWrapper() throws {
        let model = ApiModel(types: [
            TypeDefinition(name: "x", properties: [Fixtures.property("note", "String", nullable: true)], origin: .resource)
        ])
        let vm = SwiftModelTranslator(model: model, options: GeneratorOptions()).structViewModel(for: model.types[0])
        #expect(vm.properties[0].declaredType == "GraphModelSupport.Nullable<Swift.String>?")
        #expect(vm.properties[0].decodeMethod == "decodeNullable")
    }

    /// `message.importance` (a request-body enum, nested as `Message.Importance`) would shadow the
    /// top-level `Importance` that `message`'s own `importance` property has, inside `Message`.
    @Test func propertyTypesShadowedByANestedEnumAreModuleQualified() throws {
        let model = ApiModel(
            types: [TypeDefinition(name: "message", properties: [
                Fixtures.property("importance", "importance", enumName: "importance"),
                Fixtures.property("history", "importance", collection: true, enumName: "importance"),
            ], origin: .resource)],
            enums: [
                EnumDefinition(name: "importance", members: [EnumMember(name: "low")], origin: .table),
                EnumDefinition(name: "message.importance", members: [EnumMember(name: "Low")], origin: .description, ownerType: "message", ownerProperty: "importance"),
            ])
        let vm = SwiftModelTranslator(model: model, options: GeneratorOptions(moduleName: "Models")).structViewModel(for: model.types[0])
        #expect(vm.properties.map(\.declaredType) == ["[Models.Importance]?", "Models.Importance?"])
    }

    /// An IR file may list a member twice (a plain translation's `建立` for two English names); Swift
    /// gets one case for it, since a second pattern for the same raw value is dead and warned about.
    @Test func aMemberListedTwiceIsOneCase() throws {
        let model = ApiModel(enums: [EnumDefinition(name: "callState", members: [
            EnumMember(name: "建立"), EnumMember(name: "hold"), EnumMember(name: "建立"),
        ], origin: .table)])
        let vm = SwiftModelTranslator(model: model, options: GeneratorOptions()).enumViewModel(for: model.enums[0])
        #expect(vm.cases.map(\.rawValueLiteral) == ["\"建立\"", "\"hold\""])
        #expect(vm.cases.map(\.swiftName) == ["value", "hold"])
    }

    @Test func selfReferencesAreStoredIndirectly() throws {
        let model = ApiModel(types: [
            TypeDefinition(name: "folder", properties: [
                Fixtures.property("parent", "folder"), Fixtures.property("children", "folder", collection: true),
                Fixtures.property("owner", "person"),
            ], origin: .resource),
            TypeDefinition(name: "person", properties: [Fixtures.property("home", "folder")], origin: .resource),
            TypeDefinition(name: "leaf", properties: [Fixtures.property("folder", "folder")], origin: .resource),
        ])
        let translator = SwiftModelTranslator(model: model, options: GeneratorOptions())
        let folder = translator.structViewModel(for: model.types[0]).properties
        #expect(folder.map(\.isIndirect) == [false, true, true])  // children, owner, parent (sorted)
        #expect(translator.structViewModel(for: model.types[1]).properties.map(\.isIndirect) == [true])
        #expect(translator.structViewModel(for: model.types[2]).properties.map(\.isIndirect) == [false])
    }

    @Test func operationsDescribeRoutesBodiesAndExtraRequestChecks() throws {
        let units = translator.translate()
        let create = try #require(units.first { $0.path.hasSuffix("Operations.Authentication.CreatePhoneMethod.swift") }?.value as? OperationViewModel)
        // Module-qualified: inside `Operations` an operation enum may carry a model's name.
        #expect(create.requestBodyType == "GraphModels.PhoneAuthenticationMethod")
        #expect(create.responseBodyType == "GraphModels.PhoneAuthenticationMethod")
        #expect(create.successStatus == 201)
        #expect(create.routes[0].parameters.map(\.nameLiteral) == ["\"userId\""])
        #expect(create.routes[0].parameters.map(\.placeholderLiteral) == ["\"id | userPrincipalName\""])
        // phoneNumber is required by the type already; phoneType by the type too; smsSignInState is read-only there.
        #expect(create.requestChecks.isEmpty)

        let list = try #require(units.first { $0.path.hasSuffix("Operations.User.ListPhones.swift") }?.value as? OperationViewModel)
        #expect(list.requestBodyType == "RequestBody")
        #expect(list.requestBodyStruct.first?.properties.map(\.checksRequired) == [true, false])
        #expect(list.responseIsCollection)
        #expect(list.routes.count == 2)
        #expect(list.requestFunctions.map(\.parameterList) == ["startDateTime: Swift.String, body: ListPhones.RequestBody", "userId: Swift.String, startDateTime: Swift.String, body: ListPhones.RequestBody"])
        #expect(list.requestFunctions.map(\.arguments) == ["", "userId"])
    }

    /// A `$ref` operation's body is the address of the object the prose links, not that object; a
    /// page whose example sends a whole object to its `$ref` route keeps the object (its route is wrong).
    @Test func referenceOperationsTakeAnODataReference() throws {
        let here = Fixtures.at("add-ref.md", 1)
        func operation(_ body: JSONMember) -> Operation {
            Operation(
                id: "add-ref", title: "Add", apiVersion: nil, page: "add-ref.md",
                routes: [Route(method: "POST", path: "/me/authentication/phoneMethods/$ref", source: here)],
                requestBody: RequestBody(type: TypeReference(name: "phoneAuthenticationMethod")),
                examples: [Example(name: "e", request: HttpMessage(method: "POST", url: "https://graph.microsoft.com/beta/me", body: .object([body]), source: here), response: nil)])
        }
        let reference = SwiftModelTranslator(model: Fixtures.phoneModel, options: GeneratorOptions())
            .operationViewModel(for: operation(JSONMember(key: "@odata.id", value: .string("https://x"))), name: Self.addRef, vocabulary: .init())
        #expect(reference.requestBodyType == "GraphModelSupport.ODataReference")
        #expect(reference.requestChecks.isEmpty)
        let wholeObject = SwiftModelTranslator(model: Fixtures.phoneModel, options: GeneratorOptions())
            .operationViewModel(for: operation(JSONMember(key: "phoneNumber", value: .string("+1"))), name: Self.addRef, vocabulary: .init())
        #expect(wholeObject.requestBodyType == "GraphModels.PhoneAuthenticationMethod")
    }

    static let addRef = OperationName(namespace: "Authentication", member: "addRef")

    @Test func routesAreTheTemplatesThePageMeant() {
        let source = SourceLocation(file: "a.md", line: 1, column: 1)
        let routes = [
            Route(method: "get", path: "/education/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/assignments/cf6005fc-9e13-44a2-a6ac-a53322006454", source: source),
            Route(method: "GET", path: "policies/claimsMappingPolicies", source: source),
        ]
        let views = routes.map { translator.routeViewModel($0, RouteSignature(templatePath: $0.templatePath)) }
        #expect(views.map(\.templateLiteral) == ["\"/education/classes/{key}/assignments/{key2}\"", "\"/policies/claimsMappingPolicies\""])
        // A sample key replaced by `{key}` is a key like any other: named after its collection.
        #expect(views[0].parameters.map(\.nameLiteral) == ["\"classId\"", "\"assignmentId\""])
    }
}

@Suite struct DocLinesTests {
    @Test func anyLineBreakStartsANewCommentLine() {
        #expect(DocLines.make("a\r\nb\u{2028}c\n\n", source: nil, fallback: nil) == ["/// A", "/// b", "/// c."])
        #expect(DocLines.make("  ", source: nil, fallback: "Fallback.") == ["/// Fallback."])
        #expect(DocLines.make("", source: Fixtures.at("x.md", 4), fallback: nil) == ["/// - Remark: Generated from x.md:4"])
    }

}
