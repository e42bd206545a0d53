import Foundation
import GraphModelSupport
import GraphModelTesting
import HTTPTypes
import Testing

/// Requests sent through `URLSessionTransport` to a `LoopbackGraphServer`: what arrives, and what
/// the answers decode to.
@Suite struct GraphClientEndToEndTests {
    @Test func getDecodesAModelAndSendsTheQuery() async throws {
        let server = try LoopbackGraphServer()
        defer { server.stop() }
        server.respond(to: "GET", path: "/v1.0/me/phones/p%201", with: .json(#"{"number": "+1 555", "extra": 1}"#))
        let request = GraphRequest<Phone, EntityQueryOptions>(
            method: .get, template: "/me/phones/{id}", arguments: ["p 1"], successStatus: 200
        ).select("number", "type")
        let phone = try await server.client().send(request)
        #expect(phone.number == "+1 555")
        #expect(phone.additionalProperties == ["extra": 1])
        let received = try #require(server.requests.first)
        #expect(received.method == "GET")
        #expect(received.path == "/v1.0/me/phones/p%201")
        #expect(received.rawQuery == "$select=number,type")
    }

    @Test func pathsAndQueriesArriveEncodedForTheirComponent() async throws {
        let server = try LoopbackGraphServer(responses: [.json(#"{"value": []}"#)])
        defer { server.stop() }
        let request = GraphRequest<GraphCollectionPage<Phone>, CollectionQueryOptions>(
            method: .get, template: "/me/calendars/{id}/events/{id}/instances", arguments: ["a b", "c/d+é"],
            successStatus: 200
        ).query("startDateTime", "2024-01-01T00:00:00+02:00").query("q", "a&b=c#d").select("id", "subject")
        _ = try await server.client().send(request)
        let received = try #require(server.requests.first)
        #expect(received.path == "/v1.0/me/calendars/a%20b/events/c%2Fd%2B%C3%A9/instances")
        #expect(received.pathSegments == ["me", "calendars", "a b", "events", "c/d+é", "instances"])
        #expect(
            received.pathSegments
                == GraphRequestURL("https://graph.microsoft.com/v1.0/me/calendars/a%20b/events/c%2Fd+%C3%A9/instances").pathSegments)
        #expect(received.queryValue("startDateTime") == "2024-01-01T00:00:00+02:00")
        #expect(received.queryValue("q") == "a&b=c#d")
        #expect(received.queryValue("$select") == "id,subject")
        #expect(received.rawQuery?.contains("$select=id,subject") == true)
    }

    @Test func postSendsItsJSONBody() async throws {
        let server = try LoopbackGraphServer()
        defer { server.stop() }
        server.respond(to: "POST", path: "/v1.0/me/phones", with: .json(#"{"number": "+1 555", "type": "family"}"#, status: 201))
        let request = GraphRequest<Phone, NoQueryOptions>(
            method: .post, template: "/me/phones", arguments: [], body: Phone(number: "+1 555", type: .family),
            successStatus: 201)
        let created = try await server.client().send(request)
        #expect(created.type == .family)
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.path == "/v1.0/me/phones")
        #expect(received.header("Content-Type") == "application/json")
        #expect(received.bodyJSON == ["number": "+1 555", "type": "family"])
    }

    @Test func patchSendsAnExplicitNullAndReadsNoContent() async throws {
        let server = try LoopbackGraphServer(responses: [.noContent])
        defer { server.stop() }
        var change = Phone(number: "2")
        change.setNull(forKey: "type")
        let request = GraphRequest<NoContent, NoQueryOptions>(
            method: .patch, template: "/me/phones/{id}", arguments: ["1"], body: change, successStatus: 204)
        #expect(try await server.client().send(request) == NoContent())
        let received = try #require(server.requests.first)
        #expect(received.method == "PATCH")
        #expect(received.bodyJSON == ["number": "2", "type": nil])
    }

    @Test func deleteReadsAnEmpty204() async throws {
        let server = try LoopbackGraphServer(responses: [.noContent])
        defer { server.stop() }
        let request = GraphRequest<NoContent, NoQueryOptions>(
            method: .delete, template: "/me/phones/{id}", arguments: ["1"], successStatus: 204)
        #expect(try await server.client().send(request) == NoContent())
        #expect(server.requests.map(\.method) == ["DELETE"])
        #expect(server.requests.first?.body.isEmpty == true)
        #expect(server.requests.first?.bodyJSON == nil)
    }

    @Test func aGraphErrorAnswerThrowsGraphError() async throws {
        let server = try LoopbackGraphServer(responses: [
            .graphError(
                status: 404, code: "ErrorItemNotFound", message: "The specified object was not found in the store.",
                requestId: "6e9b3c4f-0000-4000-8000-000000000001", date: "2024-05-06T07:08:09")
        ])
        defer { server.stop() }
        let request = GraphRequest<Phone, EntityQueryOptions>(
            method: .get, template: "/me/phones/{id}", arguments: ["missing"], successStatus: 200)
        do {
            _ = try await server.client().send(request)
            Issue.record("expected a GraphError")
        } catch let error as GraphError {
            #expect(error.status == .notFound)
            #expect(error.code == "ErrorItemNotFound")
            #expect(error.message == "The specified object was not found in the store.")
            #expect(error.innerError?.requestId == "6e9b3c4f-0000-4000-8000-000000000001")
            #expect(error.innerError?.date == "2024-05-06T07:08:09")
        }
    }

    @Test func aThrottledAnswerTellsHowLongToWait() async throws {
        var throttled = CannedResponse.graphError(status: 429, code: "TooManyRequests", message: "Slow down.")
        throttled.headerFields.append(HeaderField(name: "Retry-After", value: "7"))
        let server = try LoopbackGraphServer(responses: [throttled])
        defer { server.stop() }
        let request = GraphRequest<Phone, EntityQueryOptions>(
            method: .get, template: "/me/phones/{id}", arguments: ["1"], successStatus: 200)
        do {
            _ = try await server.client().send(request)
            Issue.record("expected a GraphError")
        } catch let error as GraphError {
            #expect(error.status == .tooManyRequests)
            #expect(error.retryAfterSeconds == 7)
            #expect(error.headerFields[.contentType] == "application/json")
        }
    }

    @Test func theAnswersHeadersComeWithTheValueWhenAsked() async throws {
        let server = try LoopbackGraphServer(responses: [
            .json(#"{"number": "9"}"#, status: 201, headerFields: [HeaderField(name: "Location", value: "https://x/phones/9")])
        ])
        defer { server.stop() }
        let request = GraphRequest<Phone, NoQueryOptions>(
            method: .post, template: "/me/phones", arguments: [], body: Phone(number: "9"), successStatus: 201)
        let (phone, response) = try await server.client().sendReturningResponse(request)
        #expect(phone.number == "9")
        #expect(response.status == .created)
        #expect(response.headerFields[.location] == "https://x/phones/9")
    }

    @Test func aNonJSONServerErrorThrowsUnexpectedStatus() async throws {
        let server = try LoopbackGraphServer(responses: [.text("upstream connect error", status: 500)])
        defer { server.stop() }
        let request = GraphRequest<Phone, EntityQueryOptions>(
            method: .get, template: "/me/phones/{id}", arguments: ["1"], successStatus: 200)
        await #expect(throws: GraphClientError.unexpectedStatus(.internalServerError, body: "upstream connect error")) {
            try await server.client().send(request)
        }
    }

    @Test func pagesFollowNextLinksAsGivenWithTheRequestHeaders() async throws {
        let server = try LoopbackGraphServer()
        defer { server.stop() }
        let root = server.serviceRoot.absoluteString
        server.enqueue(
            .json(#"{"value": [{"number": "1"}, {"number": "2"}], "@odata.nextLink": "\#(root)/me/phones?$skiptoken=a%2Bb"}"#),
            .json(#"{"value": [{"number": "3"}], "@odata.nextLink": "\#(root)/me/phones?$skiptoken=c"}"#),
            .json(#"{"value": [{"number": "4"}]}"#))
        let request = GraphRequest<GraphCollectionPage<Phone>, CollectionQueryOptions>(
            method: .get, template: "/me/phones", arguments: [], successStatus: 200
        ).top(2).header(.init("ConsistencyLevel")!, "eventual")
        var numbers: [[String?]] = []
        for try await page in server.client().pages(request) {
            numbers.append(page.value.map(\.number))
        }
        #expect(numbers == [["1", "2"], ["3"], ["4"]])
        let received = server.requests
        #expect(received.map(\.path) == ["/v1.0/me/phones", "/v1.0/me/phones", "/v1.0/me/phones"])
        #expect(received.map(\.rawQuery) == ["$top=2", "$skiptoken=a%2Bb", "$skiptoken=c"])
        #expect(received.map { $0.header("ConsistencyLevel") } == ["eventual", "eventual", "eventual"])
    }

    @Test func aPageThatLinksToItselfEndsThePaging() async throws {
        let server = try LoopbackGraphServer()
        defer { server.stop() }
        let loop = #"{"value": [], "@odata.nextLink": "\#(server.serviceRoot.absoluteString)/me/phones?page=2"}"#
        server.enqueue(.json(loop), .json(loop))
        let request = GraphRequest<GraphCollectionPage<Phone>, CollectionQueryOptions>(
            method: .get, template: "/me/phones", arguments: [], successStatus: 200)
        await #expect(throws: GraphClientError.repeatedNextLink("\(server.serviceRoot.absoluteString)/me/phones?page=2")) {
            try await server.client().pages(request).items()
        }
        #expect(server.requests.count == 2)
    }

    @Test func aLinkToAnotherHostIsNotFollowed() async throws {
        let server = try LoopbackGraphServer()
        defer { server.stop() }
        let elsewhere = "http://localhost:\(server.port)/v1.0/me/phones?page=2"
        server.enqueue(.json(#"{"value": [], "@odata.nextLink": "\#(elsewhere)"}"#))
        let request = GraphRequest<GraphCollectionPage<Phone>, CollectionQueryOptions>(
            method: .get, template: "/me/phones", arguments: [], successStatus: 200)
        let client = server.client(authorization: { "secret" })
        await #expect(throws: GraphClientError.linkToAnotherOrigin(elsewhere)) { try await client.pages(request).items() }
        // The same origin spelled with upper case is the same origin.
        let upper = "HTTP://127.0.0.1:\(server.port)/v1.0/me/phones?page=2"
        server.enqueue(.json(#"{"value": [], "@odata.nextLink": "\#(upper)"}"#), .json(#"{"value": []}"#))
        #expect(try await client.pages(request).items().isEmpty)
        #expect(server.requests.count == 3)
    }

    @Test func deltaRoundsHandBackTheDeltaLinkAndResumeFromIt() async throws {
        let server = try LoopbackGraphServer()
        defer { server.stop() }
        let root = server.serviceRoot.absoluteString
        server.enqueue(
            .json(#"{"value": [{"number": "1"}], "@odata.nextLink": "\#(root)/me/phones/delta?$skiptoken=s1"}"#),
            .json(#"{"value": [{"number": "2"}], "@odata.deltaLink": "\#(root)/me/phones/delta?$deltatoken=d1"}"#),
            .json(#"{"value": [{"number": "3"}], "@odata.deltaLink": "\#(root)/me/phones/delta?$deltatoken=d2"}"#))
        let client = server.client()
        let request = GraphRequest<GraphCollectionPage<Phone>, CollectionQueryOptions>(
            method: .get, template: "/me/phones/delta", arguments: [], successStatus: 200)
        let first = try await client.deltaRound(request)
        #expect(first.items.map(\.number) == ["1", "2"])
        #expect(first.pageCount == 2)
        #expect(first.deltaLink == "\(root)/me/phones/delta?$deltatoken=d1")
        let second = try await client.deltaRound(from: first.deltaLink, of: Phone.self)
        #expect(second.items.map(\.number) == ["3"])
        #expect(second.deltaLink == "\(root)/me/phones/delta?$deltatoken=d2")
        #expect(server.requests.map(\.rawQuery) == [nil, "$skiptoken=s1", "$deltatoken=d1"])
    }

    @Test func aDeltaRoundWithoutADeltaLinkFails() async throws {
        let server = try LoopbackGraphServer(responses: [.json(#"{"value": []}"#)])
        defer { server.stop() }
        let request = GraphRequest<GraphCollectionPage<Phone>, CollectionQueryOptions>(
            method: .get, template: "/me/phones/delta", arguments: [], successStatus: 200)
        await #expect(throws: GraphClientError.missingDeltaLink) { try await server.client().deltaRound(request) }
        await #expect(throws: GraphClientError.invalidLink("/me/phones/delta")) {
            try await server.client().deltaRound(from: "/me/phones/delta", of: Phone.self)
        }
    }

    @Test func theAuthorizationTokenAndClientHeadersArrive() async throws {
        let server = try LoopbackGraphServer(responses: [.noContent, .noContent])
        defer { server.stop() }
        let tokens = TokenSource()
        let client = server.client(
            headerFields: [.init("Prefer")!: "outlook.timezone=\"UTC\"", .userAgent: "graph-tests"],
            authorization: { await tokens.next() })
        let request = GraphRequest<NoContent, NoQueryOptions>(
            method: .delete, template: "/me/phones/{id}", arguments: ["1"], successStatus: 204)
        _ = try await client.send(request)
        _ = try await client.send(request.header(.userAgent, "override"))
        let received = server.requests
        #expect(received.map { $0.header("Authorization") } == ["Bearer token-1", "Bearer token-2"])
        #expect(received.map { $0.header("Prefer") } == ["outlook.timezone=\"UTC\"", "outlook.timezone=\"UTC\""])
        #expect(received.map { $0.header("User-Agent") } == ["graph-tests", "override"])
    }

    @Test func aRequestWhoseArgumentsDoNotFitIsNotSent() async throws {
        let server = try LoopbackGraphServer()
        defer { server.stop() }
        let request = GraphRequest<NoContent, NoQueryOptions>(
            method: .delete, template: "/me/calendars/{id}/events/{id}", arguments: ["1"], successStatus: 204)
        await #expect(throws: GraphClientError.self) { try await server.client().send(request) }
        #expect(server.requests.isEmpty)
    }
}

/// Hands out a new token on each call, as a refreshing credential would.
private actor TokenSource {
    private var count = 0

    func next() -> String {
        count += 1
        return "token-\(count)"
    }
}
