import GraphDocIR
import Testing
@testable import GraphDocLint

@Suite struct RouteRuleTests {
    typealias F = Fixture
    static let file = "api/phones.md"

    static func page(_ routes: [(String, String)], _ method: String, _ url: String, body: String? = nil) -> PageFacts {
        F.operationPage(file, routes: routes, request: F.request(file, line: 40, method, url, body: body, bodyLine: 43))
    }

    @Test func malformedRoutes() {
        let page = F.operationPage(Self.file, routes: [
            ("GET", "/workbook/range(address='<address>'/entireRow"), ("POST", "** Collection URI not found"), ("FETCH", "/me"),
        ], request: nil)
        let findings = F.findings(RouteMalformedRule(), pages: [page])
        #expect(findings.map(\.line) == [10, 11, 12])
        #expect(findings[0].message.contains("unbalanced '('"))
    }

    @Test func relativeRoutesAreReportedAndReadAsAbsolute() {
        let page = Self.page([("GET", "policies/claimsMappingPolicies")], "GET", "https://graph.microsoft.com/v1.0/policies/claimsMappingPolicies")
        let findings = F.findings(RouteRelativePathRule(), pages: [page])
        #expect(findings.map(\.line) == [10])
        #expect(findings.first?.message.contains("reading it as '/policies/claimsMappingPolicies'") == true)
        // Reported once: the route is readable, and the example matches it.
        #expect(F.findings(RouteMalformedRule(), pages: [page]).isEmpty)
        #expect(F.findings(RouteExampleUnmatchedRule(), pages: [page]).isEmpty)
        #expect(F.findings(RouteRelativePathRule(), pages: [Self.page([("GET", "/me")], "GET", "https://graph.microsoft.com/v1.0/me")]).isEmpty)
    }

    @Test func fullURLRoutesAreReportedAndReadAsTheirPath() {
        let page = Self.page([("GET", "https://graph.microsoft.com/v1.0/policies/claimsMappingPolicies")], "GET", "https://graph.microsoft.com/v1.0/policies/claimsMappingPolicies")
        let findings = F.findings(RouteRelativePathRule(), pages: [page])
        #expect(findings.map(\.line) == [10])
        #expect(findings.first?.message.contains("found a full URL; reading it as '/policies/claimsMappingPolicies'") == true)
        #expect(F.findings(RouteExampleUnmatchedRule(), pages: [page]).isEmpty, "the example matches the route's path")
    }

    @Test func functionAndPathParametersMustAppearInARoute() {
        var page = F.operationPage(Self.file, routes: [
            ("GET", "/reports/getEmailActivityUserCounts(period='{period_value}')"), ("GET", "/me/workbook/range/cell(row={row})"),
        ], request: nil)
        func parameter(_ name: String, _ location: OperationParameter.Location, required: Bool?, line: Int) -> OperationParameter {
            OperationParameter(name: name, location: location, type: TypeReference(name: "String"), required: required, source: F.at(Self.file, line))
        }
        page.operation?.parameters = [
            parameter("period", .function, required: true, line: 20),
            parameter("Row", .path, required: nil, line: 21),
            parameter("groupId", .function, required: true, line: 22),
            parameter("column", .path, required: nil, line: 23),
            parameter("top", .function, required: false, line: 24),
            parameter("$deltatoken", .query, required: true, line: 25),
        ]
        let findings = F.findings(ParameterNotInRouteRule(), pages: [page])
        #expect(findings.map(\.line) == [22, 23], "optional and query parameters are not checked; names match in any case")
        #expect(findings.first?.message.contains("expected a function call with 'groupId=' in a route") == true)
        #expect(findings.first?.message.contains("found routes such as 'GET /reports/getEmailActivityUserCounts") == true)
        #expect(findings.last?.subject == "path:column")
    }

    @Test func wellFormedRoutesPass() {
        let page = F.operationPage(Self.file, routes: [
            ("GET", "/reports/getEmailActivityCounts(period='{period_value}')"), ("GET", "/me/drive/root:/{item-path}:/content"),
            ("POST", "/users/{id | userPrincipalName}/authentication/phoneMethods"),
        ], request: nil)
        #expect(F.findings(RouteMalformedRule(), pages: [page]).isEmpty)
    }

