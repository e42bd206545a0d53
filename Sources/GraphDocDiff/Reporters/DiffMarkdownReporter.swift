/// A pull-request comment: the summary, then a table of changes per impact, most severe first.
public enum DiffMarkdownReporter {
    public static func render(_ report: DiffReport) -> String {
        var text = "## API changes\n\n"
        if report.changes.isEmpty { return text + "No API changes.\n" }
        text += "| impact | changes |\n|---|---|\n"
        for impact in ChangeImpact.allCases.reversed() { text += "| \(impact.rawValue) | \(report.count(impact)) |\n" }
        text += "\nThe generated Swift module needs a **\(report.semverBump.rawValue)** version bump.\n"
        for impact in ChangeImpact.allCases.reversed() {
            let changes = report.changes.filter { $0.impact == impact }
            guard !changes.isEmpty else { continue }
            text += "\n### \(heading(impact)) (\(changes.count))\n\n| change | rule | where |\n|---|---|---|\n"
            for change in changes {
                text += "| \(cell(change.message)) | `\(change.rule)` | \(cell(change.location.map { "\($0)" } ?? "")) |\n"
            }
        }
        return text
    }

    private static func heading(_ impact: ChangeImpact) -> String {
        switch impact {
        case .breaking: "Breaking"
        case .potentiallyBreaking: "Potentially breaking"
        case .compatible: "Compatible"
        }
    }

    /// Text safe in a table cell: pipes escaped, line breaks folded.
    private static func cell(_ text: String) -> String {
        String(text.flatMap { character -> [Character] in
            if character == "|" { return ["\\", "|"] }
            return character.isNewline ? [" "] : [character]
        })
    }
}
