import Foundation
import Testing
@testable import GraphModelSupport

@Suite struct RouteTemplateTests {
    @Test func alternativesPlaceholderMatchesAnyKey() throws {
        let route = try RouteTemplate("/users/{id | userPrincipalName}/authentication/phoneMethods")
        #expect(route.segments.count == 4)
        #expect(route.segments[1].pieces == [.placeholder(["id", "userPrincipalName"])])
        #expect(route.matches("https://graph.microsoft.com/beta/users/kim@contoso.com/authentication/phoneMethods"))
        #expect(route.matches("https://graph.microsoft.com/v1.0/users/kim%40contoso.com/authentication/phoneMethods"))
        #expect(try RouteTemplate("/users/{id|name}/photo").matches("/users/abc/photo"))
    }

    @Test func meAndUsersAreDistinct() throws {
        let users = try RouteTemplate("/users/{id}/authentication/phoneMethods")
        let me = try RouteTemplate("/me/authentication/phoneMethods")
        #expect(!users.matches("https://graph.microsoft.com/beta/me/authentication/phoneMethods"))
        #expect(me.matches("https://graph.microsoft.com/beta/me/authentication/phoneMethods"))
        #expect(!me.matches("https://graph.microsoft.com/beta/users/1/authentication/phoneMethods"))
    }

    @Test func odataPathItemsAreLiterals() throws {
        let ref = try RouteTemplate("/me/authentication/phoneMethods/$ref")
        #expect(!ref.matches("https://graph.microsoft.com/beta/me/authentication/phoneMethods"))
        #expect(ref.matches("https://graph.microsoft.com/beta/me/authentication/phoneMethods/$ref"))
        #expect(try RouteTemplate("/me/photo/$value").matches("/v1.0/me/photo/$value"))
        #expect(try RouteTemplate("/users/$count").matches("/users/$count?$filter=x eq 1"))
        #expect(!(try RouteTemplate("/users/$count").matches("/users/$value")))
    }

    @Test func functionSegmentsMatchArguments() throws {
        let route = try RouteTemplate("/reports/getEmailActivityCounts(period='{period_value}')")
        #expect(route.matches("https://graph.microsoft.com/v1.0/reports/getEmailActivityCounts(period='D7')"))
        #expect(route.matches("/reports/microsoft.graph.getEmailActivityCounts(period='D7')"))
        #expect(!route.matches("/reports/getEmailActivityUserDetail(period='D7')"))
        #expect(try RouteTemplate("/me/events/delta()").matches("/me/events/delta?$deltatoken=1"))
        // Argument values in routes are stand-ins, quoted or not.
        let recent = try RouteTemplate("/me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks=includePersonalNotebooks-value)")
        #expect(recent.matches("/me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks=true)"))
        let interval = try RouteTemplate("/items/{id}/getActivitiesByInterval(startDateTime='2017-01-01',endDateTime='2017-01-31',interval='day')")
        #expect(interval.matches("/items/1/getActivitiesByInterval(startDateTime='2018-01-01',endDateTime='2018-01-3',interval='week')"))
        #expect(!interval.matches("/items/1/getActivitiesByInterval(interval='week')"))
        #expect(RouteTemplate.placeholderArguments("range(address='A1,B2')") == "range(address='{A1,B2}')")
        #expect(RouteTemplate.placeholderArguments("f(a='{x}')") == "f(a='{x}')")
    }

    @Test func colonPathsSpanSegments() throws {
        let route = try RouteTemplate("/me/drive/root:/{item-path}:/content")
        #expect(route.segments[3].spansPath)
        #expect(route.matches("https://graph.microsoft.com/v1.0/me/drive/root:/FolderA/FileB.txt:/content"))
        #expect(route.matches("/me/drive/root:/FileB.txt:/content"))
        #expect(!route.matches("/me/drive/root:/FolderA/FileB.txt:/children"))
        #expect(try RouteTemplate("/drives/{drive-id}/root:/{path}").matches("/drives/b!1/root:/a/b/c.docx"))
    }

    @Test func castsAndQueryStrings() throws {
        let route = try RouteTemplate("/groups/{id}/members/microsoft.graph.user?$count=true")
        #expect(route.query == "$count=true")
        #expect(route.matches("/groups/02bd/members/microsoft.graph.user?$count=true&$select=id"))
        #expect(!route.matches("/groups/02bd/members/microsoft.graph.group"))
        #expect(try RouteTemplate("/v1.0/me").matches("https://graph.microsoft.com/beta/me"))
        #expect(try RouteTemplate("https://graph.microsoft.com/v1.0/me/events").matches("/me/events"))
    }

