import GraphDocIR
import Testing
@testable import GraphDocLint

@Suite struct StructureRuleTests {
    typealias F = Fixture

    @Test func sectionMissingFlagsOperationWithoutResponse() {
        let page = F.operationPage(request: nil, sections: ["http-request", "examples"])
        let findings = F.findings(SectionMissingRule(), pages: [page])
        #expect(findings.map(\.subject) == ["response"])
        #expect(findings.first?.rule == "section-missing")
    }

    @Test func sectionMissingFlagsResourceWithoutProperties() {
        let page = PageFacts(page: F.page("res/x.md", kind: .resource), sections: F.sections("res/x.md", [("json-representation", 9)]))
        #expect(F.findings(SectionMissingRule(), pages: [page]).map(\.subject) == ["properties"])
    }

    @Test func sectionMissingAcceptsCompletePagesAndOtherKinds() {
        let operation = F.operationPage(request: nil)
        let resource = PageFacts(page: F.page("res/x.md", kind: .resource), sections: F.sections("res/x.md", [("properties", 9)]))
        let other = PageFacts(page: F.page("concepts/x.md", kind: .other))
        #expect(F.findings(SectionMissingRule(), pages: [operation, resource, other]).isEmpty)
        // Headings under another title ("HTTP requests", "HTTP request (to upload a new file)").
        let variants = F.operationPage(request: nil, sections: ["http-requests", "response-1"])
        let upload = F.operationPage(request: nil, sections: ["http-request-to-upload-a-new-file", "response"])
        // A page whose sections contradict its kind is not judged (a resource page read as an operation).
        let misread = F.operationPage(request: nil, sections: ["properties", "json-representation"])
        var titled = F.operationPage(request: nil, sections: ["other", "response"])
        titled.sections[0].title = "HTTP request (to replace an existing item)"
        let navigationOnly = PageFacts(page: F.page("res/planner.md", kind: .resource), sections: F.sections("res/planner.md", [("relationships", 9)]))
        let empty = PageFacts(page: F.page("res/mediaconfig.md", kind: .resource), types: [F.type("mediaConfig", [])],
                              sections: F.sections("res/mediaconfig.md", [("json-representation", 9)]))
        #expect(F.findings(SectionMissingRule(), pages: [variants, upload, misread, titled, navigationOnly, empty]).isEmpty)
    }

    @Test func duplicateExampleNames() {
        var page = F.operationPage(request: F.request("api/op.md", line: 40, "GET", "/me/things"))
        let second = Example(name: "example_1", request: F.request("api/op.md", line: 60, "GET", "/me/things"), response: nil)
        page.operation?.examples.append(second)
        let findings = F.findings(DuplicateExampleNameRule(), pages: [page])
        #expect(findings.map(\.line) == [60])
        #expect(findings.first?.subject == "example_1")
    }

    @Test func distinctExampleNamesPass() {
        var page = F.operationPage(request: F.request("api/op.md", line: 40, "GET", "/me/things"))
        page.operation?.examples.append(Example(name: "example_2", request: F.request("api/op.md", line: 60, "GET", "/me/things"), response: nil))
        #expect(F.findings(DuplicateExampleNameRule(), pages: [page]).isEmpty)
    }

    @Test func responseWithoutRequest() {
        let page = F.operationPage(request: nil, response: F.response("api/op.md", line: 70))
        let findings = F.findings(ResponseWithoutRequestRule(), pages: [page])
        #expect(findings.map(\.line) == [70])
        let paired = F.operationPage(request: F.request("api/op.md", line: 60, "POST", "/me/things"), response: F.response("api/op.md", line: 70))
        #expect(F.findings(ResponseWithoutRequestRule(), pages: [paired]).isEmpty)
    }

    /// Extraction-owned rules (placeholder text, annotation JSON, unknown blockType, front matter) reach
    /// the report unchanged, and a lint re-check of the same defect is not reported twice.
    @Test func extractionDiagnosticsPassThroughOnce() {
        let file = "api/op.md"
        var page = F.operationPage(file, request: nil, sections: ["http-request"])
        page.diagnostics = [
            Diagnostic(.frontMatterMissingField, "front matter has no description", at: F.at(file, 1), subject: "description"),
            Diagnostic(.annotationUnknownBlockType, "unknown blockType 'reqest'", at: F.at(file, 30, 5), subject: "reqest"),
            Diagnostic(.placeholderText, "placeholder text 'TODO'", at: F.at(file, 21, 37), subject: "TODO"),
            Diagnostic(.sectionMissing, "operation page has no 'response' section", at: F.at(file, 5), subject: "response"),
        ]
        let report = Linter.run(model: ApiModel(), pages: [page])
        #expect(report.diagnostics.map(\.rule) == [
            "front-matter-missing-field", "section-missing", "placeholder-text", "annotation-unknown-block-type",
        ])
        let clean = Linter.run(model: ApiModel(), pages: [F.operationPage(file, request: nil)])
        #expect(clean.diagnostics.isEmpty)
    }
}
