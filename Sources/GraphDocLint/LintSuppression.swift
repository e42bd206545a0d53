import GraphDocIR

/// Applies the pages' `graphdoc-disable` comments to a run's findings, and reports each comment that
/// silenced nothing (a stale comment would hide the next real finding of its rule).
struct LintSuppression {
    private struct Use: Hashable {
        var directive: LintDirective
        var rule: String
    }

    private let directivesByFile: [String: [LintDirective]]
    private var used: Set<Use> = []

    init(pages: [PageFacts]) {
        var byFile: [String: [LintDirective]] = [:]
        for facts in pages where !facts.lintDirectives.isEmpty {
            byFile[facts.page.path, default: []] += facts.lintDirectives
        }
        directivesByFile = byFile
    }

    /// Whether a comment silences `diagnostic`; the comment then counts as used.
    mutating func silences(_ diagnostic: Diagnostic) -> Bool {
        guard let directives = directivesByFile[diagnostic.file] else { return false }
        for directive in directives where directive.rules.contains(diagnostic.rule) {
            guard directive.scope == .page || directive.line == diagnostic.line else { continue }
            used.insert(Use(directive: directive, rule: diagnostic.rule))
            return true
        }
        return false
    }

    /// A finding for each rule a comment names that silenced nothing in this run (or names no rule).
    /// Rules that did not run (`ranRules` leaves them out) are not judged.
    func unused(knownRules: Set<String>, ranRules: Set<String>) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in directivesByFile.keys.sorted() {
            for directive in directivesByFile[file] ?? [] {
                if directive.rules.isEmpty {
                    findings.append(Diagnostic(
                        .lintDirectiveUnused, "expected '\(directive.spelling)' to name the rule ids it silences, found none",
                        at: directive.source, subject: directive.spelling))
                }
                for rule in directive.rules where !used.contains(Use(directive: directive, rule: rule)) {
                    if knownRules.contains(rule) && !ranRules.contains(rule) { continue }
                    let target = directive.scope == .page ? "on this page" : "on line \(directive.line ?? 0)"
                    let message = knownRules.contains(rule)
                        ? "expected '\(directive.spelling)' to silence a finding of \(rule) \(target), found none; remove \(rule) from the comment"
                        : "expected '\(directive.spelling)' to name rule ids, found '\(rule)', which names no rule (graphdoc lint --list-rules)"
                    findings.append(Diagnostic(.lintDirectiveUnused, message, at: directive.source, subject: "\(directive.spelling):\(rule)"))
                }
            }
        }
        return findings
    }
}
