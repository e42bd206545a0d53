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

    @Test func polymorphicValuesDecodeByODataType() throws {
        let json = SeedExamples.phoneMethodBodies[3].json
        let any = try decode(AnyEntity.self, json)
        guard case .phoneAuthenticationMethod(let phone) = any else {
            Issue.record("expected a phone method, got \(any)")
            return
        }
        #expect(phone.id == "274fa955-a955-274f-55a9-4f2755a94f27")
        #expect(any.odataType == "microsoft.graph.phoneAuthenticationMethod")
        let (original, reencoded) = try reencode(AnyEntity.self, json)
        #expect(original == reencoded)
    }

    @Test func unknownODataTypesKeepTheirPayload() throws {
        let json = ##"{"@odata.type":"#microsoft.graph.fido2AuthenticationMethod","id":"x","model":"Key 5"}"##
        let any = try decode(AnyEntity.self, json)
        guard case .entity(let base) = any else {
            Issue.record("expected the base type, got \(any)")
            return
        }
        #expect(base.additionalProperties["model"] == "Key 5")
        #expect(any.odataType == "microsoft.graph.fido2AuthenticationMethod")
        let (original, reencoded) = try reencode(AnyEntity.self, json)
        #expect(original == reencoded)
    }
}
