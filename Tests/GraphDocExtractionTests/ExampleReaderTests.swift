import GraphDocIR
@testable import GraphDocExtraction
import GraphDocMarkdown
import Testing

@Suite struct ExampleReaderTests {
    private func read(_ markdown: String, annotation: JSONValue? = nil) throws -> (HttpMessage, [Diagnostic]) {
        let block = try #require(parse(markdown, path: "api/x.md").codeBlocks.first)
        let shape = try #require(ExampleReader.shape(of: block.literal))
        var diagnostics: [Diagnostic] = []
        let message = ExampleReader.read(block, shape: shape, annotation: annotation, diagnostics: &diagnostics)
        return (message, diagnostics)
    }

    @Test(arguments: [
        ("POST https://graph.microsoft.com/beta/me/authentication/phoneMethods", ExampleReader.Shape.request),
        ("GET /me/drive/root/children", .request),
        ("\nGET https://graph.microsoft.com/v1.0/me", .request),
        ("HTTP/1.1 201 Created", .response),
        ("{\n  \"a\": 1\n}", .jsonOnly),
        ("[1, 2]", .jsonOnly),
    ])
    func shapes(literal: String, shape: ExampleReader.Shape) {
        #expect(ExampleReader.shape(of: literal) == shape)
    }

    @Test(arguments: ["Content-Type: application/json", "var x = 1;", "GETS /me", "GET me", ""])
    func notAnExample(literal: String) {
        #expect(ExampleReader.shape(of: literal) == nil)
    }

    @Test func requestLineHeadersAndJSONBody() throws {
        let (message, diagnostics) = try read("""
            ```http
            POST https://graph.microsoft.com/beta/users/kim@contoso.com/authentication/phoneMethods
            Content-type: application/json

            {
              "phoneNumber": "+1 2065555555",
              "phoneType": "mobile"
            }
            ```
            """)
        #expect(diagnostics.isEmpty)
        #expect(message.method == "POST")
        #expect(message.url == "https://graph.microsoft.com/beta/users/kim@contoso.com/authentication/phoneMethods")
        #expect(message.status == nil)
        #expect(message.headers == [HttpHeader(name: "Content-type", value: "application/json")])
        #expect(message.bodyIsValidJSON)
        #expect(message.body?["phoneType"] == .string("mobile"))
        #expect(message.bodyText == "{\n  \"phoneNumber\": \"+1 2065555555\",\n  \"phoneType\": \"mobile\"\n}")
        #expect(message.bodySource == SourceLocation(file: "api/x.md", line: 5, column: 1))
        #expect(message.source.line == 1)
    }

    @Test func blankLineBetweenRequestLineAndHeaders() throws {
        let (message, diagnostics) = try read("""
            ``` http
            POST https://graph.microsoft.com/beta/deviceManagement/managedDevices/{managedDeviceId}/wipe

            Content-type: application/json
            Content-length: 87

            {
              "keepEnrollmentData": true,
              "keepUserData": true
            }
            ```
            """)
        #expect(diagnostics.isEmpty)
        #expect(message.headers.map(\.name) == ["Content-type", "Content-length"])
        #expect(message.header("content-length") == "87")
        #expect(message.bodyIsValidJSON)
        #expect(message.body?["keepUserData"] == .bool(true))
        #expect(message.bodySource?.line == 7)
    }

    /// Findings about the URL or the status belong on the request or status line, not the fence.
    @Test func theRequestLineHasItsOwnLocation() throws {
        let (request, _) = try read("```http\n\n  POST https://graph.microsoft.com/docs\\api/me/profile/phones\n```\n")
        #expect(request.source.line == 1)
        #expect(request.lineSource == SourceLocation(file: "api/x.md", line: 3, column: 3))
        let (quoted, _) = try read("> ```http\n>   GET https://graph.microsoft.com/v1.0/me\n> ```\n")
        #expect(quoted.lineSource == SourceLocation(file: "api/x.md", line: 2, column: 5))
        let (response, _) = try read("```http\nHTTP/1.1 204 No Content\n```\n")
        #expect(response.lineSource == SourceLocation(file: "api/x.md", line: 2, column: 1))
        let (body, _) = try read("```json\n{ \"a\": 1 }\n```\n")
        #expect(body.lineSource == nil)
    }

    @Test func requestLineWithHTTPVersion() throws {
        let (message, _) = try read("```http\nGET https://graph.microsoft.com/v1.0/me HTTP/1.1\n```\n")
        #expect(message.method == "GET")
        #expect(message.url == "https://graph.microsoft.com/v1.0/me")
        #expect(message.bodyText == "")
        #expect(message.body == nil)
        #expect(message.bodySource == nil)
    }

    @Test func responseStatusLine() throws {
        let (message, diagnostics) = try read("""
            ```http
            HTTP/1.1 201 Created
            Content-type: application/json

            {
              "id": "3179e48a-750b-4051-897c-87b9720928f7"
            }
            ```
            """)
        #expect(diagnostics.isEmpty)
        #expect(message.status == 201)
        #expect(message.method == nil)
        #expect(!message.isRequest)
        #expect(message.header("Content-Type") == "application/json")
        #expect(message.body?["id"] == .string("3179e48a-750b-4051-897c-87b9720928f7"))
    }

