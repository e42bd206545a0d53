import Foundation
import GraphDocIR
import Testing
@testable import GraphDocLint

@Suite struct LinterTests {
    typealias F = Fixture

    static func run(_ configuration: LintConfiguration = LintConfiguration()) -> LintReport {
        Linter.run(model: SeedFixtures.model, pages: SeedFixtures.pages, configuration: configuration)
    }

    @Test func findingsAreSortedByLocation() {
        let diagnostics = Self.run().diagnostics
        #expect(diagnostics == diagnostics.sorted())
        #expect(Self.run().pages.count == 4)
    }

    /// The merge may add to a page's diagnostic (a translated enum member name gets the English name
    /// used); the page's own copy says less and is not reported beside it.
    @Test func anExtractionDiagnosticTheMergeAddedToIsReportedOnceAsTheModelHasIt() {
        let site = F.at(SeedFixtures.createPhoneMethod, 30)
        let said = Diagnostic(.enumMemberNameSuspicious, "expected an enum member name in English, found '字母'", at: site, subject: "字母")
        var amended = said
        amended.message += "; the list at x.md:3:1 that lines up with this one names it 'alphabetic', which is used"
        var pages = SeedFixtures.pages
        pages[2].diagnostics.append(said)
        var model = SeedFixtures.model
        model.diagnostics.append(amended)
        let reported = Linter.run(model: model, pages: pages).diagnostics.filter { $0.rule == RuleID.enumMemberNameSuspicious.id }
        #expect(reported.map(\.message) == [amended.message])
    }

    @Test func severityOverridesAndOff() {
        let report = Self.run(LintConfiguration(severities: [
            "example-placeholder-value": .level(.note), "placeholder-text": .off, "route-example-root": .level(.warning),
        ]))
        #expect(!report.diagnostics.contains { $0.rule == "placeholder-text" })
        #expect(report.diagnostics.filter { $0.rule == "example-placeholder-value" }.allSatisfy { $0.severity == .note })
        #expect(report.count(.error) == 1, "only the extraction JSON error stays an error")
    }

    @Test func severityOverrideParsing() throws {
        let parsed = try SeveritySetting.parseOverride("route-example-root = off")
        #expect(parsed.rule == "route-example-root" && parsed.setting == .off)
        #expect(try SeveritySetting.parseOverride("placeholder-text=error").setting == .level(.error))
        #expect(throws: LintUsageError.self) { try SeveritySetting.parseOverride("no-such-rule=error") }
        #expect(throws: LintUsageError.self) { try SeveritySetting.parseOverride("placeholder-text=fatal") }
        #expect(throws: LintUsageError.self) { try SeveritySetting.parseOverride("placeholder-text") }
    }

    @Test func failOnThresholds() {
        let warningsOnly = LintReport(diagnostics: [Diagnostic(.placeholderText, "x", at: F.at("a.md", 1))])
        #expect(warningsOnly.exitStatus(failOn: .error) == 0)
        #expect(warningsOnly.exitStatus(failOn: .warning) == 1)
        #expect(warningsOnly.exitStatus(failOn: .never) == 0)
        #expect(LintReport(diagnostics: []).exitStatus(failOn: .warning) == 0)
    }

    @Test func baselineAcceptsTodaysFindingsOnly() throws {
        let today = Self.run()
        let baseline = try Baseline.decode(try Baseline(accepting: today.diagnostics).encoded())
        let again = Self.run(LintConfiguration(baseline: baseline))
        #expect(again.diagnostics.isEmpty)
        #expect(again.acceptedByBaseline == today.diagnostics.count)
        #expect(again.exitStatus(failOn: .warning) == 0)

        // Lines move and messages change: still accepted. A new defect is reported.
        var pages = SeedFixtures.pages
        pages[2].diagnostics = [Diagnostic(.placeholderText, "placeholder text 'TODO'", at: F.at(SeedFixtures.createPhoneMethod, 30), subject: "TODO")]
        pages[0].diagnostics = pages[0].diagnostics.map { diagnostic in
            var moved = diagnostic
            moved.line += 7
            moved.message = "reworded: " + moved.message
            return moved
        }
        let later = Linter.run(model: SeedFixtures.model, pages: pages, configuration: LintConfiguration(baseline: baseline))
        #expect(later.diagnostics.map(\.subject) == ["TODO"])
    }

    @Test func baselineCountsRepeatedFingerprints() {
        let one = Diagnostic(.placeholderText, "a", at: F.at("a.md", 1))
        let two = Diagnostic(.placeholderText, "b", at: F.at("a.md", 9))
        let baseline = Baseline(accepting: [one])
        #expect(baseline.entries.first?.count == 1)
        let result = baseline.filter([one, two])
        #expect(result.accepted == 1 && result.new == [two])
        #expect(Baseline(accepting: [one, two]).entries.first?.count == 2)
    }

    /// Hand-edited counts anywhere in Int's range neither trap nor accept what they should not.
    @Test func baselineCountsSaturate() throws {
        let one = Diagnostic(.placeholderText, "a", at: F.at("a.md", 1))
        let entry = try #require(Baseline(accepting: [one]).entries.first)
        var huge = entry, negative = entry
        huge.count = Int.max
        negative.count = Int.min
        let twice = Baseline(entries: [huge, huge])
        #expect(twice.filter([one, one, one]).accepted == 3)
        #expect(Baseline(entries: [negative]).filter([one]).new == [one])
        #expect(Baseline(entries: [negative, huge]).filter([one]).accepted == 1)
        let text = #"{"formatVersion": 1, "entries": [{"rule": "\#(entry.rule)", "file": "a.md", "fingerprint": "\#(entry.fingerprint)", "count": 9223372036854775807}, {"rule": "\#(entry.rule)", "file": "a.md", "fingerprint": "\#(entry.fingerprint)", "count": 9223372036854775807}]}"#
        #expect(try Baseline.decode(Data(text.utf8)).filter([one]).accepted == 1)
    }

    @Test func fingerprintsAreStable() {
        // FNV-1a is fixed by specification: the same input gives the same key in every process.
        #expect(Baseline.fingerprint(rule: "", subject: nil) == Baseline.fingerprint(rule: "", subject: ""))
        #expect(Baseline.fingerprint(rule: "a", subject: "b") == "e5eaa319043b0991")
        #expect(Baseline.fingerprint(rule: "a", subject: "b") != Baseline.fingerprint(rule: "a", subject: "c"))
    }

    @Test func rejectsForeignBaselines() {
        #expect(throws: LintUsageError.self) { try Baseline.decode(Data("[1, 2]".utf8)) }
        #expect(throws: LintUsageError.self) { try Baseline.decode(Data(#"{"formatVersion": 99, "entries": []}"#.utf8)) }
    }
}
