import GraphDocIR
@testable import GraphDocMarkdown
import Testing

@Suite struct AnnotationTests {
    private struct Read {
        var value: JSONValue?
        var defects: [LocatedJSONDefect]
        var source: SourceLocation
    }

    private func annotation(_ block: HTMLBlock) -> Read? {
        guard case .json(let value, let defects, let source)? = CommentAnnotation.read(block) else { return nil }
        return Read(value: value, defects: defects, source: source)
    }

    private func onlyAnnotation(_ markdown: String) throws -> Read {
        let block = try #require(parse(markdown).htmlBlocks.first)
        return try #require(annotation(block))
    }

    /// The comment ends at its last `-->`; text before `<!--` and non-ASCII inside keep their places.
    @Test func commentBoundsAreTheFirstOpenAndLastClose() throws {
        let read = try onlyAnnotation("<!-- { \"name\": \"a-->b\", \"description\": \"继承自\" } -->\n")
        #expect(read.value?["name"] == .string("a-->b"))
        #expect(read.value?["description"] == .string("继承自"))
        #expect(read.defects.isEmpty)
        let uuid = try #require(parse("<!-- uuid: 8fcb5dbc-d5aa-4681-8e31-b001d5168d79\n2015-10-25 14:57:30 UTC -->\n").htmlBlocks.first)
        guard case .uuid(let value)? = CommentAnnotation.read(uuid) else {
            Issue.record("expected a uuid annotation")
            return
        }
        #expect(value == "8fcb5dbc-d5aa-4681-8e31-b001d5168d79")
    }

    @Test func trailingLineCommentAfterObjectInSeedPage() throws {
        let doc = try seed("en-us/beta/api/authentication-post-phonemethods.md")
        let block = try #require(doc.htmlBlocks.first { $0.source.line == 30 })
        let read = try #require(annotation(block))
        #expect(read.value?["blockType"] == .string("ignored"))
        #expect(read.defects.count == 1)
        let defect = try #require(read.defects.first)
        #expect(defect.kind == .comment)
        #expect(defect.recovered)
        #expect(defect.location == SourceLocation(file: "docs-input/en-us/beta/api/authentication-post-phonemethods.md", line: 30, column: 34))
    }

    @Test func seedRequestAndResponseAnnotationsAreClean() throws {
        let doc = try seed("en-us/beta/api/authentication-post-phonemethods.md")
        let request = try #require(doc.htmlBlocks.first { $0.source.line == 72 }.flatMap(annotation))
        #expect(request.defects.isEmpty)
        #expect(request.value?["name"] == .string("create_phoneauthenticationmethod_from_authentication"))
        #expect(request.value?["sampleKeys"] == .array([.string("kim@contoso.com")]))
        let response = try #require(doc.htmlBlocks.first { $0.source.line == 128 }.flatMap(annotation))
        #expect(response.defects.isEmpty)
        #expect(response.value?["truncated"] == .bool(true))
        #expect(response.value?["@odata.type"] == .string("microsoft.graph.phoneAuthenticationMethod"))
    }

    @Test func annotationInterruptsAParagraph() throws {
        // Seed line 39-41: a sentence, then the annotation on the next line, then the route fence.
        let doc = try seed("en-us/beta/api/authentication-post-phonemethods.md")
        #expect(doc.paragraphs.contains { $0.source.line == 39 && $0.endLine == 39 })
        let block = try #require(doc.htmlBlocks.first { $0.source.line == 40 })
        #expect(annotation(block)?.value?["blockType"] == .string("ignored"))
        #expect(doc.codeBlocks.first?.source.line == 41)
    }

    @Test func uuidComment() throws {
        let doc = try seed("en-us/beta/api/authentication-post-phonemethods.md")
        let block = try #require(doc.htmlBlocks.first { $0.source.line == 146 })
        guard case .uuid(let uuid)? = CommentAnnotation.read(block) else {
            Issue.record("expected a uuid annotation")
            return
        }
        #expect(uuid == "16cd6b66-4b1a-43a1-adaf-3a886856ed98")
    }

