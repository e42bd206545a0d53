import Testing
@testable import GraphDocExtraction
import GraphDocIR

/// Conventions of pages graphdoc was not tuned on (issue 22), each on a small synthetic page: group
/// rows and wrapped rows in tables, responses the prose states without a status, response headings
/// nested under the request body, and example bodies that are not JSON.
@Suite struct UnseenPageConventionTests {
    func facts(_ text: String, path: String = "en-us/beta/resources/page.md") -> PageFacts {
        DocumentationLoader.facts(path: path, text: text)
    }

    @Test func groupRowsAndWrappedRowsOfAPropertiesTable() throws {
        let page = facts("""
            ---
            title: "widgetManagement resource type"
            description: "x"
            doc_type: resourcePageType
            ---
            # widgetManagement resource type

            ## Properties
            |Property|Type|Description|
            |:---|:---|:---|
            |id|String|Unique identifier.|
            |**Onboarding**|
            |code|String|The code as specified.
            The input must match the following regular expression: '^[a-z]*$'.|
            |serverAddress|String|The server as specified.
            The input must match the following regular expression: '^[a-z]+$'.|
            |**Device management**||
            |enabled|Boolean|Whether it is enabled.|
            """)
        let type = try #require(page.types.first)
        #expect(type.properties.map(\.name) == ["id", "code", "serverAddress", "enabled"])
        #expect(type.properties.first { $0.name == "serverAddress" }?.description.hasSuffix("'^[a-z]+$'.") == true)
        #expect(!page.diagnostics.contains { [RuleID.typeUnrecognized.id, RuleID.tableMalformed.id, RuleID.propertyNameSuspicious.id].contains($0.rule) },
                "\(page.diagnostics)")
    }

    static func drivePage(responseProse: String, annotation: String = #""@odata.type": "microsoft.graph.drive""#) -> String {
        """
        ---
        title: "Get Drive"
        description: "x"
        doc_type: apiPageType
        ---
        # Get Drive

        ## HTTP request

        ```http
        GET /drives/{drive-id}
        ```

        ## Response

        \(responseProse)

        <!-- { "blockType": "response", \(annotation), "truncated": true } -->

        ```http
        HTTP/1.1 200 OK
        Content-type: application/json

        { "id": "b!t18F8ybsHUq1z3LTz8xvZqP8zaSWjkFNhsME-Fepo75dTf9vQKfeRblBZjoSQrd7", "driveType": "business" }
        ```

        [drive-resource]: ../resources/drive.md
        """
    }

    /// "Each of these methods returns a [Drive resource][drive-resource]": no status, a reference link.
    @Test func aResponseNamedWithoutStatusTakesTheExamplesStatus() throws {
        let page = facts(Self.drivePage(responseProse: "Each of these methods returns a [Drive resource][drive-resource] in the response body."),
                         path: "en-us/v1.0/api/drive-get.md")
        let response = try #require(page.operation?.responses.first)
        #expect(response.status == 200)
        #expect(response.type == TypeReference(name: "drive"))
    }

    /// Examples that answer with several statuses or annotated types state no one response.
    @Test func successExamplesThatDisagreeStateNoResponse() throws {
        let second = """

            <!-- { "blockType": "request", "name": "second" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/drives/x
            ```
            <!-- { "blockType": "response", "name": "second", "@odata.type": "microsoft.graph.site" } -->
            ```http
            HTTP/1.1 201 Created
            ```
            """
        let statusless = facts(Self.drivePage(responseProse: "Each of these methods returns a [Drive resource][drive-resource].") + second,
                               path: "en-us/v1.0/api/drive-get.md")
        #expect(statusless.operation?.responses.isEmpty == true)
        let typeless = facts(Self.drivePage(responseProse: "If successful, this method returns a `200 OK` response code.") + second,
                             path: "en-us/v1.0/api/drive-get.md")
        #expect(typeless.operation?.responses.map(\.type) == [nil])
    }

    /// With no type in the prose, the response example's annotation names it.
    @Test func theResponseAnnotationNamesATypeTheProseDoesNot() throws {
        let page = facts(Self.drivePage(responseProse: "If successful, this method returns a `200 OK` response code."),
                         path: "en-us/v1.0/api/drive-get.md")
        #expect(page.operation?.responses.map(\.type) == [TypeReference(name: "drive")])
        let collection = facts(Self.drivePage(
            responseProse: "The response lists the drives.", annotation: #""@odata.type": "Collection(microsoft.graph.drive)""#),
                               path: "en-us/v1.0/api/drive-list.md")
        #expect(collection.operation?.responses.map(\.type) == [TypeReference(name: "drive", collection: true)])
        // The prose outranks the annotation (lint reports when they disagree).
        let stated = facts(Self.drivePage(
            responseProse: "If successful, this method returns a `200 OK` response code and a [site](../resources/site.md) object."),
                           path: "en-us/v1.0/api/drive-get.md")
        #expect(stated.operation?.responses.map(\.type) == [TypeReference(name: "site")])
    }

    /// group-delta: "### Response" under "## Request body" is the response, not more of the body.
    @Test func aResponseHeadingUnderTheRequestBodyEndsIt() throws {
        let page = facts("""
            ---
            title: "group: delta"
            description: "x"
            doc_type: apiPageType
            ---
            # group: delta

            ## HTTP request

            ```http
            GET /groups/delta
            ```

            ## Request body
            Do not supply a request body for this method.

            ### Response
            If successful, this method returns a `200 OK` response code and a [group](../resources/group.md) collection object in the response body.
            """, path: "en-us/v1.0/api/group-delta.md")
        let operation = try #require(page.operation)
        #expect(operation.requestBody == nil)
        #expect(operation.responses.map(\.type) == [TypeReference(name: "group", collection: true)])
    }

    /// What the lenient parse recovers from a body that is not JSON names no member of an inferred type.
    @Test func invalidExampleBodiesInferNoTypes() throws {
        func page(body: String) -> PageFacts {
            facts("""
                ---
                title: "Create pass"
                description: "x"
                doc_type: apiPageType
                ---
                # Create pass

                ## HTTP request

                ```http
                POST /users/{id}/passes
                ```

                ## Example
                <!-- { "blockType": "request", "name": "create_pass" } -->
                ```http
                POST https://graph.microsoft.com/beta/users/x/passes
                Content-Type: application/json

                \(body)
                ```
                """, path: "en-us/beta/api/pass-create.md")
        }
        let broken = ModelMerger.merge([page(body: """
            {
              "@odata.type": "#microsoft.graph.temporaryPass",
              "lifetimeInMinutes": 60,
              "isUsableOnce
              isUsableOnce": false
            }
            """)])
        #expect(broken.type(named: "temporaryPass") == nil)
        let valid = ModelMerger.merge([page(body: """
            {
              "@odata.type": "#microsoft.graph.temporaryPass",
              "lifetimeInMinutes": 60
            }
            """)])
        #expect(valid.type(named: "temporaryPass")?.properties.map(\.name) == ["lifetimeInMinutes"])
    }

    static func updatePage(leadIn: String) -> String {
        """
        ---
        title: "Update contacts"
        description: "x"
        doc_type: apiPageType
        ---
        # Update contacts

        ## HTTP request

        ```http
        PATCH /education/users/{id}
        ```

        ## Request body

        In the request body, supply a JSON representation of the [relatedContact](../resources/relatedcontact.md) collection.

        \(leadIn)

        | Property | Type | Description |
        |:---|:---|:---|
        | relatedContacts | [relatedContact](../resources/relatedcontact.md) collection | The complete set of contacts. |
        """
    }

    /// A body table with a row of the body's own type describes the object holding it.
    @Test func aBodyTableWithARowOfTheBodysOwnTypeDescribesTheTypeHoldingIt() throws {
        let page = facts(Self.updatePage(
            leadIn: "The following table shows the properties to supply when you update the [educationUser](../resources/educationuser.md)."),
                         path: "en-us/beta/api/relatedcontact-update.md")
        #expect(page.operation?.requestBody?.type == TypeReference(name: "educationUser"))
        #expect(page.types.map(\.name) == ["educationUser"])
        #expect(page.types.first?.properties.map(\.name) == ["relatedContacts"])
        // No paragraph names the holder: the table is filed under no type.
        let unnamed = facts(Self.updatePage(leadIn: "The following table shows the properties to supply."),
                            path: "en-us/beta/api/relatedcontact-update.md")
        #expect(unnamed.operation?.requestBody?.type == nil)
        #expect(unnamed.operation?.requestBody?.properties.map(\.name) == ["relatedContacts"])
        #expect(unnamed.types.isEmpty)
    }

    /// Response examples annotated with different types answer with the nearest type they all derive from.
    @Test func examplesOfSeveralDerivedTypesAnswerWithTheirCommonBase() throws {
        func resource(_ name: String, base: String?) -> PageFacts { OperationSignalTests.derivedResourcePage(name, base: base) }
        func response(_ name: String, _ type: String) -> String {
            """
            <!-- { "blockType": "request", "name": "\(name)" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/me/messages/x/attachments/\(name)
            ```
            <!-- { "blockType": "response", "name": "\(name)", "@odata.type": "microsoft.graph.\(type)" } -->
            ```http
            HTTP/1.1 200 OK
            ```
            """
        }
        let operation = facts("""
            ---
            title: "Get attachment"
            description: "x"
            doc_type: apiPageType
            ---
            # Get attachment

            ## HTTP request

            ```http
            GET /me/messages/{id}/attachments/{id}
            ```

            ## Response

            If successful, this method returns a `200 OK` response code.

            ## Examples

            \(response("file", "fileAttachment"))

            \(response("item", "itemAttachment"))
            """, path: "en-us/v1.0/api/attachment-get.md")
        #expect(operation.operation?.responses.map(\.type) == [nil], "the page alone cannot tell")
        let model = ModelMerger.merge([
            resource("attachment", base: nil), resource("fileAttachment", base: "attachment"), resource("itemAttachment", base: "attachment"),
            operation,
        ])
        #expect(model.operations.first { $0.id == "attachment-get" }?.responses.map(\.type) == [TypeReference(name: "attachment")])
    }
}
