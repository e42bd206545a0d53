import GraphDocIR
@testable import GraphDocMarkdown
import Testing

@Suite struct CodeBlockTests {
    @Test(arguments: [
        ("```http", "http"), ("``` http", "http"), ("```HTTP", "http"), ("```json {\"highlight\": 1}", "json"),
        ("```msgraph-interactive", "msgraph-interactive"), ("~~~json", "json"), ("```", ""),
    ])
    func fenceInfoLanguage(fence: String, language: String) throws {
        let closing = fence.hasPrefix("~") ? "~~~" : "```"
        let block = try #require(parse("\(fence)\nGET /me\n\(closing)\n").codeBlocks.first)
        #expect(block.language == language)
        #expect(block.literal == "GET /me\n")
        #expect(block.source.line == 1)
        #expect(block.contentLine == 2)
        #expect(block.contentColumnOffset == 1)
    }

    @Test func contentLineAfterFrontMatter() throws {
        let doc = parse("---\ntitle: x\n---\n\n## HTTP request\n\n```http\nPOST /me/authentication/phoneMethods\n```\n")
        let block = try #require(doc.codeBlocks.first)
        #expect(block.source == SourceLocation(file: "page.md", line: 7, column: 1))
        #expect(block.contentLine == 8)
    }

    @Test func contentColumnInsideBlockQuote() throws {
        let glued = try #require(parse(">```http\n>GET /me\n>```\n").codeBlocks.first)
        #expect(glued.language == "http")
        #expect(glued.literal == "GET /me\n")
        #expect(glued.contentLine == 2)
        #expect(glued.contentColumnOffset == 2)

        let spaced = try #require(parse("> ```json\n> {\n>   \"a\": 1\n> }\n> ```\n").codeBlocks.first)
        #expect(spaced.language == "json")
        #expect(spaced.literal == "{\n  \"a\": 1\n}\n")
        #expect(spaced.contentLine == 2)
        #expect(spaced.contentColumnOffset == 3)
    }

    @Test func contentColumnInsideListItem() throws {
        let doc = parse("1. Call:\n\n   ```http\n   GET /me\n   ```\n")
        let block = try #require(doc.codeBlocks.first)
        #expect(block.source.line == 3)
        #expect(block.contentLine == 4)
        #expect(block.contentColumnOffset == 4)
        guard case .container(.list, _, _)? = doc.blocks.first else {
            Issue.record("expected a list container")
            return
        }
    }

    @Test func indentedCodeBlock() throws {
        let block = try #require(parse("Text.\n\n    GET /me\n    GET /users\n").codeBlocks.first)
        #expect(block.language == "")
        #expect(block.literal == "GET /me\nGET /users\n")
        #expect(block.contentLine == 3)
        #expect(block.contentColumnOffset == 5)
    }

    @Test func htmlBlockAnnotation() throws {
        let doc = parse("""
            # [HTTP](#tab/http)
            <!-- {
              "blockType": "request",
              "name": "create_phoneauthenticationmethod_from_authentication"
            }-->

            ```http
            POST https://graph.microsoft.com/beta/me/authentication/phoneMethods
            ```
            """)
        let html = try #require(doc.htmlBlocks.first)
        #expect(html.source.line == 2)
        #expect(html.source.column == 1)
        #expect(html.literal.hasPrefix("<!-- {"))
        #expect(html.literal.contains("}-->"))
        guard case .json(let value, let defects, let source)? = CommentAnnotation.read(html) else {
            Issue.record("expected a JSON annotation")
            return
        }
        #expect(defects.isEmpty)
        #expect(source.line == 2)
        #expect(value?["blockType"]?.stringValue == "request")
        #expect(value?["name"]?.stringValue == "create_phoneauthenticationmethod_from_authentication")
        #expect(doc.codeBlocks.first?.source.line == 7)
    }

    @Test func ordinaryHTMLIsNotAnAnnotation() throws {
        let doc = parse("<div>\nhello\n</div>\n\n<!-- a plain comment -->\n")
        #expect(doc.htmlBlocks.count == 2)
        for block in doc.htmlBlocks {
            #expect(CommentAnnotation.read(block) == nil)
        }
    }
}
