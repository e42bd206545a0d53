import Foundation
import GraphModelSupport
import Testing

@Suite struct GraphOperationTests {
    @Test func substitutesAndEncodesParameters() {
        let route = GraphRoute(
            method: "GET", template: "/users/{id | userPrincipalName}/photo",
            parameters: [GraphRouteParameter(name: "id", placeholder: "id | userPrincipalName")])
        #expect(route.path(["id": "a b/c@x.com"]) == "/users/a%20b%2Fc@x.com/photo")
        #expect(route.path([:]) == nil)
        #expect(route.expanded([:]) == route.template)
        #expect(route.expanded(["id": "a"]) == "/users/a/photo")
        let root = URL(string: "https://graph.microsoft.com/beta/")!
        #expect(route.url(serviceRoot: root, ["id": "kim@contoso.com"])?.absoluteString == "https://graph.microsoft.com/beta/users/kim@contoso.com/photo")
    }

    @Test func queryParametersBuildTheQueryStringInDocumentedOrder() {
        let op = GraphOperation(
            id: "calendar-list-calendarview", title: "List calendarView", apiVersion: "v1.0", routes: [],
            requestBodyType: nil, responseType: "Event", responseIsCollection: true, successStatus: 200,
            parameters: [
                GraphOperationParameter(name: "startDateTime", location: .query, isRequired: true),
                GraphOperationParameter(name: "endDateTime", location: .query, isRequired: true),
                GraphOperationParameter(name: "$top", location: .query, type: "Swift.Int32"),
                GraphOperationParameter(name: "period", location: .function, isRequired: true),
            ])
        let values = ["endDateTime": "2024-01-02T00:00:00+01:00", "startDateTime": "2024-01-01T00:00:00Z", "period": "D7"]
        #expect(op.query(values) == "?startDateTime=2024-01-01T00:00:00Z&endDateTime=2024-01-02T00:00:00%2B01:00")
        #expect(op.query(["$top": "5", "other": "x"]) == "?$top=5")
        #expect(op.query([:]).isEmpty)
        #expect(op.query(["startDateTime": "a&b=c"]) == "?startDateTime=a%26b%3Dc")
        #expect(op.missingRequiredParameters(in: ["startDateTime": "x"]) == ["endDateTime", "period"])
        #expect(op.missingRequiredParameters(in: values).isEmpty)
    }

    @Test func descriptorIsPlainData() {
        let op = GraphOperation(
            id: "x", title: "X", apiVersion: "beta", routes: [], requestBodyType: nil, responseType: "Phone",
            successStatus: 200)
        #expect(op == op)
        #expect(NoBody().validate(context: .request).isEmpty)
    }
}
