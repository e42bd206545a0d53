import Testing
@testable import GraphDocExtraction
import GraphDocIR

/// What an operation answers with and sends, read from every signal a page gives when the prose
/// leaves it open (issue 22), each on a small synthetic page.
@Suite struct OperationSignalTests {
    func facts(_ text: String, path: String) -> PageFacts {
        DocumentationLoader.facts(path: path, text: text)
    }

    static func operationPage(title: String, route: String, response: String, examples: String) -> String {
        """
        ---
        title: "\(title)"
        description: "x"
        doc_type: apiPageType
        ---
        # \(title)

        ## HTTP request

        ```http
        \(route)
        ```

        ## Response

        \(response)

        ## Examples

        \(examples)
        """
    }

    static func exchange(_ name: String, url: String, annotation: String, status: String, body: String) -> String {
        """
        <!-- { "blockType": "request", "name": "\(name)" } -->
        ```http
        GET \(url)
        ```

        <!-- { "blockType": "response", "name": "\(name)"\(annotation) } -->
        ```http
        HTTP/1.1 \(status)
        Content-Type: application/json

        \(body)
        ```
        """
    }

    /// A report's prose states only the redirect to its CSV file; the JSON example answers `200` with
    /// a type, and the CSV example's `stream` is another form of the answer, not a competing type.
    @Test func aPageStatingOnlyARedirectAnswersWithTheTypedExample() throws {
        let page = facts(Self.operationPage(
            title: "reportRoot: getWidgetUsage", route: "GET /reports/getWidgetUsage(period='{period_value}')",
            response: "If successful, this method returns a `302 Found` response that redirects to a URL for the report.",
            examples: Self.exchange("csv", url: "https://graph.microsoft.com/beta/reports/getWidgetUsage(period='D7')",
                                    annotation: #", "@odata.type": "stream""#, status: "200 OK", body: "Report Refresh Date,Widget")
                + "\n\n" + Self.exchange("json", url: "https://graph.microsoft.com/beta/reports/getWidgetUsage(period='D7')?$format=application/json",
                                         annotation: #", "@odata.type": "microsoft.graph.widgetUsage""#, status: "200 OK",
                                         body: #"{ "reportRefreshDate": "2021-07-01" }"#)),
            path: "en-us/beta/api/reportroot-getwidgetusage.md")
        let responses = try #require(page.operation?.responses)
        #expect(responses.map(\.status) == [200, 302])
        #expect(responses.first?.type == TypeReference(name: "widgetUsage"))
        // The error a call may get is no success either.
        let missing = facts(Self.operationPage(
            title: "Get widget", route: "GET /widgets/{id}",
            response: "If the widget does not exist, this method returns `404 Not Found`.",
            examples: Self.exchange("get", url: "https://graph.microsoft.com/v1.0/widgets/1",
                                    annotation: #", "@odata.type": "microsoft.graph.widget""#, status: "200 OK", body: #"{ "id": "1" }"#)),
            path: "en-us/v1.0/api/widget-get.md")
        #expect(missing.operation?.responses.map(\.status) == [200, 404])
        #expect(missing.operation?.responses.first?.type == TypeReference(name: "widget"))
    }

    /// "binary data of the requested photo" under one heading, "[widgetPhoto] object" under the next:
    /// the same success status, and the later paragraph says what its JSON is.
    @Test func aLaterParagraphStatingTheSameStatusGivesTheResponseItsType() throws {
        let page = facts(Self.operationPage(
            title: "Get widgetPhoto", route: "GET /widgets/{id}/photo\nGET /widgets/{id}/photo/$value",
            response: """
                ### Response for getting the photo
                If successful, this method returns a `200 OK` response code and binary data of the requested photo.
                ### Response for getting the metadata of the photo
                If successful, this method returns a `200 OK` response code and [widgetPhoto](../resources/widgetphoto.md) object in the response body.
                """,
            examples: ""), path: "en-us/v1.0/api/widgetphoto-get.md")
        #expect(page.operation?.responses.map(\.status) == [200])
        #expect(page.operation?.responses.first?.type == TypeReference(name: "widgetPhoto"))
    }

    /// A link the merge finds describes no type ("see [error codes](security-error-codes.md)") leaves
    /// the response to the examples' one annotated type; raw-byte examples (`$value`) take no part
    /// in choosing the common base of several annotated types.
    @Test func theMergeFallsBackOnTheExamplesAnnotations() throws {
        let listed = facts(Self.operationPage(
            title: "List widgets", route: "GET /security/widgets",
            response: "If successful, this method returns a `200 OK` response code and collection of **widget** objects in the response body. For more information, see [error responses](../resources/security-error-codes.md).",
            examples: Self.exchange("list", url: "https://graph.microsoft.com/v1.0/security/widgets",
                                    annotation: #", "@odata.type": "microsoft.graph.widget", "isCollection": true"#,
                                    status: "200 OK", body: #"{ "value": [ { "id": "1" } ] }"#)),
            path: "en-us/v1.0/api/widget-list.md")
        let codes = facts("""
            ---
            title: "Error codes"
            description: "x"
            doc_type: conceptualPageType
            ---
            # Error codes

            Errors.
            """, path: "en-us/v1.0/resources/security-error-codes.md")
        let model = ModelMerger.merge([listed, codes])
        #expect(model.operations.first { $0.id == "widget-list" }?.responses.first?.type == TypeReference(name: "widget", collection: true))
    }

    /// A resource page of `name`, with one property and, when given, the base its introduction links.
    static func derivedResourcePage(_ name: String, base: String?) -> PageFacts {
        DocumentationLoader.facts(path: "en-us/v1.0/resources/\(name.lowercased()).md", text: """
            ---
            title: "\(name) resource type"
            description: "x"
            doc_type: resourcePageType
            ---
            # \(name) resource type

            \(base.map { "Inherits from [\($0)](\($0.lowercased()).md)." } ?? "A base type.")

            ## Properties
            | Property | Type | Description |
            |:---|:---|:---|
            | \(name)Size | Int32 | The size. |
            """)
    }

    @Test func rawByteExamplesDoNotBlockTheCommonBase() throws {
        func resource(_ name: String, base: String?) -> PageFacts { Self.derivedResourcePage(name, base: base) }
        let url = "https://graph.microsoft.com/v1.0/widgets/1/parts/1"
        let operation = facts(Self.operationPage(
            title: "Get part", route: "GET /widgets/{id}/parts/{id}\nGET /widgets/{id}/parts/{id}/$value",
            response: "If successful, this method returns a `200 OK` response code.",
            examples: [
                Self.exchange("file", url: url, annotation: #", "@odata.type": "microsoft.graph.filePart""#, status: "200 OK", body: #"{ "id": "1" }"#),
                Self.exchange("item", url: url, annotation: #", "@odata.type": "microsoft.graph.itemPart""#, status: "200 OK", body: #"{ "id": "2" }"#),
                Self.exchange("raw", url: url + "/$value", annotation: "", status: "200 OK", body: "{Raw bytes of the file}"),
            ].joined(separator: "\n\n")),
            path: "en-us/v1.0/api/part-get.md")
        let model = ModelMerger.merge([
            resource("part", base: nil), resource("filePart", base: "part"), resource("itemPart", base: "part"), operation,
        ])
        #expect(model.operations.first { $0.id == "part-get" }?.responses.map(\.type) == [TypeReference(name: "part")])
    }

    /// Rows after a collection row that describe each of its elements ("For each property in the
    /// **extras** collection, ...") are members of the element type, not of the body.
    @Test func rowsDescribingEachElementOfACollectionRowLeaveTheBody() throws {
        let extra = facts("""
            ---
            title: "widgetExtra resource type"
            description: "x"
            doc_type: resourcePageType
            ---
            # widgetExtra resource type

            ## Properties
            | Property | Type | Description |
            |:---|:---|:---|
            | id | String | The identifier. |
            | value | String | The value. |
            """, path: "en-us/v1.0/resources/widgetextra.md")
        let create = facts("""
            ---
            title: "Create widgetExtra"
            description: "x"
            doc_type: apiPageType
            ---
            # Create widgetExtra

            ## HTTP request

            ```http
            POST /me/widgets
            ```

            ## Request body

            Provide a JSON body of each [widgetExtra](../resources/widgetextra.md) object in the **extras** collection property of the resource instance.

            | Property | Type | Description |
            |:---|:---|:---|
            | extras | [widgetExtra](../resources/widgetextra.md) collection | One or more extras. |
            | id | String | For each property in the **extras** collection, specify this to identify the property. Required. |
            | value | String | For each property in the **extras** collection, specify the property value. Required. |
            | label | String | The label of the widget; not the label of **extrasCount**. |
            """, path: "en-us/v1.0/api/widgetextra-post.md")
        let model = ModelMerger.merge([extra, create])
        #expect(model.operations.first?.requestBody?.properties.map(\.name) == ["extras", "label"])
        // Without the element type's members known, every row stays.
        let alone = ModelMerger.merge([create])
        #expect(alone.operations.first?.requestBody?.properties.map(\.name) == ["extras", "id", "value", "label"])
    }
}
