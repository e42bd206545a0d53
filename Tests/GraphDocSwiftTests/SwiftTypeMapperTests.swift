import GraphDocIR
@testable import GraphDocSwift
import Testing

@Suite struct SwiftTypeMapperTests {
    let mapper: SwiftTypeMapper

    init() throws { mapper = try SwiftTypeMapper(model: Fixtures.phoneModel) }

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
        #expect(try SwiftModelTranslator(model: model, options: GeneratorOptions()).unresolvedTypeNames == ["noSuchType"])
        #expect(try SwiftModelTranslator(model: Fixtures.phoneModel, options: GeneratorOptions()).unresolvedTypeNames == [])
    }

    @Test func enumsNestInTheirOwnerAndThePropertyEnumWins() {
        #expect(mapper.swiftPath(ofEnum: "phoneAuthenticationMethod.smsSignInState") == "PhoneAuthenticationMethod.SmsSignInState")
        #expect(mapper.map(TypeReference(name: "String"), enumName: "phoneAuthenticationMethod.smsSignInState").swiftType == "PhoneAuthenticationMethod.SmsSignInState")
        #expect(mapper.map(TypeReference(name: "authenticationPhoneType", collection: true)).swiftType == "[AuthenticationPhoneType]")
    }

    @Test func baseTypesWithDescendantsMapToTheirPolymorphicEnum() {
        #expect(mapper.map(TypeReference(name: "authenticationMethod")).swiftType == "AnyAuthenticationMethod")
        #expect(mapper.descendants["entity"] == ["authenticationMethod", "phoneAuthenticationMethod"])
    }

    @Test func twoTypesWithOneSwiftNameAreAnErrorNamingBothSources() {
        let model = ApiModel(types: [
            TypeDefinition(name: "phone", origin: .resource, sources: [Fixtures.at("a.md", 3)]),
            TypeDefinition(name: "Phone", origin: .resource, sources: [Fixtures.at("b.md", 7)]),
        ])
        #expect {
            try SwiftTypeMapper(model: model)
        } throws: { error in
            let text = "\(error)"
            return text.contains("'Phone'") && text.contains("a.md:3:1: phone") && text.contains("b.md:7:1: Phone")
        }
    }

    @Test func aTypeAndAnEnumWithOneSwiftNameCollideToo() {
        let model = ApiModel(
            types: [TypeDefinition(name: "status", origin: .resource)],
            enums: [EnumDefinition(name: "status", members: [], origin: .table)])
        #expect(throws: GenerationError.self) { try SwiftTypeMapper(model: model) }
    }
}
