import GraphDocIR

/// A summary for pull-request comments: totals, counts per rule, the worst pages first, and the
/// first findings folded away.
public struct MarkdownReporter: LintReporter {
    /// How many pages the page table lists before "and N more".
    public var pageLimit: Int
    /// How many findings the folded list shows.
    public var findingLimit: Int

    public init(pageLimit: Int = 25, findingLimit: Int = 50) {
        self.pageLimit = pageLimit
        self.findingLimit = findingLimit
    }

    public func render(_ report: LintReport) -> String {
        var out = "## graphdoc lint\n\n"
        let pagesWithFindings = Set(report.diagnostics.map(\.file))
        out += "**\(report.count(.error)) errors · \(report.count(.warning)) warnings · \(report.count(.note)) notes**"
        out += " in \(pagesWithFindings.count) of \(max(report.pages.count, pagesWithFindings.count)) pages"
        if report.acceptedByBaseline > 0 { out += " (\(report.acceptedByBaseline) accepted by the baseline)" }
        if report.uncheckedLinks > 0 { out += "; \(report.uncheckedLinks) links not checked (outside the folders read)" }
        out += "\n\n"
        guard !report.diagnostics.isEmpty else { return out + "No findings.\n" }

        out += "### By rule\n\n| Rule | Severity | Findings | What it finds |\n|:---|:---|---:|:---|\n"
        let byRule = Dictionary(grouping: report.diagnostics, by: \.rule)
        let rules = byRule.keys.sorted { (byRule[$0]?.count ?? 0, $1) > (byRule[$1]?.count ?? 0, $0) }
        for rule in rules {
            let findings = byRule[rule] ?? []
            let worst = findings.map(\.severity).max() ?? .note
            let summary = RuleCatalogue.entry(id: rule)?.rule.summary ?? ""
            out += "| `\(rule)` | \(worst.rawValue) | \(findings.count) | \(Self.cell(summary)) |\n"
        }

        // Long absolute paths drown the table; show them relative to the folder all pages share.
        let base = Self.commonFolder(report.pages.isEmpty ? report.diagnostics.map(\.file) : report.pages)
        out += "\n### Pages, worst first\n\n"
        if !base.isEmpty { out += "Paths are relative to `\(base)`.\n\n" }
        out += "| Page | Errors | Warnings | Notes |\n|:---|---:|---:|---:|\n"
        let byPage = Dictionary(grouping: report.diagnostics, by: \.file)
        let ranked = byPage.map { page, findings in
            (page: page, errors: findings.count { $0.severity == .error },
             warnings: findings.count { $0.severity == .warning }, notes: findings.count { $0.severity == .note })
        }.sorted { ($1.errors, $1.warnings, $1.notes, $0.page) < ($0.errors, $0.warnings, $0.notes, $1.page) }
        for page in ranked.prefix(pageLimit) {
            out += "| \(Self.cell(String(page.page.dropFirst(base.count)))) | \(page.errors) | \(page.warnings) | \(page.notes) |\n"
        }
        if ranked.count > pageLimit { out += "\n…and \(ranked.count - pageLimit) more pages.\n" }

        let shown = report.diagnostics.prefix(findingLimit)
        out += "\n<details><summary>Findings (\(shown.count) of \(report.diagnostics.count))</summary>\n\n"
        for diagnostic in shown {
            out += "- `\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)` **\(diagnostic.severity.rawValue)** "
            out += "\(Self.inline(diagnostic.message)) (`\(diagnostic.rule)`)\n"
        }
        out += "\n</details>\n"
        return out
    }

    /// The longest folder prefix (ending in `/`) of all paths, or "" when they share none.
    static func commonFolder(_ paths: [String]) -> String {
        guard let first = paths.first else { return "" }
        var prefix = Substring(first)
        for path in paths.dropFirst() {
            while !path.hasPrefix(prefix) { prefix = prefix.dropLast() }
        }
        guard let slash = prefix.lastIndex(of: "/") else { return "" }
        return String(prefix[...slash])
    }

    /// Table cells cannot hold pipes or line breaks.
    static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Keeps a message on one line and stops `<tag>` text from being read as HTML.
    static func inline(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "<", with: "&lt;")
    }
}