    @Test func exampleOutsideGraphRoot() {
        let findings = F.findings(RouteExampleRootRule(), pages: [
            Self.page([("POST", "/me/profile/phones")], "POST", "https://graph.microsoft.com/docs\\api/me/profile/phones"),
        ])
        #expect(findings.map(\.line) == [40])
        #expect(findings.first?.severity == .error)
        // Where the example's request line is known, the URL's finding is there (the fence is above it).
        var onRequestLine = Self.page([("POST", "/me/profile/phones")], "POST", "https://graph.microsoft.com/docs\\api/me/profile/phones")
        onRequestLine.operation?.examples[0].request?.lineSource = F.at(Self.file, 41)
        #expect(F.findings(RouteExampleRootRule(), pages: [onRequestLine]).map(\.line) == [41])
        // Another version is its own defect: the route still matches.
        let otherVersion = Self.page([("GET", "/me")], "GET", "https://graph.microsoft.com/v1.0/me")
        #expect(F.findings(RouteExampleRootRule(), pages: [otherVersion]).isEmpty)
        let wrongVersion = F.findings(RouteExampleVersionRule(), pages: [otherVersion])
        #expect(wrongVersion.first?.message.contains("to call beta, found v1.0") == true)
        #expect(wrongVersion.first?.rule == "route-example-version")
    }

    @Test func graphRootsPass() {
        let pages = [
            Self.page([("GET", "/me")], "GET", "https://graph.microsoft.com/beta/me"),
            Self.page([("GET", "/me")], "GET", "/me"),
            Self.page([("GET", "/me")], "GET", "https://graph.microsoft.com/V1.0/me".replacingOccurrences(of: "V1.0", with: "BETA")),
            // Pages on calls show Graph calling a bot's callback: not a Graph request.
            Self.page([("POST", "/communications/calls")], "POST", "https://bot.contoso.com/api/calls"),
        ]
        #expect(F.findings(RouteExampleRootRule(), pages: pages).isEmpty)
    }

