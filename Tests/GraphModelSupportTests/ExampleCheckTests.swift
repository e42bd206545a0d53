import Foundation
import GraphModelSupport
import Testing

/// The checks generated example tests call.
@Suite struct ExampleCheckTests {
    static let routes = [
        GraphRoute(method: "POST", template: "/users/{id | userPrincipalName}/authentication/phoneMethods", parameters: []),
        GraphRoute(method: "POST", template: "/me/authentication/phoneMethods", parameters: []),
        GraphRoute(method: "POST", template: "/groups/{id}/members/$ref", parameters: []),
        GraphRoute(method: "GET", template: "/me/photo/$value", parameters: []),
        GraphRoute(method: "GET", template: "/reports/getEmailActivityCounts(period='{period_value}')", parameters: []),
        GraphRoute(method: "GET", template: "/sites/{site-id}/lists/{list-id}/items", parameters: []),
    ]

    @Test(arguments: [
        ("POST", "https://graph.microsoft.com/beta/users/kim@contoso.com/authentication/phoneMethods"),
        ("POST", "https://graph.microsoft.com/v1.0/users/kim%40contoso.com/authentication/phoneMethods"),
        ("post", "/me/authentication/phoneMethods"),
        ("POST", "https://graph.microsoft.com/v1.0/groups/02bd9fd6/members/$ref"),
        ("GET", "https://graph.microsoft.com/v1.0/me/photo/$value"),
        ("GET", "https://graph.microsoft.com/v1.0/reports/getEmailActivityCounts(period='D7')"),
        ("GET", "https://graph.microsoft.com/v1.0/reports/getEmailActivityCounts(period=%27D7%27)"),
        ("GET", "https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com,2C712604/lists/22e03ef3/items?expand=fields(select=Name)&$top=2"),
    ])
    func documentedRoutesMatch(method: String, url: String) {
        #expect(ExampleCheck.routeMatches(method: method, url: url, routes: Self.routes))
    }

    @Test(arguments: [
        // Another method than documented.
        ("GET", "https://graph.microsoft.com/beta/me/authentication/phoneMethods"),
        // `$ref` route, URL without it (and the other way round).
        ("POST", "https://graph.microsoft.com/v1.0/groups/02bd9fd6/members"),
        ("POST", "https://graph.microsoft.com/beta/me/authentication/phoneMethods/$ref"),
        // `/me/...` is not `/users/{id}/...`: a different route.
        ("GET", "https://graph.microsoft.com/v1.0/users/1/photo/$value"),
        // Broken roots.
        ("POST", "https://graph.microsoft.com/docs\\api/me/authentication/phoneMethods"),
        ("POST", "https://graph.microsoft.com/me/authentication/phoneMethods"),
        ("POST", "https://example.com/v1.0/me/authentication/phoneMethods"),
    ])
    func otherURLsDoNotMatch(method: String, url: String) {
        #expect(!ExampleCheck.routeMatches(method: method, url: url, routes: Self.routes))
    }

    @Test func strictJSONRejectsWhatJSONDecoderTolerates() throws {
        #expect(StrictJSON.isValid(#"{"a": [1, -2.5e3, true, null, "x\u00e9\n"], "b": {}}"#))
        for text in [#"{"a": 1,}"#, "[1,]", "{'a': 1}", "{a: 1}", "[01]", "[NaN]", "// c\n{}", "{\"a\": \"\u{1}\"}", "", "{} {}", #"["\x"]"#] {
            #expect(!StrictJSON.isValid(text), "\(text)")
        }
        #expect(throws: StrictJSON.SyntaxError.self) { try ExampleCheck.json(#"{"a": 1,}"#) }
        #expect(try ExampleCheck.json(#"{"a": 1,}"#, json5: true) == ["a": 1])
    }

    @Test func roundTripComparesValuesNotText() throws {
        let text = #"{"b": 1.50, "a": "2023-01-01T00:00:00.1234567+03:00", "c": [null, {"d": false}]}"#
        let value = try ExampleCheck.json(text)
        #expect(try ExampleCheck.encoded(value) == value)
        #expect(try ExampleCheck.encoded(ExampleCheck.decode(JSONValue.self, from: text)) == value)
    }