    @Test func noContentResponse() throws {
        let (message, _) = try read("```http\nHTTP/1.1 204 No Content\n```\n")
        #expect(message.status == 204)
        #expect(message.headers.isEmpty)
        #expect(message.body == nil)
        #expect(message.bodyText == "")
    }

    @Test func jsonOnlyBlock() throws {
        let (message, diagnostics) = try read("```json\n{\n  \"value\": []\n}\n```\n")
        #expect(diagnostics.isEmpty)
        #expect(message.method == nil)
        #expect(message.status == nil)
        #expect(message.headers.isEmpty)
        #expect(message.body == .object([JSONMember(key: "value", value: .array([]), line: 2, column: 3)]))
        #expect(message.bodySource?.line == 2)
    }

    @Test func invalidJSONBodyInSeedPageIsReportedAtItsFileLineAndColumn() throws {
        // zh-cn seed: `"phoneType": "mobile",` before `}` on line 90: a trailing comma at column 24.
        let doc = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        let block = try #require(doc.codeBlock(at: 84))
        var diagnostics: [Diagnostic] = []
        let message = ExampleReader.read(
            block, shape: .request, annotation: .object([JSONMember(key: "name", value: .string("create_phoneauthenticationmethod_from_authentication"))]),
            diagnostics: &diagnostics)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.rule == "example-json-invalid")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "docs-input/zh-cn/beta/api/authentication-post-phonemethods.md", line: 90, column: 24))
        #expect(diagnostic.subject == "create_phoneauthenticationmethod_from_authentication:trailing comma")
        // Lenient value still there.
        #expect(!message.bodyIsValidJSON)
        #expect(message.body?["phoneNumber"] == .string("+1 2065555555"))
        #expect(message.body?["phoneType"] == .string("mobile"))
    }

    @Test func invalidJSONOnFirstBodyLineAndInsideABlockQuote() throws {
        let (message, diagnostics) = try read("""
            Intro.

            > ```http
            > HTTP/1.1 200 OK
            >
            > {"a": 1 "b": 2}
            > ```
            """)
        #expect(message.status == 200)
        #expect(message.body?["b"] == .number("2"))
        #expect(diagnostics.map(\.location) == [SourceLocation(file: "api/x.md", line: 6, column: 11)])
        #expect(diagnostics.first?.message.contains("expected ','") == true)
    }

    @Test func unrecoverableBodyHasNoValue() throws {
        let (message, diagnostics) = try read("```http\nHTTP/1.1 200 OK\n\n{\n  \"value\": [\n    ...\n  ]\n}\n```\n")
        #expect(message.body == nil)
        #expect(!message.bodyIsValidJSON)
        #expect(diagnostics.map(\.location) == [SourceLocation(file: "api/x.md", line: 6, column: 5)])
    }

    @Test func nonJSONContentTypeBodyIsKeptAsText() throws {
        let (message, diagnostics) = try read("""
            ```http
            PUT https://graph.microsoft.com/v1.0/me/drive/items/{item-id}/content
            Content-Type: text/plain

            {not json, just text}
            ```
            """)
        #expect(diagnostics.isEmpty)
        #expect(message.body == nil)
        #expect(message.bodyText == "{not json, just text}")
        #expect(!message.bodyIsValidJSON)
    }

    @Test func csvResponseBodyIsKeptAsText() throws {
        let (message, diagnostics) = try read("""
            ```http
            HTTP/1.1 200 OK
            Content-Type: application/octet-stream

            Report Refresh Date,User Principal Name
            2017-09-01,kim@contoso.com
            ```
            """)
        #expect(diagnostics.isEmpty)
        #expect(message.body == nil)
        #expect(message.bodyText == "Report Refresh Date,User Principal Name\n2017-09-01,kim@contoso.com")
    }

    @Test func annotationFields() throws {
        let annotation = JSONReader.read(#"{"blockType": "response", "name": "get_phones", "truncated": "true", "@odata.type": "microsoft.graph.itemPhone", "isCollection": true}"#).value
        let (message, _) = try read("```http\nHTTP/1.1 200 OK\n```\n", annotation: annotation)
        #expect(message.name == "get_phones")
        #expect(message.truncated)
        #expect(message.isCollection)
        #expect(message.odataType == "microsoft.graph.itemPhone")
        #expect(message.annotation == annotation)
    }

    @Test(arguments: [
        (JSONValue.bool(true), true), (.bool(false), false), (.string("true"), true), (.string("True"), true),
        (.string("false"), false), (.number("1"), false), (.null, false),
    ])
    func truncatedFlag(value: JSONValue, expected: Bool) {
        #expect(ExampleReader.flag(value) == expected)
    }

    @Test func missingFlagIsFalse() {
        #expect(!ExampleReader.flag(nil))
    }
}
