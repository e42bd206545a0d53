/// Turns a lint report into the text of one output format.
public protocol LintReporter: Sendable {
    func render(_ report: LintReport) -> String
}

/// The output formats of `graphdoc lint --format`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines, `path:line:column: warning: message [rule-id]`.
    case text
    /// The findings and counts as JSON.
    case json
    /// SARIF 2.1.0, for code-scanning services and editors.
    case sarif
    /// A summary for pull-request comments.
    case markdown
    /// GitHub Actions workflow commands: annotations on the pull request.
    case github
    /// JUnit XML, for the test reports of other CI systems.
    case junit

    /// The reporter for this format. `colored` applies to text only; pass it only for a terminal.
    public func reporter(colored: Bool = false, toolVersion: String = "0.1.0") -> any LintReporter {
        switch self {
        case .text: TextReporter(colored: colored)
        case .json: JSONReporter(toolVersion: toolVersion)
        case .sarif: SARIFReporter(toolVersion: toolVersion)
        case .markdown: MarkdownReporter()
        case .github: GitHubReporter()
        case .junit: JUnitReporter()
        }
    }
}
