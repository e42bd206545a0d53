import GraphDocIR
@testable import GraphDocSwift
import Testing

@Suite struct SwiftTypeMapperTests {
    let mapper: SwiftTypeMapper

    init() { mapper = SwiftTypeMapper(model: Fixtures.phoneModel) }

    @Test(arguments: [
        ("String", "Swift.String"), ("Int64", "Swift.Int64"), ("Boolean", "Swift.Bool"),
        ("DateTimeOffset", "GraphModelSupport.DateTimeOffset"), ("Date", "GraphModelSupport.GraphDate"),
        ("TimeOfDay", "GraphModelSupport.TimeOfDay"), ("Duration", "GraphModelSupport.GraphDuration"),
        ("Guid", "GraphModelSupport.GraphGuid"), ("Binary", "GraphModelSupport.Base64Data"),
        ("Json", "GraphModelSupport.JSONValue"), ("Decimal", "Foundation.Decimal"),
    ])
    func primitives(graph: String, swift: String) {
        #expect(mapper.map(TypeReference(name: graph)).swiftType == swift)
    }

    @Test func collectionsModelsAndUnknownNames() {
        #expect(mapper.map(TypeReference(name: "phoneAuthenticationMethod", collection: true)).swiftType == "[PhoneAuthenticationMethod]")
        #expect(mapper.map(TypeReference(name: "microsoft.graph.phoneAuthenticationMethod")).swiftType == "PhoneAuthenticationMethod")
        #expect(mapper.map(TypeReference(name: "noSuchType")).swiftType == "GraphModelSupport.JSONValue")
    }

    @Test func unresolvedNamesAreListed() throws {
        var model = Fixtures.phoneModel
        model.types[0].properties.append(Fixtures.property("thing", "noSuchType"))
        #expect(SwiftModelTranslator(model: model, options: GeneratorOptions()).unresolvedTypeNames == ["noSuchType"])
        #expect(SwiftModelTranslator(model: Fixtures.phoneModel, options: GeneratorOptions()).unresolvedTypeNames == [])
    }

    @Test func enumsNestInTheirOwnerAndThePropertyEnumWins() {
        #expect(mapper.swiftPath(ofEnum: "phoneAuthenticationMethod.smsSignInState") == "PhoneAuthenticationMethod.SmsSignInState")
        #expect(mapper.map(TypeReference(name: "String"), enumName: "phoneAuthenticationMethod.smsSignInState").swiftType == "PhoneAuthenticationMethod.SmsSignInState")
        #expect(mapper.map(TypeReference(name: "authenticationPhoneType", collection: true)).swiftType == "[AuthenticationPhoneType]")
    }

    /// A base type's references keep their Swift type when derived types are documented.
    @Test func baseTypesWithDescendantsMapToTheirOwnStruct() {
        #expect(mapper.map(TypeReference(name: "authenticationMethod")).swiftType == "AuthenticationMethod")
        #expect(mapper.map(TypeReference(name: "entity", collection: true)).swiftType == "[Entity]")
        #expect(SwiftTypeMapper(model: ApiModel(types: [Fixtures.phoneModel.types.first { $0.name == "authenticationMethod" }!]))
            .map(TypeReference(name: "authenticationMethod")).swiftType == "AuthenticationMethod")
        #expect(mapper.descendants["entity"] == ["authenticationMethod", "phoneAuthenticationMethod"])
    }

    @Test func twoTypesWithOneSwiftNameKeepTheFirstAndNoteTheOther() {
        let model = ApiModel(types: [
            TypeDefinition(name: "two-factor", origin: .example, sources: [Fixtures.at("a.md", 3)]),
            TypeDefinition(name: "twoFactor", origin: .resource, sources: [Fixtures.at("b.md", 7)]),
            TypeDefinition(name: "phone", origin: .resource, sources: [Fixtures.at("c.md", 1)]),
            TypeDefinition(name: "Phone", origin: .resource, sources: [Fixtures.at("d.md", 2)]),
        ])
        let mapper = SwiftTypeMapper(model: model)
        // The resource page's type keeps the name; the type only an example shows gets a suffix.
        #expect(mapper.swiftName(ofType: "twoFactor") == "TwoFactor")
        #expect(mapper.swiftName(ofType: "two-factor") == "TwoFactor_2")
        #expect(mapper.generatedTypes.map(\.name) == ["two-factor", "twoFactor", "phone"])
        #expect(mapper.notes == [
            "d.md:2:1: note: type `Phone` is not generated: references to it cannot be told from references to `phone`",
            "a.md:3:1: note: type `two-factor` is generated as `TwoFactor_2`: `TwoFactor` is taken by type `twoFactor`",
        ])
    }

    @Test func anEnumNamedLikeATypeGetsAValueSuffix() {
        let model = ApiModel(
            types: [TypeDefinition(name: "status", origin: .resource), TypeDefinition(name: "statusValue", origin: .resource)],
            enums: [EnumDefinition(name: "status", members: [], origin: .table, sources: [Fixtures.at("e.md", 4)])])
        let mapper = SwiftTypeMapper(model: model)
        #expect(mapper.swiftName(ofType: "status") == "Status")
        #expect(mapper.swiftPath(ofEnum: "status") == "StatusValue_2")
        #expect(mapper.notes == ["e.md:4:1: note: enum `status` is generated as `StatusValue_2`: `Status` is taken by type `status`"])
    }
}
