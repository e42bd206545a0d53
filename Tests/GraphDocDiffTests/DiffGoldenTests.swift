import Foundation
import GraphDocExtraction
import GraphDocIR
import Testing
@testable import GraphDocDiff

/// `Tests/Fixtures/diff/{old,new}`: two versions of a small synthetic API whose pages make every
/// rule fire once at least, next to changes that are none (a renamed page, a reordered table, a
/// renamed placeholder). Run with `GRAPHDOC_UPDATE_GOLDEN=1` to rewrite the goldens, then review
/// `git diff`.
@Suite struct DiffGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/Fixtures/diff")
    static let golden = root.appendingPathComponent("Tests/Golden/diff")

    static func report() async -> DiffReport {
        async let old = DocumentationLoader.load(paths: [fixtures.appendingPathComponent("old").path], naming: .fromInputFolder)
        async let new = DocumentationLoader.load(paths: [fixtures.appendingPathComponent("new").path], naming: .fromInputFolder)
        return await ApiDiff.compare(old: old.model, new: new.model)
    }

    static func expect(_ text: String, equalsGolden name: String) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["GRAPHDOC_UPDATE_GOLDEN"] != nil {
            try Data(text.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its golden; GRAPHDOC_UPDATE_GOLDEN=1 rewrites it")
    }

    @Test func textReportMatchesGolden() async throws {
        try Self.expect(DiffTextReporter.render(await Self.report()), equalsGolden: "report.txt")
    }

    @Test func jsonReportMatchesGoldenAndReadsBack() async throws {
        let report = await Self.report()
        let json = try DiffJSONReporter.render(report)
        try Self.expect(json, equalsGolden: "report.json")
        #expect(try JSONDecoder().decode(DiffReport.self, from: Data(json.utf8)) == report)
    }

    @Test func markdownAndChangelogMatchGolden() async throws {
        let report = await Self.report()
        try Self.expect(DiffMarkdownReporter.render(report), equalsGolden: "report.md")
        let settings = GraphChangelogReporter.Settings(version: "v1.0", createdDateTime: "2021-07-01T00:00:00Z", workloadArea: "Widgets")
        try Self.expect(try GraphChangelogReporter.render(report, settings: settings), equalsGolden: "changelog.json")
    }

    @Test func everyRuleFiresOnTheFixtures() async {
        let fired = Set(await Self.report().changes.map(\.rule))
        for rule in DiffRule.all {
            #expect(fired.contains(rule.id), "no fixture change makes \(rule.id) fire")
        }
    }

    @Test func renamedPagesReorderedTablesAndPlaceholderNamesAreNoChange() async {
        let changes = await Self.report().changes
        // widget-get.md became get-widget.md; the widget table's rows were reversed; the addpart
        // route's placeholder is {widget-id} on one side and {widgetId} on the other.
        #expect(!changes.contains { $0.target == "v1.0 GET /widgets/{id}" })
        #expect(!changes.contains { $0.target == "widget" && ["id", "mode"].contains($0.name) })
        #expect(!changes.contains { $0.rule == DiffRule.routeAdded.id && $0.name.contains("/parts") })
    }

    @Test func reportNeedsAMajorBumpAndLocatesBothSides() async throws {
        let report = await Self.report()
        #expect(report.semverBump == .major)
        let sizeChange = try #require(report.changes.first { $0.subject == "widget.size" })
        #expect(sizeChange.rule == DiffRule.propertyTypeChanged.id)
        #expect(sizeChange.old?.file == "old/v1.0/resources/widget.md")
        #expect(sizeChange.new?.file == "new/v1.0/resources/widget.md")
        let removal = try #require(report.changes.first { $0.rule == DiffRule.propertyRemoved.id })
        #expect(removal.new == nil && removal.old != nil)
    }
}
