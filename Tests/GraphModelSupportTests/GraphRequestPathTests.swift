import Foundation
import GraphModelSupport
import HTTPTypes
import Testing

/// How `GraphRequest` fills a route template: placeholders in order, each value encoded per RFC 3986.
@Suite struct GraphRequestPathTests {
    private func path(_ template: String, _ arguments: [String]) -> String {
        GraphRequest<NoContent, NoQueryOptions>(method: .get, template: template, arguments: arguments, successStatus: 204)
            .path
    }

    @Test func placeholdersWithTheSameNameTakeOneValueEachInOrder() {
        #expect(path("/me/calendars/{id}/events/{id}", ["CAL1", "EV2"]) == "/me/calendars/CAL1/events/EV2")
        #expect(
            path("/users/{id | userPrincipalName}/calendars/{id}/events", ["kim@contoso.com", "C"])
                == "/users/kim@contoso.com/calendars/C/events")
    }

    @Test func valuesArePercentEncodedForAPathSegment() {
        #expect(path("/users/{id}", ["a b"]) == "/users/a%20b")
        #expect(path("/users/{id}", ["a/b?c#d"]) == "/users/a%2Fb%3Fc%23d")
        #expect(path("/users/{id}", ["100%"]) == "/users/100%25")
        #expect(path("/users/{id}", ["AAMk+x=="]) == "/users/AAMk%2Bx%3D%3D")
        #expect(path("/users/{id}", ["Zoë 名"]) == "/users/Zo%C3%AB%20%E5%90%8D")
        #expect(path("/users/{id}", ["a:b(c)'d,e"]) == "/users/a%3Ab%28c%29%27d%2Ce")
        #expect(path("/users/{id}", ["-._~@"]) == "/users/-._~@")
    }

    @Test func aQuotedFunctionParameterDoublesItsQuotes() {
        #expect(
            path("/reports/getTeamsUserActivityCounts(period='{period}')", ["D7"])
                == "/reports/getTeamsUserActivityCounts(period='D7')")
        #expect(path("/me/drive/root/search(q='{text}')", ["it's"]) == "/me/drive/root/search(q='it%27%27s')")
        // Outside quotes a value is not an OData string literal: the quote is only encoded.
        #expect(path("/f(count={n})", ["it's"]) == "/f(count=it%27s)")
        // A literal argument is the template's own text and goes out as written.
        #expect(path("/reports/getCounts(period='D7',date={date})", ["2024-01-01"]) == "/reports/getCounts(period='D7',date=2024-01-01)")
    }

    @Test func anItemPathAfterAColonKeepsItsSlashes() {
        #expect(
            path("/me/drive/root:/{item-path}:/content", ["Documents/Q1 report.docx"])
                == "/me/drive/root:/Documents/Q1%20report.docx:/content")
        #expect(
            path("/drives/{drive-id}/root:/{item-path}:", ["b!x/y", "a/b:c"])
                == "/drives/b%21x%2Fy/root:/a/b%3Ac:")
    }

    @Test func literalTextKeepsODataSegmentsAndDropsTheVersion() {
        #expect(path("/v1.0/groups/{id}/members/$ref", ["G"]) == "/groups/G/members/$ref")
        #expect(path("https://graph.microsoft.com/beta/me/events", []) == "/me/events")
        #expect(path("/", []) == "/")
        #expect(path("/me/events/microsoft.graph.delta()", []) == "/me/events/microsoft.graph.delta()")
    }

    @Test func theTemplateQueryBecomesQueryItemsFilledAfterThePath() {
        let request = GraphRequest<NoContent, NoQueryOptions>(
            method: .get, template: "/me/calendars/{id}/calendarView?startDateTime={start}&$format=text%2Fcsv",
            arguments: ["C", "2024-01-01T00:00:00+02:00"], successStatus: 200)
        #expect(request.path == "/me/calendars/C/calendarView")
        #expect(
            request.queryItems == [
                GraphQueryItem(name: "startDateTime", value: "2024-01-01T00:00:00+02:00"),
                GraphQueryItem(name: "$format", value: "text/csv"),
            ])
        #expect(request.buildError == nil)
    }

    @Test func argumentsThatDoNotFitTheTemplateAreABuildError() {
        let tooFew = GraphRequest<NoContent, NoQueryOptions>(
            method: .get, template: "/me/calendars/{id}/events/{id}", arguments: ["C"], successStatus: 200)
        #expect(
            tooFew.buildError
                == .invalidRequest(
                    template: "/me/calendars/{id}/events/{id}", reason: "expected 2 argument(s) for its placeholders, found 1"))
        #expect(tooFew.path == "/me/calendars/C/events/%7Bid%7D")
        let tooMany = GraphRequest<NoContent, NoQueryOptions>(method: .get, template: "/me", arguments: ["x"], successStatus: 200)
        #expect(tooMany.buildError != nil)
        let unreadable = GraphRequest<NoContent, NoQueryOptions>(
            method: .get, template: "/users/{id", arguments: ["x"], successStatus: 200)
        #expect(unreadable.buildError == .invalidRequest(template: "/users/{id", reason: "unbalanced '{' at offset 7"))
    }

    @Test func theHTTPRequestGoesUnderTheServiceRoot() throws {
        let request = GraphRequest<NoContent, NoQueryOptions>(
            method: .delete, template: "/me/events/{id}", arguments: ["a b"], successStatus: 204)
        let http = request.httpRequest(serviceRoot: try #require(URL(string: "https://graph.microsoft.com/beta/")))
        #expect(http.method == .delete)
        #expect(http.scheme == "https")
        #expect(http.authority == "graph.microsoft.com")
        #expect(http.path == "/beta/me/events/a%20b")
        let local = request.httpRequest(serviceRoot: try #require(URL(string: "http://127.0.0.1:8080")))
        #expect(local.authority == "127.0.0.1:8080")
        #expect(local.path == "/me/events/a%20b")
    }
}