    @Test func htmlEscapedQuotes() throws {
        let read = try onlyAnnotation(#"<!-- { &quot;blockType&quot;: &quot;request&quot;, &quot;name&quot;: &quot;get_user&quot; } -->"#)
        #expect(read.value?["blockType"] == .string("request"))
        #expect(read.value?["name"] == .string("get_user"))
        #expect(read.defects.count == 1)
        #expect(read.defects.first?.kind == .syntax)
        #expect(read.defects.first?.recovered == true)
        #expect(read.defects.first?.location.column == 6)
        #expect(read.defects.first?.message.contains("&quot;") == true)
    }

    @Test func defectAfterEscapedQuotesIsAtItsFileColumn() throws {
        // The trailing comma sits at column 51 of the file; `&quot;` is six columns, not one.
        let read = try onlyAnnotation(#"<!-- { &quot;blockType&quot;: &quot;response&quot;, } -->"#)
        #expect(read.value?["blockType"] == .string("response"))
        let comma = try #require(read.defects.first { $0.kind == .trailingComma })
        #expect(comma.location.line == 1)
        #expect(comma.location.column == 51)
    }

    @Test func escapedQuotesOnALaterLine() throws {
        // As in zh-cn v1.0/api/driveitem-list-thumbnails.md, plus a trailing comma after them.
        let read = try onlyAnnotation("""
            <!-- {
              "type": "#page.annotation",
              "tocPath&quot;: &quot;Items/Thumbnails",
            } -->
            """)
        #expect(read.value?["tocPath"] == .string("Items/Thumbnails"))
        #expect(read.defects.map(\.kind) == [.syntax, .trailingComma])
        #expect(read.defects.last?.location == SourceLocation(file: "page.md", line: 3, column: 42))
    }

    @Test func unquotedKeys() throws {
        let read = try onlyAnnotation(#"<!-- { blockType: "request", name: "list_users" } -->"#)
        #expect(read.value?["name"] == .string("list_users"))
        #expect(read.defects.map(\.kind) == [.unquotedKey, .unquotedKey])
        #expect(read.defects.map(\.location.column) == [8, 30])
        #expect(read.defects.allSatisfy { $0.recovered })
    }

    @Test func multiLineDefectPositionsInTheFile() throws {
        let doc = parse("""
            ### Response

            <!-- {
              "blockType": "response",
              "truncated": "true",
            } -->
            """, path: "api/x.md")
        let read = try #require(doc.htmlBlocks.first.flatMap(annotation))
        #expect(read.source == SourceLocation(file: "api/x.md", line: 3, column: 1))
        #expect(read.value?["truncated"] == .string("true"))
        #expect(read.defects.map(\.location) == [SourceLocation(file: "api/x.md", line: 5, column: 22)])
        #expect(read.defects.first?.kind == .trailingComma)
    }

    @Test func braceOnTheLineAfterTheCommentOpener() throws {
        let read = try onlyAnnotation("<!--\n{ \"blockType\": \"ignored\", }\n-->")
        #expect(read.value?["blockType"] == .string("ignored"))
        #expect(read.defects.map(\.location) == [SourceLocation(file: "page.md", line: 2, column: 25)])
    }

    @Test func unrecoverableAnnotationHasNilValueAndIsNotRecovered() throws {
        let read = try onlyAnnotation(#"<!-- { "blockType": "request", "name": } -->"#)
        #expect(read.value == nil)
        let defect = try #require(read.defects.first)
        #expect(defect.kind == .syntax)
        #expect(!defect.recovered)
        #expect(defect.location.column == 40)
    }

    @Test func plainCommentsAreNotAnnotations() {
        let doc = parse("<!-- markdownlint-disable MD041 -->\n\n<!-- TODO: fix -->\n")
        #expect(doc.htmlBlocks.count == 2)
        #expect(doc.htmlBlocks.allSatisfy { CommentAnnotation.read($0) == nil })
    }

    @Test func locatingDefectsRelativeToAnOrigin() {
        let origin = SourceLocation(file: "f.md", line: 10, column: 6)
        let first = LocatedJSONDefect(JSONDefect(kind: .trailingComma, message: "m", line: 1, column: 5), in: origin)
        #expect(first.location == SourceLocation(file: "f.md", line: 10, column: 10))
        #expect(first.recovered)
        let later = LocatedJSONDefect(JSONDefect(kind: .missingComma, message: "m", line: 3, column: 4), in: origin)
        #expect(later.location == SourceLocation(file: "f.md", line: 12, column: 4))
        let indented = LocatedJSONDefect(JSONDefect(kind: .syntax, message: "m", line: 3, column: 4), in: origin, indentation: 3)
        #expect(indented.location == SourceLocation(file: "f.md", line: 12, column: 6))
        #expect(!indented.recovered)
    }
}
