import Testing
import GraphDocIR

@Suite struct RouteTemplatePathTests {
    func route(_ path: String) -> Route {
        Route(method: "GET", path: path, source: SourceLocation(file: "a.md", line: 1, column: 1))
    }

    @Test(arguments: [
        ("/users/{id | userPrincipalName}/photo/$value", "/users/{id | userPrincipalName}/photo/$value"),
        ("/education/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/assignments/cf6005fc-9e13-44a2-a6ac-a53322006454",
         "/education/classes/{key}/assignments/{key2}"),
        ("policies/activityBasedTimeoutPolicies", "/policies/activityBasedTimeoutPolicies"),
        // A GUID inside a placeholder is the placeholder's own business.
        ("/groups/{02bd9fd6-8f93-4758-87c3-1fb73740a315}/members", "/groups/{02bd9fd6-8f93-4758-87c3-1fb73740a315}/members"),
        // Not 8-4-4-4-12: not a sample key.
        ("/sites/contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A", "/sites/contoso.sharepoint.com,{key}"),
        ("/drives/b!abc-123/items/root", "/drives/b!abc-123/items/root"),
        // A full URL: the path from the service root, without host and version.
        ("https://graph.microsoft.com/v1.0/policies/authenticationMethodsPolicy", "/policies/authenticationMethodsPolicy"),
        ("https://graph.microsoft.com/beta/me/events/11111111-2222-3333-4444-555555555555", "/me/events/{key}"),
        ("https://graph.microsoft.com/users", "/users"),
    ])
    func templatePath(written: String, template: String) {
        #expect(route(written).templatePath == template)
    }

    @Test func placeholdersAndFunctionArguments() {
        let call = route("/me/drive/items/{id}/workbook/worksheets/{id|name}/range(address='{address}')/cell(row={row}, column={column})")
        #expect(call.placeholderNames == ["id", "id", "name", "address", "row", "column"])
        #expect(call.functionArgumentNames == ["address", "row", "column"])
        let user = route("/users/{id | userPrincipalName}/calendarView?startDateTime={start}&endDateTime={end}")
        #expect(user.placeholderNames == ["id", "userPrincipalName", "start", "end"])
        #expect(user.functionArgumentNames.isEmpty, "the query string calls no function")
        #expect(route("/drives/{drive-id}/items('{item-id}')/delta()").functionArgumentNames.isEmpty, "a key in parentheses names no parameter")
        #expect(route("https://graph.microsoft.com/v1.0/reports/getEmailActivityUserCounts(period='D7')").functionArgumentNames == ["period"])
        #expect(route("/unclosed/{id").placeholderNames.isEmpty && route("/f(a=1").functionArgumentNames.isEmpty)
    }

    @Test func fullURLsAreNotRelativePaths() {
        #expect(!route("https://graph.microsoft.com/v1.0/me").isRelative)
        #expect(route("https://graph.microsoft.com/v1.0/me").serviceRootPath == "/me")
        #expect(route("me/events").isRelative)
        #expect(route("me/events").serviceRootPath == nil)
        #expect(route("/me/events").serviceRootPath == nil)
    }

    @Test func firstSampleKey() {
        #expect(Route.firstSampleKey(in: "/a/11111111-2222-3333-4444-555555555555/b") == "11111111-2222-3333-4444-555555555555")
        #expect(Route.firstSampleKey(in: "/a/{11111111-2222-3333-4444-555555555555}") == nil)
        #expect(Route.firstSampleKey(in: "/a/1111-2222") == nil)
        // Runs longer than a GUID, keys at the end, and text beyond ASCII (read character by character).
        #expect(Route.firstSampleKey(in: "/a/011111111-2222-3333-4444-555555555555") == nil)
        #expect(Route.firstSampleKey(in: "/a/x11111111-2222-3333-4444-555555555555") == "11111111-2222-3333-4444-555555555555")
        #expect(Route.firstSampleKey(in: "/a/{x}/b}11111111-2222-3333-4444-55555555555A") == "11111111-2222-3333-4444-55555555555A")
        #expect(Route.firstSampleKey(in: "/é/11111111-2222-3333-4444-555555555555/ü") == "11111111-2222-3333-4444-555555555555")
        #expect(Route.firstSampleKey(in: "/é/{11111111-2222-3333-4444-555555555555}") == nil)
    }
}
