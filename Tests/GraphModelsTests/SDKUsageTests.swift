import Foundation
import GraphModelSupport
import GraphModelTesting
import GraphModels
import Testing

/// The generated module used as the README shows: requests built through the operations' functions,
/// sent through URLSession to a server on this machine.
@Suite struct SDKUsageTests {
    @Test func createSendsTheBodyToTheRouteAndDecodesTheAnswer() async throws {
        let server = try LoopbackGraphServer(responses: [
            .json(#"{"id":"3179e48a-750b-4051-897c-87b9720928f7","phoneNumber":"+1 2065555555","phoneType":"mobile"}"#, status: 201)
        ])
        defer { server.stop() }
        let client = GraphClient(serviceRoot: server.serviceRoot, transport: URLSessionTransport(), authorization: { "token-1" })
        let body = PhoneAuthenticationMethod(phoneNumber: "+1 2065555555", phoneType: .mobile)
        let created = try await client.send(Operations.Authentication.createPhoneMethod(userId: "kim@contoso.com", body: body))
        #expect(created.id == "3179e48a-750b-4051-897c-87b9720928f7")
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.path == "/v1.0/users/kim@contoso.com/authentication/phoneMethods")
        #expect(received.header("Authorization") == "Bearer token-1")
        #expect(try JSONDecoder().decode(PhoneAuthenticationMethod.self, from: received.body) == body)
    }

    @Test func aGraphErrorIsThrownAsGraphError() async throws {
        let server = try LoopbackGraphServer(responses: [.graphError(status: 404, code: "itemNotFound", message: "Not found", requestId: "r-1")])
        defer { server.stop() }
        let client = GraphClient(serviceRoot: server.serviceRoot, transport: URLSessionTransport())
        do {
            _ = try await client.send(Operations.Authentication.createPhoneMethod(userId: "nobody", body: PhoneAuthenticationMethod()))
            Issue.record("a 404 must throw")
        } catch let error as GraphError {
            #expect(error.status.code == 404)
            #expect(error.code == "itemNotFound")
            #expect(error.innerError?.requestId == "r-1")
        }
    }

    @Test func anExplicitNullIsSent() async throws {
        let server = try LoopbackGraphServer(responses: [.json(#"{"displayName":"Home"}"#, status: 201)])
        defer { server.stop() }
        let client = GraphClient(serviceRoot: server.serviceRoot, transport: URLSessionTransport())
        var phone = ItemPhone(displayName: "Home")
        phone.setNull(forKey: "number")
        _ = try await client.send(Operations.Profile.addPhone(body: phone))
        let received = try #require(server.requests.first)
        #expect(try JSONDecoder().decode(JSONValue.self, from: received.body) == ["displayName": "Home", "number": nil])
    }

    /// A user id holding `/` or `?` stays one path segment.
    @Test func placeholderValuesArePercentEncodedAsOneSegment() {
        let request = Operations.Authentication.createPhoneMethod(userId: "a/b?c d", body: PhoneAuthenticationMethod())
        #expect(request.path == "/users/a%2Fb%3Fc%20d/authentication/phoneMethods")
    }
}
