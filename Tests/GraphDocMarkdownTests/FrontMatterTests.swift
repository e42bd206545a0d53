import GraphDocIR
@testable import GraphDocMarkdown
import Testing

@Suite struct FrontMatterTests {
    @Test func splitsFrontMatterBeforeCmarkAndKeepsBodyLines() {
        let doc = parse("""
            ---
            title: "Create phoneAuthenticationMethod"
            description: "Add a new phone authentication method."
            ms.date: 10/23/2024
            doc_type: "apiPageType"
            ---

            # Create phoneAuthenticationMethod

            Namespace: microsoft.graph
            """)
        #expect(doc.frontMatter?["title"] == "Create phoneAuthenticationMethod")
        #expect(doc.frontMatter?["description"] == "Add a new phone authentication method.")
        #expect(doc.frontMatter?["doc_type"] == "apiPageType")
        #expect(doc.frontMatter?["ms.date"] == "10/23/2024")
        #expect(doc.frontMatter?.lineRange == 1...6)
        #expect(doc.diagnostics.isEmpty)
        // cmark never saw the front matter: no setext heading, no thematic break from the fences.
        guard case .heading(let heading)? = doc.blocks.first else {
            Issue.record("expected the H1 first, found \(String(describing: doc.blocks.first))")
            return
        }
        #expect(heading.level == 1)
        #expect(heading.text.english.plainText == "Create phoneAuthenticationMethod")
        #expect(heading.source == SourceLocation(file: "page.md", line: 8, column: 1))
        #expect(doc.paragraphs.first?.source.line == 10)
        #expect(doc.blocks.count == 2)
    }

    @Test func translatedSeedPageKeepsLocaleKeysAndHeadingLine() throws {
        let doc = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        #expect(doc.frontMatter?["ms.contentlocale"] == "zh-CN")
        #expect(doc.frontMatter?["ms.translationtype"] == "MT")
        #expect(doc.frontMatter?["ms.locfileid"] == "43805690")
        #expect(doc.frontMatter?.lineRange == 1...14)
        #expect(doc.headings.first?.source.line == 15)
        #expect(doc.headings.first?.text.english.plainText == "Create phoneAuthenticationMethod")
    }

    @Test func invalidYAMLGivesDiagnosticAndSimpleKeyValueFallback() {
        let doc = parse("""
            ---
            title: Get user: the basics
            description: "Read a user"
            author: someone
            ---
            # Get user
            """)
        let diagnostics = doc.diagnostics.filter { $0.rule == "front-matter-invalid" }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 2)
        #expect(diagnostics.first?.column == 1)
        #expect(diagnostics.first?.severity == .warning)
        // Fallback: split at the first colon, strip surrounding double quotes.
        #expect(doc.frontMatter?["title"] == "Get user: the basics")
        #expect(doc.frontMatter?["description"] == "Read a user")
        #expect(doc.frontMatter?["author"] == "someone")
        #expect(doc.frontMatter?.keyLines["author"] == 4)
        #expect(doc.headings.first?.source.line == 6)
    }

    @Test func keysKnowTheirFileLines() {
        let doc = parse("---\ntitle: \"Get user\"\ndescription: |\n  Two\n  lines\ndoc_type: apiPageType\n---\n# Get user\n")
        #expect(doc.frontMatter?.keyLines == ["title": 2, "description": 3, "doc_type": 6])
    }

    @Test func noFrontMatter() {
        let doc = parse("# Title\n\nText: with a colon\n")
        #expect(doc.frontMatter == nil)
        #expect(doc.diagnostics.isEmpty)
        #expect(doc.headings.first?.source.line == 1)
        #expect(doc.paragraphs.first?.source.line == 3)
    }

    @Test func unclosedFenceIsNotFrontMatter() {
        let doc = parse("---\ntitle: x\n\n# Title\n")
        #expect(doc.frontMatter == nil)
        guard case .thematicBreak(let location)? = doc.blocks.first else {
            Issue.record("expected cmark to see a thematic break, found \(String(describing: doc.blocks.first))")
            return
        }
        #expect(location.line == 1)
    }

    @Test func dotsCloseFrontMatter() {
        let doc = parse("---\ntitle: Dots\n...\n# Title\n")
        #expect(doc.frontMatter?["title"] == "Dots")
        #expect(doc.frontMatter?.lineRange == 1...3)
        #expect(doc.headings.first?.source.line == 4)
    }

    @Test func crlfLineEndings() {
        let doc = parse("---\r\ntitle: Windows\r\n---\r\n\r\n# Title\r\n")
        #expect(doc.frontMatter?["title"] == "Windows")
        #expect(doc.headings.first?.source.line == 5)
        #expect(doc.headings.first?.text.english.plainText == "Title")
    }

    @Test func tableLinesAfterFrontMatterStayTrue() {
        let doc = parse("""
            ---
            title: x
            ---
            ## Properties
            |Property|Type|Description|
            |:---|:---|:---|
            |id|String|The id.|
            """)
        let table = doc.tables.first
        #expect(table?.source.line == 5)
        #expect(table?.rows.first?.source.line == 7)
    }
}
