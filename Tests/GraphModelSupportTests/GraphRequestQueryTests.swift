import Foundation
import GraphModelSupport
import HTTPTypes
import Testing

/// Query options and parameters: which builders a request has, and how the query is encoded.
@Suite struct GraphRequestQueryTests {
    private let root = URL(string: "https://graph.microsoft.com/v1.0")!

    private func list() -> GraphRequest<GraphCollectionPage<Phone>, CollectionQueryOptions> {
        GraphRequest(method: .get, template: "/me/phones", arguments: [], successStatus: 200)
    }

    @Test func collectionOptionsWriteODataSystemQueryOptions() {
        let request = list().select("number", "type").expand("owner").filter("startswith(number,'+1')")
            .orderBy("number desc", "type").top(5).skip(10).search("\"number:555\"").count()
        #expect(
            request.queryString
                == "?$select=number,type&$expand=owner&$filter=startswith(number,'%2B1')&$orderby=number%20desc,type"
                + "&$top=5&$skip=10&$search=%22number:555%22&$count=true")
    }

    @Test func anOptionSetTwiceKeepsTheLastValue() {
        #expect(list().top(5).select(["a"]).top(7).queryString == "?$select=a&$top=7")
    }

    @Test func entityOptionsSelectAndExpand() {
        let request = GraphRequest<Phone, EntityQueryOptions>(
            method: .get, template: "/me/phones/{id}", arguments: ["1"], successStatus: 200
        ).select("number").expand("owner($select=id)")
        #expect(request.queryString == "?$select=number&$expand=owner($select%3Did)")
    }

    @Test func queryValuesEncodePlusAmpersandEqualsAndHash() {
        let request = list().query("startDateTime", "2024-01-01T00:00:00+02:00").query("q", "a&b=c #d;e")
            .query("absent", nil as String?).query("$top", 3 as Int32)
        #expect(
            request.queryString == "?startDateTime=2024-01-01T00:00:00%2B02:00&q=a%26b%3Dc%20%23d%3Be&$top=3")
        let http = request.httpRequest(serviceRoot: root)
        #expect(http.path == "/v1.0/me/phones" + request.queryString)
        #expect(http.url?.absoluteString == "https://graph.microsoft.com/v1.0/me/phones" + request.queryString)
    }

    @Test func typedParameterValuesGoOutAsTheirText() {
        let start = DateTimeOffset(text: "2024-01-01T00:00:00+02:00")
        #expect(
            list().query("startDateTime", start).query("flag", true).query("none", nil as GraphDate?).queryString
                == "?startDateTime=2024-01-01T00:00:00%2B02:00&flag=true")
    }

    @Test func queryNamesAreEncodedButKeepTheirDollar() {
        #expect(list().query("$my name", "x").queryString == "?$my%20name=x")
    }

    @Test func headersAndBodyTravelWithTheRequest() throws {
        let request = GraphRequest<Phone, NoQueryOptions>(
            method: .post, template: "/me/phones", arguments: [], body: Phone(number: "+1 555"), successStatus: 201
        ).header(.init("ConsistencyLevel")!, "eventual")
        #expect(request.headerFields[.contentType] == "application/json")
        #expect(request.headerFields[.init("consistencylevel")!] == "eventual")
        let body = try #require(try request.encodedBody())
        #expect(String(decoding: body, as: UTF8.self) == #"{"number":"+1 555"}"#)
        #expect(try list().encodedBody() == nil)
        #expect(list().headerFields[.contentType] == nil)
        #expect("\(request)" == "POST /me/phones")
    }
}

/// The query of a documented example URL, read as people write it.
@Suite struct GraphRequestURLQueryItemsTests {
    @Test func exampleQueriesSplitAndDecodeKeepingPlus() {
        let url = GraphRequestURL("https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=2024-01-01T00:00:00+02:00&$filter=startswith(subject,%20'A')&flag")
        #expect(
            url.queryItems == [
                GraphQueryItem(name: "startDateTime", value: "2024-01-01T00:00:00+02:00"),
                GraphQueryItem(name: "$filter", value: "startswith(subject, 'A')"),
                GraphQueryItem(name: "flag", value: ""),
            ])
        #expect(GraphRequestURL("/me/events").queryItems.isEmpty)
    }
}
