import Foundation
import GraphModelSupport
import GraphModels
import Testing

@Suite struct ValidationTests {
    /// "For example, +1 5555551234 or +1 5555551234x123 are valid" (authentication-post-phonemethods.md).
    @Test(arguments: ["+1 5555551234", "+1 5555551234x123", "+1 2065555555"])
    func documentedValidPhoneNumbersPass(number: String) {
        let body = PhoneAuthenticationMethod(phoneNumber: number, phoneType: .mobile)
        #expect(Operations.Authentication.CreatePhoneMethod.validateRequest(body) == [])
    }

    @Test(arguments: ["5555551234", "+1-5555551234", "Phone Number value"])
    func otherPhoneNumbersAreReported(number: String) {
        let body = PhoneAuthenticationMethod(phoneNumber: number, phoneType: .mobile)
        #expect(Operations.Authentication.CreatePhoneMethod.validateRequest(body).map(\.rule) == [.pattern])
    }

    @Test func requestRulesRequiredReadOnlyAndEnumMembers() throws {
        let body = try decode(PhoneAuthenticationMethod.self, SeedExamples.phoneMethodBodies[3].json)
        let issues = Operations.Authentication.CreatePhoneMethod.validateRequest(body)
        // No page calls `id` read-only; smsSignInState is ("but not `smsSignInState` (which is read-only)").
        #expect(issues.map(\.path) == ["phoneNumber", "phoneType", "smsSignInState", "smsSignInState"])
        #expect(issues.map(\.rule) == [.pattern, .enumMember, .readOnly, .enumMember])
        let missing = Operations.Authentication.CreatePhoneMethod.validateRequest(PhoneAuthenticationMethod())
        #expect(missing.map(\.rule) == [.required, .required])
    }

    /// A PATCH body sends only what changes: nothing is required, read-only members still are not sent.
    @Test func updatesSkipRequiredButNotReadOnly() throws {
        let body = PhoneAuthenticationMethod(smsSignInState: .ready)
        let update = Operations.Authentication.CreatePhoneMethod.validateRequest(body, context: .update)
        #expect(update.map(\.rule) == [.readOnly])
        let create = Operations.Authentication.CreatePhoneMethod.validateRequest(body)
        #expect(create.map(\.rule).filter { $0 == .required }.count == 2)
    }

    @Test func responsesSkipRequestOnlyRules() throws {
        let body = try decode(PhoneAuthenticationMethod.self, SeedExamples.phoneMethodBodies[1].json)
        #expect(body.validate(context: .response).map(\.path) == ["phoneType"])
    }

    @Test func nestedIssuesCarryTheirPath() throws {
        let phone = try decode(ItemPhone.self, SeedExamples.itemPhoneBodies[1].json)
        let issues = phone.validate(context: .response)
        #expect(issues.map(\.path) == ["allowedAudiences", "inference.confidenceScore", "type"])
        #expect(issues.map(\.rule) == [.enumMember, .type, .enumMember])
    }

    @Test func patchCanSendNullToClearAValue() throws {
        var patch = ItemPhone(displayName: "Home")
        patch.setNull(forKey: "number")
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(patch))
        #expect(json == ["displayName": "Home", "number": nil])
        #expect(try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(ItemPhone())) == [:])
    }

    @Test func operationsBuildRequests() {
        let operation = Operations.Authentication.CreatePhoneMethod.operation
        #expect(operation.successStatus == 201)
        #expect(operation.requestBodyType == "PhoneAuthenticationMethod")
        #expect(operation.routes[0].method == "POST")
        #expect(operation.routes[0].path(["userId": "kim@contoso.com"]) == "/users/kim@contoso.com/authentication/phoneMethods")
        #expect(Operations.Authentication.createPhoneMethod(userId: "kim@contoso.com", body: PhoneAuthenticationMethod()).path == "/users/kim@contoso.com/authentication/phoneMethods")
        #expect(Operations.Profile.addPhone(body: ItemPhone(displayName: "Home")).path == "/me/profile/phones/$ref")
    }
}