    @Test func malformedPathsThrow() {
        #expect(throws: RouteTemplate.ParseError.self) { try RouteTemplate("") }
        #expect(throws: RouteTemplate.ParseError.self) { try RouteTemplate("** Collection URI not found") }
        #expect(throws: RouteTemplate.ParseError.self) { try RouteTemplate("/range(address='<address>'/entireRow") }
        #expect(throws: RouteTemplate.ParseError.self) { try RouteTemplate("/users/{id/photo") }
        #expect(throws: RouteTemplate.ParseError.self) { try RouteTemplate("/users/id}/photo") }
    }

    @Test func angleAndSuffixPlaceholders() throws {
        #expect(try RouteTemplate("/workbook/names/<name>/range").matches("/workbook/names/test/range"))
        #expect(try RouteTemplate("/drive/items/{id}.json").matches("/drive/items/abc.json"))
        #expect(!(try RouteTemplate("/drive/items/{id}.json").matches("/drive/items/.json")))
    }

    @Test func requestURLParts() {
        let url = GraphRequestURL("https://graph.microsoft.com/beta/users/kim%40contoso.com?$select=id")
        #expect(url.scheme == "https")
        #expect(url.host == "graph.microsoft.com")
        #expect(url.version == "beta")
        #expect(url.pathSegments == ["users", "kim@contoso.com"])
        #expect(url.query == "$select=id")
        #expect(url.isGraphRoot)
        #expect(GraphRequestURL("/me/events").isGraphRoot)
        #expect(GraphRequestURL("https://graph.microsoft.us/v1.0/me").isGraphRoot)
    }

    /// Routes and URLs are trimmed of what Foundation documents as whitespace (spaces and tabs of
    /// every script, `Zs` and U+0009; not line breaks), without going through `NSString`.
    @Test func horizontalSpaceIsTrimmedAsFoundationTrimsWhitespace() throws {
        let samples = [
            "", " ", "\t/me\t", "  /me/events  ", "\u{00A0}/me\u{3000}", "\u{2003}x\u{202F}", "\n/me\n",
            " \u{301}/me", "/users/{id | userPrincipalName}", "é ", " 日本 ",
        ]
        for sample in samples {
            #expect(String(sample.trimmingHorizontalSpace()) == sample.trimmingCharacters(in: .whitespaces), "\(sample.unicodeScalars.map(\.value))")
        }
        // A zero-width space is a format character (`Cf`), not a space: an invisible defect is kept.
        #expect(String("\u{200B}/me".trimmingHorizontalSpace()) == "\u{200B}/me")
        #expect(try RouteTemplate("\u{3000}/me/events\t").text == "/me/events")
        #expect(GraphRequestURL(" \u{00A0}https://graph.microsoft.com/v1.0/me/events ").pathSegments == ["me", "events"])
        #expect(try RouteTemplate("/reports/f(period=' D7 ')").segments[1].pieces == [.literal("f(period='"), .placeholder(["D7"]), .literal("')")])
    }

    @Test func requestURLOutsideGraphRoot() {
        let seed = GraphRequestURL("https://graph.microsoft.com/docs\\api/me/profile/phones")
        #expect(seed.host == "graph.microsoft.com")
        #expect(seed.version == nil)
        #expect(!seed.isGraphRoot)
        #expect(!GraphRequestURL("https://example.com/v1.0/me").isGraphRoot)
    }

    /// OData type casts and `$count` after a documented route are conventions, not other routes.
    @Test func castsAndCountFollowAnyRoute() throws {
        let route = try RouteTemplate("/groups/{id}/transitiveMemberOf")
        #expect(route.matches("https://graph.microsoft.com/v1.0/groups/1/transitiveMemberOf/microsoft.graph.group"))
        #expect(route.matches("https://graph.microsoft.com/v1.0/groups/1/transitiveMemberOf/microsoft.graph.group/$count"))
        #expect(route.matches("https://graph.microsoft.com/v1.0/groups/1/transitiveMemberOf/$count"))
        #expect(!route.matches("https://graph.microsoft.com/v1.0/groups/1/transitiveMemberOf/members"))
        #expect(!route.matches("https://graph.microsoft.com/v1.0/groups/1/transitiveMemberOf/microsoft.graph.group/members"))
    }

    /// `root` is Graph's alias for the drive's root item.
    @Test func rootAliasAddressesADriveItem() throws {
        let route = try RouteTemplate("/drives/{drive-id}/items/{parent-item-id}/children")
        #expect(route.matches("https://graph.microsoft.com/v1.0/drives/b!x/root/children"))
        #expect(route.matches("https://graph.microsoft.com/v1.0/drives/b!x/items/01ABC/children"))
        #expect(!route.matches("https://graph.microsoft.com/v1.0/drives/b!x/root/permissions"))
        #expect(!route.matches("https://graph.microsoft.com/v1.0/drives/b!x/special/children"))
    }
}