    @Test func roundTripDifferencesNameEachPath() throws {
        struct Widget: Codable {
            var size: Int?
            var tags: [String]?
            var note: String?
        }
        let original = try ExampleCheck.json(#"{"size": 2, "tags": ["a", "b"], "colour": "red"}"#)
        var decoded = try ExampleCheck.decode(Widget.self, from: #"{"size": 2, "tags": ["a", "c"]}"#)
        decoded.note = "x"
        #expect(try ExampleCheck.roundTripDifferences(decoded, original) == [
            #"colour: lost "red""#, #"note: added "x""#, #"tags[1]: "b" became "c""#,
        ])
        #expect(try ExampleCheck.roundTripDifferences(original, original).isEmpty)
        // Digits beyond a Double's precision are no difference; another Double is.
        struct Point: Codable { var latitude: Double }
        #expect(try ExampleCheck.roundTripDifferences(Point(latitude: 47.640568390488626), ExampleCheck.json(#"{"latitude": 47.640568390488626}"#)).isEmpty)
        #expect(try ExampleCheck.roundTripDifferences(Point(latitude: 47.6405), ExampleCheck.json(#"{"latitude": 47.64056}"#)) == ["latitude: 47.64056 became 47.6405"])
        #expect(try ExampleCheck.roundTripDifferences([1], ExampleCheck.json("[1, 2]")) == ["(body): [1,2] became [1]"])
        let a = ValidationIssue(path: "a", rule: .format, message: "m"), b = ValidationIssue(path: "b", rule: .format, message: "m")
        #expect(ExampleCheck.union([a, b], [b, a, b]) == [a, b])
        #expect(ExampleCheck.isCollectionPage(try ExampleCheck.json(#"{"value": []}"#)))
        #expect(!ExampleCheck.isCollectionPage(try ExampleCheck.json(#"{"value": {}}"#)))
    }

    @Test func collectionPagesKeepTheirAnnotations() throws {
        let text = #"{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#x", "value": [{"a": 1}, {"a": 2}], "@odata.nextLink": "next"}"#
        let page = try ExampleCheck.decode(GraphCollectionPage<JSONValue>.self, from: text)
        #expect(page.value.count == 2)
        #expect(page.nextLink == "next")
        #expect(try ExampleCheck.encoded(page) == ExampleCheck.json(text))
        // A `value` that is not an array is kept as it came.
        let odd = #"{"value": "x"}"#
        #expect(try ExampleCheck.encoded(ExampleCheck.decode(GraphCollectionPage<JSONValue>.self, from: odd)) == ExampleCheck.json(odd))
    }

    @Test func wrappedEntitiesKeepTheirAnnotationsAndReportInsideValue() throws {
        struct Widget: Codable, Hashable, Sendable, Validatable {
            var size: Int?
            func validate(context: ValidationContext) -> [ValidationIssue] {
                (size ?? 0) < 1 ? [ValidationIssue(path: "size", rule: .range, message: "size should be at least 1")] : []
            }
        }
        let text = #"{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#widgets/$entity", "value": {"size": 0}}"#
        let wrapper = try ExampleCheck.decode(GraphValueWrapper<Widget>.self, from: text)
        #expect(wrapper.value == Widget(size: 0))
        #expect(try ExampleCheck.encoded(wrapper) == ExampleCheck.json(text))
        #expect(wrapper.validate(context: .response).map(\.path) == ["value.size"])
        // A `value` that is not the entity is kept as it came.
        let odd = #"{"value": [1]}"#
        #expect(try ExampleCheck.encoded(ExampleCheck.decode(GraphValueWrapper<Widget>.self, from: odd)) == ExampleCheck.json(odd))
    }

    @Test func referenceBodies() {
        #expect(ExampleCheck.isReference(["@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/1"]))
        #expect(ExampleCheck.isReference(["@odata.id": "x", "@odata.type": "#microsoft.graph.user"]))
        #expect(!ExampleCheck.isReference(["@odata.type": "#microsoft.graph.itemPhone", "number": "1"]))
        #expect(!ExampleCheck.isReference([:]))
        #expect(ExampleCheck.odataType(of: ["@odata.type": "#microsoft.graph.user"]) == "microsoft.graph.user")
    }

    @Test func issuePatternsMatchPathAndKind() {
        let issues = [
            ValidationIssue(path: "phoneType", rule: .enumMember, message: ""),
            ValidationIssue(path: "smsSignInState", rule: .readOnly, message: ""),
            ValidationIssue(path: "inference.confidenceScore", rule: .type, message: ""),
            ValidationIssue(path: "allowedAudiences[1]", rule: .enumMember, message: ""),
            ValidationIssue(path: "phoneTypeX", rule: .enumMember, message: ""),
        ]
        typealias Pattern = ExampleCheck.IssuePattern
        #expect(ExampleCheck.issues(issues, matching: Pattern("phoneType", .value)).map(\.path) == ["phoneType"])
        #expect(ExampleCheck.issues(issues, matching: Pattern("smsSignInState", .value)).isEmpty)
        #expect(ExampleCheck.issues(issues, matching: Pattern("smsSignInState", .readOnly)).count == 1)
        #expect(ExampleCheck.issues(issues, matching: Pattern("inference", .value)).count == 1)
        #expect(ExampleCheck.issues(issues, matching: Pattern("allowedAudiences", .value)).count == 1)
        let rest = ExampleCheck.issues(
            issues, notMatching: [Pattern("phoneType", .value), Pattern("smsSignInState", .readOnly), Pattern("inference.confidenceScore", .value)])
        #expect(rest.map(\.path) == ["allowedAudiences[1]", "phoneTypeX"])
    }
}
