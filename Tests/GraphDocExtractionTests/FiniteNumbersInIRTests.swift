import Foundation
import GraphDocIR
@testable import GraphDocExtraction
import Testing

/// Numbers a Double cannot hold finitely never stop `graphdoc ir --format json`.
@Suite struct FiniteNumbersInIRTests {
    private static let page = """
        ---
        title: "Get t"
        description: "Get a t."
        ---

        # Get t

        ## HTTP request

        ```http
        GET /ts/{id}
        ```

        ## Example

        <!-- { "blockType": "request", "name": "get_t" } -->
        ```http
        GET https://graph.microsoft.com/v1.0/ts/1
        ```

        <!-- { "blockType": "response", "@odata.type": "microsoft.graph.t" } -->
        ```http
        HTTP/1.1 200 OK
        Content-type: application/json

        {"huge": 1e400, "tiny": -1E+999, "plain": 1.5, "port": 8080}
        ```
        """

    private static let resource = """
        # t resource type

        ## Properties

        | Property | Type | Description |
        |:--|:--|:--|
        | huge | Double | Valid values -1.79769313486232E+308 to 1.79769313486232E+308. |
        | ratio | Double | Valid values nan to 5. |
        | count | Int64 | Valid values 1 to 1e999. |
        """

    @Test func theIRKeepsExampleNumbersAsWrittenAndDropsNonFiniteLimits() throws {
        let pages = [
            DocumentationLoader.facts(path: "api/t-get.md", text: Self.page),
            DocumentationLoader.facts(path: "resources/t.md", text: Self.resource),
        ]
        let (model, _) = ModelMerger.merging(pages)
        let json = try IRRendering.json(model)
        #expect(json.contains("\"huge\" : 1e400"))
        #expect(json.contains("\"tiny\" : -1E+999"))
        #expect(json.contains("\"plain\" : 1.5"))
        #expect(!json.contains("inf,") && !json.contains("nan,"))
        let limitFindings = model.diagnostics.filter { $0.rule == RuleID.limitNotFinite.id }
        #expect(Set(limitFindings.map(\.subject)) == ["huge", "ratio", "count"])
        let type = try #require(model.types.first { $0.name == "t" })
        #expect(type.properties.first { $0.name == "ratio" }?.constraints?.maximum == 5)
        #expect(type.properties.first { $0.name == "count" }?.constraints?.minimum == 1)
        #expect(type.properties.first { $0.name == "count" }?.constraints?.maximum == nil)
    }
}
