import Testing
import GraphDocIR

@Suite struct RouteReferenceTests {
    private let here = SourceLocation(file: "a.md", line: 1, column: 1)

    @Test(arguments: [
        ("POST", "/groups/{id}/members/$ref", true), ("PUT", "/users/{id}/manager/$ref", true),
        ("post", "/groups/{id}/owners/$REF ", true), ("POST", "/groups/{id}/members/$ref?$select=id", true),
        // Removing a reference sends no body; `$refs` and a `$ref` mid-path are something else.
        ("DELETE", "/groups/{id}/members/{id2}/$ref", false), ("POST", "/groups/{id}/members/$refs", false),
        ("POST", "/groups/{id}/members/$ref/x", false), ("POST", "/groups/{id}/members", false),
    ])
    func addsReference(method: String, path: String, expected: Bool) {
        #expect(Route(method: method, path: path, source: here).addsReference == expected)
    }

    private func operation(_ routes: [(String, String)], bodies: [String?]) -> Operation {
        Operation(
            id: "op", title: "Op", apiVersion: "v1.0", page: "op.md",
            routes: routes.map { Route(method: $0.0, path: $0.1, source: here) },
            examples: bodies.enumerated().map { index, body in
                Example(name: "e\(index)", request: HttpMessage(method: "POST", url: "https://graph.microsoft.com/v1.0/x", body: body.map { .object([JSONMember(key: $0, value: .string("v"))]) }, source: here), response: nil)
            })
    }

    @Test func anOperationTakesAReferenceWhenEveryBodyRouteAddsOneAndNoExampleSaysOtherwise() {
        #expect(operation([("POST", "/groups/{id}/members/$ref"), ("DELETE", "/groups/{id}/members/{m}/$ref")], bodies: ["@odata.id", nil]).takesReference)
        #expect(operation([("POST", "/groups/{id}/members/$ref")], bodies: []).takesReference)
        // A whole object sent to a `$ref` route: the route is wrong, the body is the object.
        #expect(!operation([("POST", "/me/authentication/phoneMethods/$ref")], bodies: ["phoneNumber"]).takesReference)
        #expect(!operation([("POST", "/groups/{id}/members/$ref"), ("POST", "/groups/{id}/members")], bodies: ["@odata.id"]).takesReference)
        #expect(!operation([("GET", "/groups/{id}/members/$ref")], bodies: []).takesReference)
    }

    @Test func aReferenceIsAnObjectOfODataIdOnly() {
        #expect(JSONValue.object([JSONMember(key: "@odata.id", value: .string("u"))]).isReference)
        #expect(JSONValue.object([JSONMember(key: "@odata.id", value: .string("u")), JSONMember(key: "@odata.type", value: .string("t"))]).isReference)
        #expect(!JSONValue.object([JSONMember(key: "@odata.id", value: .string("u")), JSONMember(key: "id", value: .string("1"))]).isReference)
        #expect(!JSONValue.object([]).isReference)
        #expect(!JSONValue.array([]).isReference)
    }
}
