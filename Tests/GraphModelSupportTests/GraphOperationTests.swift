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

    @Test func descriptorIsPlainData() {
        let op = GraphOperation(
            id: "x", title: "X", apiVersion: "beta", routes: [], requestBodyType: nil, responseType: "Phone",
            successStatus: 200)
        #expect(op == op)
        #expect(NoBody().validate(context: .request).isEmpty)
    }
}
