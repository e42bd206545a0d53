import Foundation
import GraphModelSupport
import HTTPTypes
import Testing

/// How an answer's status and body become the response value or an error.
@Suite struct GraphResponseDecodingTests {
    private let get = GraphRequest<Phone, EntityQueryOptions>(
        method: .get, template: "/me/phones/{id}", arguments: ["1"], successStatus: 200)

    private func answer(_ status: Int) -> HTTPResponse { HTTPResponse(status: .init(code: status)) }

    @Test func anySuccessStatusDecodesTheResponseType() throws {
        #expect(try get.decodeResponse(answer(200), body: Data(#"{"number":"1"}"#.utf8)).number == "1")
        #expect(try get.decodeResponse(answer(203), body: Data(#"{"number":"2"}"#.utf8)).number == "2")
    }

    @Test func noContentReadsNoBodyAndDataIsTheBodyAsIs() throws {
        let delete = GraphRequest<NoContent, NoQueryOptions>(
            method: .delete, template: "/me/phones/{id}", arguments: ["1"], successStatus: 204)
        #expect(try delete.decodeResponse(answer(204), body: Data()) == NoContent())
        #expect(try delete.decodeResponse(answer(202), body: Data("ignored".utf8)) == NoContent())
        let photo = GraphRequest<Data, NoQueryOptions>(
            method: .get, template: "/me/photo/$value", arguments: [], successStatus: 200)
        #expect(try photo.decodeResponse(answer(200), body: Data([0xFF, 0xD8])) == Data([0xFF, 0xD8]))
    }

    @Test func aGraphErrorBodyThrowsGraphError() {
        let body = Data(
            #"""
            {"error": {"code": "ErrorItemNotFound", "message": "Not found.", "target": "id",
             "details": [{"code": "x", "message": "y"}],
             "innerError": {"request-id": "r-1", "date": "2024-01-01T00:00:00", "client-request-id": "c-1", "code": "inner"}}}
            """#.utf8)
        #expect {
            try get.decodeResponse(answer(404), body: body)
        } throws: { error in
            guard let error = error as? GraphError else { return false }
            return error.status == .notFound && error.code == "ErrorItemNotFound" && error.message == "Not found."
                && error.target == "id" && error.details == [GraphErrorDetail(code: "x", message: "y")]
                && error.innerError
                    == GraphInnerError(
                        requestId: "r-1", date: "2024-01-01T00:00:00", clientRequestId: "c-1",
                        additionalProperties: ["code": "inner"])
                && error.description == "404: ErrorItemNotFound: Not found. (request-id r-1)"
        }
    }

    @Test func theLowerCaseInnerErrorSpellingIsReadToo() throws {
        let body = Data(#"{"error": {"code": "c", "message": "m", "innererror": {"request-id": "r"}}}"#.utf8)
        let error = try #require(GraphError(status: .badRequest, body: body))
        #expect(error.innerError?.requestId == "r")
    }

    @Test func otherErrorBodiesThrowUnexpectedStatusWithTheText() {
        #expect(throws: GraphClientError.unexpectedStatus(.init(code: 500), body: "<html>oops</html>")) {
            try get.decodeResponse(answer(500), body: Data("<html>oops</html>".utf8))
        }
        // JSON that is not a Graph error object is not mistaken for one.
        #expect(throws: GraphClientError.unexpectedStatus(.init(code: 400), body: #"{"error": "bad"}"#)) {
            try get.decodeResponse(answer(400), body: Data(#"{"error": "bad"}"#.utf8))
        }
        #expect(throws: GraphClientError.unexpectedStatus(.init(code: 304), body: "")) {
            try get.decodeResponse(answer(304), body: Data())
        }
    }

    @Test func aSuccessThatDoesNotDecodeSaysWhere() {
        let list = GraphRequest<GraphCollectionPage<Phone>, CollectionQueryOptions>(
            method: .get, template: "/me/phones", arguments: [], successStatus: 200)
        #expect {
            try list.decodeResponse(answer(200), body: Data("not json".utf8))
        } throws: { error in
            guard case .undecodableResponse(let status, let type, _)? = error as? GraphClientError else { return false }
            return status == .ok && type.hasSuffix("GraphCollectionPage<GraphModelSupportTests.Phone>")
        }
    }

    @Test func aPageHasItsNextAndDeltaLinks() throws {
        let page = try decode(
            GraphCollectionPage<Phone>.self,
            #"{"value": [{"number": "1"}], "@odata.nextLink": "https://n", "@odata.deltaLink": "https://d"}"#)
        #expect(page.nextLink == "https://n")
        #expect(page.deltaLink == "https://d")
    }
}