    @Test func exampleMatchingNoRoute() {
        let findings = F.findings(RouteExampleUnmatchedRule(), pages: [
            Self.page([("POST", "/users/{id | userPrincipalName}/authentication/phoneMethods")], "POST",
                      "https://graph.microsoft.com/beta/me/authentication/phoneMethods"),
        ])
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("matches no documented route") == true)
    }

    /// Graph's /me is the signed-in user's /users/{id}: the finding says which documented route the
    /// example calls through the alias, in either direction, and only for the example's method.
    @Test func anExampleThroughTheUserAliasSaysWhichRouteItCalls() {
        func message(_ route: (String, String), _ method: String, _ url: String) -> String? {
            let findings = F.findings(RouteExampleUnmatchedRule(), pages: [Self.page([route], method, url)])
            return findings.count == 1 ? findings[0].message : nil
        }
        #expect(message(("GET", "/users/{id | userPrincipalName}/ownedDevices"), "GET", "https://graph.microsoft.com/v1.0/me/ownedDevices")
            == "request example 'example_1' URL 'https://graph.microsoft.com/v1.0/me/ownedDevices' matches no documented route (GET /users/{id | userPrincipalName}/ownedDevices); /me is the signed-in user's /users/{id}, so it calls GET /users/{id | userPrincipalName}/ownedDevices: document the /me route too, or write the example with /users/{id}")
        #expect(message(("GET", "/me/drive"), "GET", "https://graph.microsoft.com/v1.0/users/kim@contoso.com/drive?$select=id")
            == "request example 'example_1' URL 'https://graph.microsoft.com/v1.0/users/kim@contoso.com/drive?$select=id' matches no documented route (GET /me/drive); /users/{id} is /me for the signed-in user, so it calls GET /me/drive: document the /users/{id} route too, or write the example with /me")
        #expect(message(("DELETE", "/users/{id}/ownedDevices"), "GET", "https://graph.microsoft.com/v1.0/me/ownedDevices")
            == "request example 'example_1' URL 'https://graph.microsoft.com/v1.0/me/ownedDevices' matches no documented route (DELETE /users/{id}/ownedDevices)",
            "through the alias the route is documented for another method only")
        #expect(message(("GET", "/groups/{id}/drive"), "GET", "https://graph.microsoft.com/v1.0/me/drive")
            == "request example 'example_1' URL 'https://graph.microsoft.com/v1.0/me/drive' matches no documented route (GET /groups/{id}/drive)")
    }

    @Test func exampleMatchingARoutePasses() {
        let pages = [
            Self.page([("POST", "/me/authentication/phoneMethods"), ("POST", "/users/{id}/authentication/phoneMethods")], "POST",
                      "https://graph.microsoft.com/beta/users/kim%40contoso.com/authentication/phoneMethods?$select=id"),
            // Broken roots are route-example-root's finding, not this rule's.
            Self.page([("POST", "/me/x")], "POST", "https://graph.microsoft.com/docs\\api/me/y"),
        ]
        #expect(F.findings(RouteExampleUnmatchedRule(), pages: pages).isEmpty)
    }

    @Test func methodMismatch() {
        let findings = F.findings(RouteExampleMethodMismatchRule(), pages: [
            Self.page([("POST", "/me/events")], "PATCH", "https://graph.microsoft.com/beta/me/events"),
        ])
        #expect(findings.first?.message.contains("uses PATCH, but the route it matches is documented for POST") == true)
        #expect(F.findings(RouteExampleMethodMismatchRule(), pages: [
            Self.page([("POST", "/me/events")], "POST", "https://graph.microsoft.com/beta/me/events"),
        ]).isEmpty)
    }

    @Test func literalKeysInRoutes() {
        let page = F.operationPage(Self.file, routes: [
            ("DELETE", "/education/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/assignments/{id}"),
            ("GET", "/groups('02bd9fd6-8f93-4758-87c3-1fb73740a315')/members"),
        ], request: nil)
        let findings = F.findings(RouteLiteralKeyRule(), pages: [page])
        #expect(findings.map(\.line) == [10, 11])
        #expect(findings.first?.message.contains("'acdefc6b-2dc6-4e71-b1e9-6d9810ab1793'") == true)
        // Examples are matched against the route the page meant, so the GUID is reported once.
        let example = Self.page([("GET", "/education/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/assignments")], "GET",
                                "https://graph.microsoft.com/beta/education/classes/11010/assignments")
        #expect(F.findings(RouteExampleUnmatchedRule(), pages: [example]).isEmpty)
    }

    @Test func placeholderKeysPass() {
        let page = F.operationPage(Self.file, routes: [
            ("GET", "/education/classes/{acdefc6b-2dc6-4e71-b1e9-6d9810ab1793}/assignments"), ("GET", "/deviceManagement/deviceCategories/{deviceCategoryId}"),
            ("GET", "/me/drive/items/{item-id}/content"), ("GET", "/reports/getOffice365ActiveUserCounts(period='D7')"),
        ], request: nil)
        #expect(F.findings(RouteLiteralKeyRule(), pages: [page]).isEmpty)
    }

    @Test func refRouteWithFullObject() {
        let findings = F.findings(RouteRefWithObjectBodyRule(), pages: [
            Self.page([("POST", "/me/profile/phones/$ref")], "POST", "https://graph.microsoft.com/beta/me/profile/phones",
                      body: "{\n  \"@odata.type\": \"#microsoft.graph.itemPhone\",\n  \"number\": \"1\"\n}"),
        ])
        #expect(findings.map(\.line) == [10])
        // The subject names the example, whose test alone expects the failure.
        #expect(findings.map(\.subject) == ["example_1/request/POST /me/profile/phones/$ref"])
    }

    @Test func refRouteWithEmptyObjectIsNoReference() {
        let findings = F.findings(RouteRefWithObjectBodyRule(), pages: [
            Self.page([("PUT", "/identity/b2xUserFlows/{id}/apiConnectorConfiguration/postAttributeCollection/$ref")], "PUT",
                      "https://graph.microsoft.com/beta/identity/b2xUserFlows/B2X_1_Partner/apiConnectorConfiguration/postAttributeCollection/$ref",
                      body: "{\n}"),
        ])
        #expect(findings.map(\.message) == [
            "route 'PUT /identity/b2xUserFlows/{id}/apiConnectorConfiguration/postAttributeCollection/$ref' adds a reference, but example 'example_1' sends an empty object, with no @odata.id",
        ])
    }

    @Test func refRouteWithReferenceBodyPasses() {
        let findings = F.findings(RouteRefWithObjectBodyRule(), pages: [
            Self.page([("POST", "/groups/{id}/members/$ref")], "POST", "https://graph.microsoft.com/beta/groups/1/members/$ref",
                      body: "{\n  \"@odata.id\": \"https://graph.microsoft.com/beta/directoryObjects/2\"\n}"),
        ])
        #expect(findings.isEmpty)
    }

    /// A translated page is judged by its own routes: the zh seed's `/me` example matches its `/me` route.
    @Test func translationsUseTheirOwnRoutes() {
        let findings = F.findings(RouteExampleUnmatchedRule(), pages: [SeedFixtures.seed003zh()])
        #expect(findings.isEmpty)
    }

    /// Operations present only in the merged model (and their translations) are checked too.
    @Test func modelOnlyOperationsAreChecked() {
        let page = Self.page([("GET", "/me")], "GET", "https://graph.microsoft.com/beta/users/1")
        var operation = page.operation!
        operation.translations = [OperationTranslation(
            locale: "zh-CN", page: "zh/phones.md", title: "x", routes: operation.routes,
            examples: [Example(name: "zh", request: F.request("zh/phones.md", line: 7, "GET", "/users/2"), response: nil)])]
        let findings = F.findings(RouteExampleUnmatchedRule(), pages: [], model: ApiModel(operations: [operation]))
        #expect(findings.map(\.file) == [Self.file, "zh/phones.md"])
    }
}
