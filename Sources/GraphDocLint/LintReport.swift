import GraphDocIR

/// The outcome of a lint run: the findings to report, sorted, and what the baseline accepted.
public struct LintReport: Sendable, Hashable, Codable {
    public var diagnostics: [Diagnostic]
    /// Findings the baseline accepted (not in ``diagnostics``).
    public var acceptedByBaseline: Int
    /// Every page the run read, so summaries can list clean pages too.
    public var pages: [String]
    /// Links whose target lies outside every folder that was read and is not on disk: they could not
    /// be checked, and are not findings.
    public var uncheckedLinks: Int

    public init(diagnostics: [Diagnostic], acceptedByBaseline: Int = 0, pages: [String] = [], uncheckedLinks: Int = 0) {
        self.diagnostics = diagnostics
        self.acceptedByBaseline = acceptedByBaseline
        self.pages = pages
        self.uncheckedLinks = uncheckedLinks
    }

    public func count(_ severity: Severity) -> Int { diagnostics.count { $0.severity == severity } }

    /// The process exit status for this report: 1 when a finding reaches `failOn`, else 0. (Status 2,
    /// usage and input errors, is decided before a report exists.)
    public func exitStatus(failOn: FailOn) -> Int32 {
        diagnostics.contains { failOn.fails(on: $0.severity) } ? 1 : 0
    }

    /// "2 errors, 5 warnings, 1 note" (zero counts included, so the line's shape is stable).
    public var summaryLine: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var line = "\(plural(count(.error), "error")), \(plural(count(.warning), "warning")), \(plural(count(.note), "note"))"
        if acceptedByBaseline > 0 { line += " (\(acceptedByBaseline) accepted by the baseline)" }
        if uncheckedLinks > 0 { line += "; \(plural(uncheckedLinks, "link")) not checked (outside the folders read)" }
        return line
    }
}
