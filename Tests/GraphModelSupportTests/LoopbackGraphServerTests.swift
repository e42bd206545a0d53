import Foundation
import GraphModelTesting
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The test server itself: how it picks answers, frames bodies, and stops.
@Suite struct LoopbackGraphServerTests {
    private func fetch(_ server: LoopbackGraphServer, _ method: String, _ path: String, body: Data? = nil)
        async throws -> (status: Int, body: String)
    {
        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(server.port)\(path)")))
        request.httpMethod = method
        request.httpBody = body
        let (data, response) = try await LoopbackGraphServer.urlSession.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func routesAnswerBeforeTheQueueAndEachAnswerIsUsedOnce() async throws {
        let server = try LoopbackGraphServer(responses: [.text("queued 1", status: 200), .text("queued 2", status: 202)])
        defer { server.stop() }
        server.respond(to: "get", path: "/a", with: .text("route", status: 201))
        #expect(try await fetch(server, "GET", "/a") == (201, "route"))
        #expect(try await fetch(server, "GET", "/a") == (200, "queued 1"))
        #expect(try await fetch(server, "POST", "/a") == (202, "queued 2"))
        let unanswered = try await fetch(server, "GET", "/b?x=1")
        #expect(unanswered.status == 501)
        #expect(unanswered.body == "LoopbackGraphServer: no canned response left for GET /b")
        #expect(server.requests.map(\.method) == ["GET", "GET", "POST", "GET"])
        #expect(server.requests.last?.rawQuery == "x=1")
        #expect(server.serviceRoot.absoluteString == "http://127.0.0.1:\(server.port)/v1.0")
    }

    @Test func bodiesArriveWhole() async throws {
        let server = try LoopbackGraphServer(responses: [.noContent])
        defer { server.stop() }
        // Larger than one read and than curl's threshold for `Expect: 100-continue`.
        let body = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 % 251) })
        #expect(try await fetch(server, "PUT", "/upload", body: body).status == 204)
        #expect(server.requests.first?.body == body)
    }

    @Test func aChunkedBodyIsDecoded() async throws {
        let server = try LoopbackGraphServer(responses: [.noContent])
        defer { server.stop() }
        let body = Data(String(repeating: "chunk ", count: 5_000).utf8)
        var request = URLRequest(url: server.serviceRoot.appendingPathComponent("stream"))
        request.httpMethod = "POST"
        // A stream of unknown length goes out with chunked transfer coding.
        request.httpBodyStream = InputStream(data: body)
        _ = try await LoopbackGraphServer.urlSession.data(for: request)
        let received = try #require(server.requests.first)
        #expect(received.header("Transfer-Encoding")?.lowercased() == "chunked")
        #expect(received.body == body)
    }

    @Test func aServicePathThatIsNoURLPathIsRefused() {
        #expect(throws: LoopbackGraphServerError.invalidServicePath("v1.0")) { try LoopbackGraphServer(servicePath: "v1.0") }
        #expect(throws: LoopbackGraphServerError.invalidServicePath("/a b")) { try LoopbackGraphServer(servicePath: "/a b") }
    }

    @Test func aStoppedServerRefusesConnectionsAndStopsOnce() async throws {
        let server = try LoopbackGraphServer()
        server.stop()
        server.stop()
        await #expect(throws: (any Error).self) { try await fetch(server, "GET", "/a") }
        #expect(server.requests.isEmpty)
    }
}

/// Comparing a received request with a documented example request.
@Suite struct ReceivedRequestExampleTests {
    private func received(_ method: String, _ target: String, body: String = "") -> ReceivedRequest {
        let question = target.firstIndex(of: "?")
        return ReceivedRequest(
            method: method, path: String(target[..<(question ?? target.endIndex)]),
            rawQuery: question.map { String(target[target.index(after: $0)...]) }, headerFields: [],
            body: Data(body.utf8))
    }

    @Test func theExamplesOwnRequestHasNoDifference() {
        let request = received(
            "POST", "/v1.0/me/calendars/AAMk%2B%3D/events?$select=subject,start&startDateTime=2024-01-01T00:00:00%2B02:00",
            body: #"{"subject": "Plan", "start": {"dateTime": "2024-01-01T10:00:00"}}"#)
        let differences = request.differences(
            fromExample: "post",
            url: "https://graph.microsoft.com/v1.0/me/Calendars/AAMk+=/events?startDateTime=2024-01-01T00:00:00+02:00&$select=subject,start",
            body: """
                {
                  "start": {"dateTime": "2024-01-01T10:00:00"},
                  "subject": "Plan"
                }
                """)
        #expect(differences.isEmpty)
        #expect(received("DELETE", "/v1.0/me/events/1").differences(fromExample: "DELETE", url: "/me/events/1", body: " ").isEmpty)
    }

    @Test func eachDifferenceIsNamed() {
        let request = received("PATCH", "/v1.0/me/events/2?$top=1", body: #"{"subject": null}"#)
        #expect(
            request.differences(fromExample: "POST", url: "/v1.0/me/events/1?$select=id", body: #"{"subject": "x"}"#) == [
                "expected method POST, found PATCH",
                "expected path /me/events/1, found /me/events/2",
                "expected query $select=id, found none such",
                "expected no more query items, found $top=1",
                #"expected body {"subject":"x"}, found {"subject":null}"#,
            ])
        #expect(request.differences(fromExample: "PATCH", url: "/me/events/2?$top=1") == [
            #"expected no body, found 17 bytes: {"subject": null}"#
        ])
        #expect(
            received("POST", "/me/events").differences(fromExample: "POST", url: "/me/events", body: "{") == [
                "the example body is not JSON: {"
            ])
        #expect(
            received("POST", "/me/events").differences(fromExample: "POST", url: "/me/events", body: "{}") == [
                "expected a JSON body, found none"
            ])
    }
}
