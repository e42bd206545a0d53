import GraphDocIR
@testable import GraphDocExtraction
import GraphDocMarkdown
import Testing

@Suite struct RouteReaderTests {
    private func read(_ markdown: String) throws -> ([Route], [Diagnostic]) {
        let block = try #require(parse(markdown, path: "api/x.md").codeBlocks.first)
        var diagnostics: [Diagnostic] = []
        let routes = RouteReader.routes(in: block, diagnostics: &diagnostics)
        return (routes, diagnostics)
    }

    @Test func severalRoutesPerBlockWithFileLines() throws {
        let (routes, diagnostics) = try read("""
            ## HTTP request

            ```http
            POST /me/authentication/phoneMethods

            POST /users/{id | userPrincipalName}/authentication/phoneMethods
            ```
            """)
        #expect(diagnostics.isEmpty)
        #expect(routes.map(\.method) == ["POST", "POST"])
        #expect(routes.map(\.path) == ["/me/authentication/phoneMethods", "/users/{id | userPrincipalName}/authentication/phoneMethods"])
        #expect(routes.map(\.source) == [
            SourceLocation(file: "api/x.md", line: 4, column: 1), SourceLocation(file: "api/x.md", line: 6, column: 1),
        ])
    }

    @Test(arguments: [
        ("GET /users/{id | userPrincipalName}/authentication/methods", "GET", "/users/{id | userPrincipalName}/authentication/methods"),
        ("POST /me/profile/phones/$ref", "POST", "/me/profile/phones/$ref"),
        ("GET /me/photo/$value", "GET", "/me/photo/$value"),
        ("GET /reports/getEmailActivityCounts(period='{period_value}')", "GET", "/reports/getEmailActivityCounts(period='{period_value}')"),
        ("GET /users?$filter=identities/any(c:c/issuerAssignedId eq '{x}' and c/issuer eq 'contoso')", "GET",
         "/users?$filter=identities/any(c:c/issuerAssignedId eq '{x}' and c/issuer eq 'contoso')"),
        ("GET /drives/{drive-id}/root:/{item-path}:/content", "GET", "/drives/{drive-id}/root:/{item-path}:/content"),
        ("PATCH   /me/events/{id}  ", "PATCH", "/me/events/{id}"),
        ("GET auditLogs/signIns", "GET", "auditLogs/signIns"),
    ])
    func routeShapes(line: String, method: String, path: String) throws {
        let (routes, diagnostics) = try read("```http\n\(line)\n```\n")
        #expect(diagnostics.isEmpty)
        #expect(routes.map(\.method) == [method])
        #expect(routes.map(\.path) == [path])
    }

    @Test func missingSpaceAfterMethodIsFlaggedButKept() throws {
        let (routes, diagnostics) = try read("```http\nDELETE/identity/conditionalAccess/policies/{id}\n```\n")
        #expect(routes.map(\.path) == ["/identity/conditionalAccess/policies/{id}"])
        #expect(routes.map(\.method) == ["DELETE"])
        #expect(diagnostics.map(\.rule) == ["route-malformed"])
        #expect(diagnostics.first?.location == SourceLocation(file: "api/x.md", line: 2, column: 1))
    }

    @Test func nonRouteLinesAreReportedWithTheirPosition() throws {
        let (routes, diagnostics) = try read("""
            Text.

            ```http
            GET /me/drive/items/{item-id}/workbook/worksheets
            or
              workbook-session-id: {session-id}
            ```
            """)
        #expect(routes.map(\.path) == ["/me/drive/items/{item-id}/workbook/worksheets"])
        // The header the route needs ends the route lines; it is no defect.
        #expect(diagnostics.map(\.rule) == ["route-malformed"])
        #expect(diagnostics.map(\.location) == [SourceLocation(file: "api/x.md", line: 5, column: 1)])
        #expect(diagnostics.map(\.subject) == ["or"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    /// A request shown whole under "HTTP request" (an example there): the request line is the
    /// route; headers and body are not route lines.
    @Test func headersAndBodyAfterTheRequestLineAreNoRoutes() throws {
        let (routes, diagnostics) = try read("""
            ```http
            POST /me/drive/items/{item-id}/invite
            Content-type: application/json

            {
              "recipients": [ { "email": "ryan@contoso.com" } ],
              "message": "GET /this is no route"
            }
            ```
            """)
        #expect(routes.map(\.path) == ["/me/drive/items/{item-id}/invite"])
        #expect(diagnostics.isEmpty)
    }

    /// Before any route, a header-like line is reported like any other stray line.
    @Test(arguments: [("Content-type: application/json", true), ("https://graph.microsoft.com/v1.0/me", false), ("Prefer:", true), ("a b: c", false)])
    func headerLines(line: String, isHeader: Bool) {
        #expect(RouteReader.isHeader(line) == isHeader)
    }

    /// A route written as a full URL is its path from the service root; the URL is reported, and a
    /// version other than the page's is said too.
    @Test func aFullURLRouteIsItsPathFromTheServiceRoot() throws {
        let block = try #require(parse("""
            ```http
            GET https://graph.microsoft.com/v1.0/policies/homeRealmDiscoveryPolicies/{id}
            GET /policies/claimsMappingPolicies
            ```
            """, path: "api/x.md").codeBlocks.first)
        var diagnostics: [Diagnostic] = []
        let routes = RouteReader.routes(in: block, pageVersion: "v1.0", diagnostics: &diagnostics)
        #expect(routes.map(\.path) == ["/policies/homeRealmDiscoveryPolicies/{id}", "/policies/claimsMappingPolicies"])
        #expect(diagnostics.map(\.rule) == [RuleID.routeRelativePath.id])
        #expect(diagnostics.first?.line == 2)
        #expect(diagnostics.first?.message.contains("found a full URL; reading it as '/policies/homeRealmDiscoveryPolicies/{id}'") == true)
        var onBeta: [Diagnostic] = []
        _ = RouteReader.routes(in: block, pageVersion: "beta", diagnostics: &onBeta)
        #expect(onBeta.first?.message.contains("found a full URL of v1.0 on a beta page") == true)
    }

    @Test func methodWithoutPath() throws {
        let (routes, diagnostics) = try read("```http\nGET\n```\n")
        #expect(routes.isEmpty)
        #expect(diagnostics.map(\.rule) == ["route-malformed"])
    }

    @Test func routeInsideABlockQuoteKeepsItsFileColumn() throws {
        let (routes, _) = try read("> ```http\n> GET /me\n> ```\n")
        #expect(routes.map(\.source) == [SourceLocation(file: "api/x.md", line: 2, column: 3)])
    }

    @Test func seedRoutes() throws {
        let en = try seed("en-us/beta/api/authentication-post-phonemethods.md")
        var diagnostics: [Diagnostic] = []
        let enRoutes = RouteReader.routes(in: try #require(en.codeBlock(at: 41)), diagnostics: &diagnostics)
        #expect(enRoutes.map(\.path) == ["/users/{id | userPrincipalName}/authentication/phoneMethods"])
        #expect(enRoutes.first?.source.line == 42)

        let zh = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        let zhRoutes = RouteReader.routes(in: try #require(zh.codeBlock(at: 47)), diagnostics: &diagnostics)
        #expect(zhRoutes.map(\.path) == ["/me/authentication/phoneMethods", "/users/{id}/authentication/phoneMethods"])
        #expect(zhRoutes.map(\.source.line) == [48, 49])

        let phones = try seed("en-us/beta/api/add-phones.md")
        let phoneRoutes = RouteReader.routes(in: try #require(phones.codeBlocks.first), diagnostics: &diagnostics)
        #expect(phoneRoutes.map(\.path) == ["/me/profile/phones/$ref"])
        #expect(diagnostics.isEmpty)
    }
}
