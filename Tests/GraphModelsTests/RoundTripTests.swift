import Foundation
import GraphModelSupport
import GraphModels
import Testing

func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(json.utf8))
}

func reencode<T: Codable>(_ type: T.Type, _ json: String) throws -> (JSONValue, JSONValue) {
    let value = try decode(T.self, json)
    let data = try JSONEncoder().encode(value)
    return (try decode(JSONValue.self, json), try JSONDecoder().decode(JSONValue.self, from: data))
}

@Suite struct RoundTripTests {
    @Test(arguments: SeedExamples.phoneMethodBodies)
    func phoneMethodExamplesRoundTrip(body: SeedExamples.Body) throws {
        let (original, reencoded) = try reencode(PhoneAuthenticationMethod.self, body.json)
        #expect(original == reencoded)
    }

    @Test(arguments: SeedExamples.itemPhoneBodies)
    func itemPhoneExamplesRoundTrip(body: SeedExamples.Body) throws {
        let (original, reencoded) = try reencode(ItemPhone.self, body.json)
        #expect(original == reencoded)
    }

    @Test func documentedValuesDecodeIntoTypedProperties() throws {
        let phone = try decode(ItemPhone.self, SeedExamples.itemPhoneBodies[1].json)
        #expect(phone.id == "f87b6b30-6b30-f87b-306b-7bf8306b7bf8")
        #expect(phone.createdDateTime?.text == "2017-01-01T00:00:46.1697867+03:00")
        #expect(phone.createdDateTime?.components?.fraction == "1697867")
        #expect(phone.createdBy?.application?.displayName == "Display Name value")
        #expect(phone.type == .undocumented("String"))
        #expect(phone.inference?.userHasVerifiedAccuracy == true)
        #expect(phone.inference?.confidenceScore == nil)  // "Double" is not a number: kept, reported
        #expect(phone.inference?.additionalProperties["confidenceScore"] == "Double")
    }

    @Test func aBaseValueReadsAsTheDerivedTypeItsODataTypeNames() throws {
        let json = SeedExamples.phoneMethodBodies[3].json
        let base = try decode(Entity.self, json)
        let phone = try #require(base.as(PhoneAuthenticationMethod.self))
        #expect(phone.id == "274fa955-a955-274f-55a9-4f2755a94f27")
        #expect(phone.phoneType != nil)
        #expect(base.odataTypeNameOfValue == "microsoft.graph.phoneAuthenticationMethod")
        // The base value keeps the derived members: nothing is lost either way.
        let (original, reencoded) = try reencode(Entity.self, json)
        #expect(original == reencoded)
        #expect(try ExampleCheck.encoded(phone) == original)
        // Not every entity is an item facet.
        #expect(base.as(ItemFacet.self) == nil)
    }

    @Test func unknownODataTypesKeepTheirPayload() throws {
        let json = ##"{"@odata.type":"#microsoft.graph.fido2AuthenticationMethod","id":"x","model":"Key 5"}"##
        let base = try decode(Entity.self, json)
        #expect(base.additionalProperties["model"] == "Key 5")
        #expect(base.odataTypeNameOfValue == "microsoft.graph.fido2AuthenticationMethod")
        #expect(base.as(PhoneAuthenticationMethod.self) == nil)
        let (original, reencoded) = try reencode(Entity.self, json)
        #expect(original == reencoded)
    }

    @Test func aDerivedValueIsUsableAsItsBase() throws {
        let phone = PhoneAuthenticationMethod(id: "m1", phoneNumber: "+1 555")
        let entity = try Entity(upcasting: phone)
        #expect(entity.id == "m1")
        #expect(entity.odataTypeNameOfValue == PhoneAuthenticationMethod.odataTypeName)
        #expect(entity.additionalProperties["phoneNumber"] == "+1 555")
        #expect(entity.as(PhoneAuthenticationMethod.self) == phone.withODataType())
        // A derived value already is one of its ancestors; an unrelated type is not.
        #expect(phone.as(Entity.self)?.id == "m1")
        #expect(PhoneAuthenticationMethod.odataAncestorTypeNames == ["microsoft.graph.entity"])
        #expect(throws: GraphModelConversionError.self) { try ItemFacet(upcasting: phone) }
    }
}

extension PhoneAuthenticationMethod {
    /// The value as it comes back from a base value: `@odata.type` names its type.
    fileprivate func withODataType() -> Self {
        var copy = self
        copy.additionalProperties["@odata.type"] = .string("#" + Self.odataTypeName)
        return copy
    }
}
