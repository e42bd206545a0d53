import GraphDocIR

/// Runs the lint rules over loaded documentation and turns their findings, with extraction's, into a
/// report.
public enum Linter {
    /// Lints `model` and `pages`.
    ///
    /// Extraction diagnostics (in the model and in each page's facts, once each) are merged with the
    /// rules' findings; a rule finding that repeats an extraction diagnostic (same rule and file, and
    /// the same subject or line) is dropped. Then severity overrides apply (`off` drops), the baseline
    /// removes accepted findings, and the rest is sorted by file, line, column, rule, message and
    /// subject.
    public static func run(model: ApiModel, pages: [PageFacts], configuration: LintConfiguration = LintConfiguration()) -> LintReport {
        let context = LintContext(model: model, pages: pages, metadata: configuration.metadata)
        // The model repeats its pages' diagnostics, and the merge may add to one (the English name it
        // restored for a translated one): the model's says more, so it comes first and wins.
        var seen = Set<DedupKey>()
        var extracted: [Diagnostic] = []
        for diagnostic in model.diagnostics + pages.flatMap(\.diagnostics) where seen.insert(DedupKey(diagnostic)).inserted {
            extracted.append(diagnostic)
        }
        var all = extracted
        // Grouped by rule and file so the repeat check stays linear on a corpus with many findings.
        let extractedByPlace = Dictionary(grouping: extracted) { Place(rule: $0.rule, file: $0.file) }
        // Rules are pure and independent: they run on all cores, and their findings are taken in
        // catalogue order, so the report does not depend on scheduling.
        let findingsByRule = configuration.rules.concurrentMap { rule in rule.check(context) }
        for findings in findingsByRule {
            for finding in findings where seen.insert(DedupKey(finding)).inserted {
                let sameRuleAndFile = extractedByPlace[Place(rule: finding.rule, file: finding.file)] ?? []
                guard !sameRuleAndFile.contains(where: { Self.repeats(finding, $0) }) else { continue }
                all.append(finding)
            }
        }
        // `graphdoc-disable` comments silence findings whatever their severity setting, so a comment
        // is unused only when its rule really found nothing there.
        var suppression = LintSuppression(pages: pages)
        all.removeAll { suppression.silences($0) }
        if configuration.rules.contains(where: { $0.rule == .lintDirectiveUnused }) {
            let ran = Set(RuleID.extractionRules.map(\.id) + configuration.rules.map(\.rule.id))
            all += suppression.unused(knownRules: Set(RuleCatalogue.entries.map(\.rule.id)), ranRules: ran)
        }
        var reported: [Diagnostic] = []
        for var diagnostic in all {
            guard let severity = configuration.severity(for: diagnostic.rule, default: diagnostic.severity) else { continue }
            diagnostic.severity = severity
            reported.append(diagnostic)
        }
        // Subject breaks the last ties, so the output is the same from run to run.
        reported.sort { ($0.file, $0.line, $0.column, $0.rule, $0.message, $0.subject ?? "") < ($1.file, $1.line, $1.column, $1.rule, $1.message, $1.subject ?? "") }
        if let changes = configuration.changes {
            reported = changes.filter(reported)
        }
        var accepted = 0
        if let baseline = configuration.baseline {
            (reported, accepted) = baseline.filter(reported)
        }
        let paths = Set(model.pages.map(\.path) + pages.map(\.page.path)).sorted()
        return LintReport(diagnostics: reported, acceptedByBaseline: accepted, pages: paths, uncheckedLinks: context.links.uncheckedCount)
    }

    /// Whether a lint finding says what an extraction diagnostic already said: same rule and file, and
    /// the same subject or the same line (the layers name subjects differently, but a rule finds one
    /// defect per line).
    private static func repeats(_ finding: Diagnostic, _ extracted: Diagnostic) -> Bool {
        guard finding.rule == extracted.rule, finding.file == extracted.file else { return false }
        if let a = finding.subject, let b = extracted.subject, a == b { return true }
        return finding.line == extracted.line
    }

    private struct Place: Hashable {
        var rule: String
        var file: String
    }

    /// Findings are the same when rule, place and subject agree, even if a message differs.
    private struct DedupKey: Hashable {
        var rule: String
        var file: String
        var line: Int
        var column: Int
        var subject: String?
        var message: String?

        init(_ diagnostic: Diagnostic) {
            rule = diagnostic.rule
            file = diagnostic.file
            line = diagnostic.line
            column = diagnostic.column
            subject = diagnostic.subject
            message = diagnostic.subject == nil ? diagnostic.message : nil
        }
    }
}
