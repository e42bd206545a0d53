import Foundation
import GraphDocIR
import Testing
@testable import GraphDocLint

@Suite struct ReporterTests {
    typealias F = Fixture

    static var report: LintReport {
        LintReport(diagnostics: [
            Diagnostic(.routeExampleRoot, "URL 'https://graph.microsoft.com/docs\\api/me' is not a Graph root", at: F.at("docs/add phones.md", 71), subject: "ex/request"),
            Diagnostic(.examplePlaceholderValue, "placeholder \"String\" for 'type'", at: F.at("docs/add phones.md", 98, 3), subject: "ex/request/type"),
            Diagnostic(.typeInferredFromExample, "identity is described only by examples", at: F.at("docs/b.md", 0, 0)),
        ], acceptedByBaseline: 2, pages: ["docs/add phones.md", "docs/b.md", "docs/c.md"])
    }

    // MARK: text

    @Test func textIsCompilerStyle() {
        let text = TextReporter().render(Self.report)
        #expect(text == """
            docs/add phones.md:71:1: error: URL 'https://graph.microsoft.com/docs\\api/me' is not a Graph root [route-example-root]
            docs/add phones.md:98:3: warning: placeholder "String" for 'type' [example-placeholder-value]
            docs/b.md:0:0: note: identity is described only by examples [type-inferred-from-example]
            1 error, 1 warning, 1 note (2 accepted by the baseline)

            """)
        #expect(!text.contains("\u{1B}"))
    }

    @Test func textColoursOnlyWhenAsked() {
        let coloured = TextReporter(colored: true).render(Self.report)
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.contains("[route-example-root]"))
    }

    // MARK: JSON

    @Test func jsonCarriesCountsAndFingerprints() throws {
        let data = Data(JSONReporter().render(Self.report).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["errors": 1, "warnings": 1, "notes": 1, "acceptedByBaseline": 2, "pages": 3, "uncheckedLinks": 0])
        let findings = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(findings.count == 3)
        #expect(findings[0]["rule"] as? String == "route-example-root")
        #expect(findings[0]["fingerprint"] as? String == Baseline.fingerprint(rule: "route-example-root", subject: "ex/request"))
        #expect(findings[2]["subject"] == nil)
    }

    // MARK: Markdown

    @Test func markdownSummaryPutsWorstPagesFirst() {
        let markdown = MarkdownReporter().render(Self.report)
        #expect(markdown.contains("**1 errors · 1 warnings · 1 notes** in 2 of 3 pages (2 accepted by the baseline)"))
        #expect(markdown.contains("| `route-example-root` | error | 1 |"))
        #expect(markdown.contains("Paths are relative to `docs/`."))
        let worst = markdown.range(of: "| add phones.md | 1 | 1 | 0 |")
        let next = markdown.range(of: "| b.md | 0 | 0 | 1 |")
        #expect(worst != nil && next != nil && worst!.lowerBound < next!.lowerBound)
        #expect(markdown.contains("<details>"))
    }

    @Test func markdownForACleanRun() {
        let markdown = MarkdownReporter().render(LintReport(diagnostics: [], pages: ["a.md"]))
        #expect(markdown.hasSuffix("No findings.\n"))
    }

    @Test func commonFolderOfPages() {
        #expect(MarkdownReporter.commonFolder(["/c/en/v1.0/api/a.md", "/c/en/v1.0/resources/b.md"]) == "/c/en/v1.0/")
        #expect(MarkdownReporter.commonFolder(["a.md", "b.md"]) == "")
        #expect(MarkdownReporter.commonFolder(["/c/api/ab.md", "/c/api/ac.md"]) == "/c/api/")
    }

    @Test func markdownEscapesCells() {
        #expect(MarkdownReporter.cell("a | b\nc <d>") == "a \\| b c &lt;d>")
    }

    @Test func markdownLimitsPages() {
        let many = LintReport(diagnostics: (0..<30).map { Diagnostic(.placeholderText, "x", at: F.at("p\($0).md", 1)) })
        #expect(MarkdownReporter(pageLimit: 25).render(many).contains("…and 5 more pages."))
    }

    // MARK: SARIF

    @Test func sarifHasTheRequiredStructure() throws {
        let data = Data(SARIFReporter().render(Self.report).utf8)
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == SARIFReporter.schemaURI)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "graphdoc")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == RuleCatalogue.entries.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        let first = results[0]
        #expect(first["ruleId"] as? String == "route-example-root")
        #expect(first["level"] as? String == "error")
        let index = try #require(first["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "route-example-root")
        let location = try #require((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "docs/add%20phones.md")
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 71)
        // A whole-file finding has no region (SARIF lines are 1-based).
        let fileLevel = try #require((results[2]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(fileLevel["region"] == nil)
        #expect(SARIFReporter.uri(for: "/abs/a b.md") == "file:///abs/a%20b.md")
    }

    static let schemaPath: String? = ["../shared/schemas/sarif-schema-2.1.0.json", "/work/shared/schemas/sarif-schema-2.1.0.json"]
        .first { FileManager.default.fileExists(atPath: $0) }

    /// Validates against the official OASIS schema with Python's jsonschema, when python3, jsonschema and
    /// the schema are all on this machine.
    @Test(.enabled(if: ReporterTests.schemaPath != nil && ReporterTests.pythonHasJSONSchema()))
    func sarifValidatesAgainstTheOfficialSchema() throws {
        let schema = try #require(Self.schemaPath)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("graphdoc-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let reports = [Self.report, LintReport(diagnostics: []), Linter.run(model: SeedFixtures.model, pages: SeedFixtures.pages)]
        for (offset, report) in reports.enumerated() {
            let file = directory.appendingPathComponent("\(offset).sarif")
            try Data(SARIFReporter().render(report).utf8).write(to: file)
            let (status, output) = try Self.python([
                "-c",
                "import json,sys,jsonschema; jsonschema.Draft4Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2]))); print('ok')",
                schema, file.path,
            ])
            #expect(status == 0, "SARIF \(offset) is invalid: \(output)")
        }
    }

    static func pythonHasJSONSchema() -> Bool {
        (try? python(["-c", "import jsonschema"]).status) == 0
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
