import Foundation
import GraphModelSupport
import PhoneModels
import Testing

/// The models the GraphDocGenerator plugin generated at build time from the target's pages,
/// used as an SDK would: decode the pages' example bodies, validate them, build request paths.
@Suite struct GeneratedModelsTests {
    /// The request body of Pages/en-us/authentication-post-phonemethods.md, verbatim.
    static let request = #"""
        {
          "phoneNumber": "+1 2065555555",
          "phoneType": "mobile"
        }
        """#

    /// The response body of Pages/en-us/authentication-post-phonemethods.md, verbatim.
    static let response = #"""
        {
          "phoneNumber": "+1 2065555555",
          "phoneType": "phoneType-value",
          "smsSignInState": "ready",
          "id": "3179e48a-750b-4051-897c-87b9720928f7"
        }
        """#

    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func theDocumentedRequestDecodesAndIsValid() throws {
        let body = try Self.decode(PhoneAuthenticationMethod.self, Self.request)
        #expect(body.phoneNumber == "+1 2065555555")
        #expect(body.phoneType == .mobile)
        #expect(Operations.Authentication.CreatePhoneMethod.validateRequest(body) == [])
    }

    @Test func theResponsePlaceholderIsReportedNotRejected() throws {
        let body = try Self.decode(PhoneAuthenticationMethod.self, Self.response)
        #expect(body.smsSignInState == .ready)
        // "phoneType-value" is no documented member: kept, and reported by validation.
        #expect(body.validate(context: .response).map(\.path) == ["phoneType"])
        let reencoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(body))
        #expect(reencoded == (try Self.decode(JSONValue.self, Self.response)))
    }

    @Test func missingRequiredPropertiesAreReported() {
        let issues = Operations.Authentication.CreatePhoneMethod.validateRequest(PhoneAuthenticationMethod())
        #expect(issues.map(\.rule) == [.required, .required])
    }

    @Test func operationsBuildRequests() {
        #expect(Operations.Authentication.CreatePhoneMethod.operation.successStatus == 201)
        #expect(Operations.Authentication.createPhoneMethod(userId: "kim@contoso.com", body: PhoneAuthenticationMethod()).path == "/users/kim@contoso.com/authentication/phoneMethods")
    }
}
