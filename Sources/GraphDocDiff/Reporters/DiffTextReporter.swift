/// Compiler-style lines, one per change, at the newer docs' location (the older docs' for a
/// removal), then a summary with the semantic-version bump.
public enum DiffTextReporter {
    public static func render(_ report: DiffReport) -> String {
        var text = ""
        for change in report.changes {
            let place = change.location.map { "\($0): " } ?? ""
            var line = "\(place)\(change.impact.rawValue): \(change.message)"
            if let old = change.old, change.new != nil, old.file != change.new?.file || old.line != change.new?.line {
                line += " (before: \(old))"
            }
            text += line + " [\(change.rule)]\n"
        }
        text += summary(report) + "\n"
        return text
    }

    /// `3 changes: 1 breaking, 0 potentially breaking, 2 compatible; generated Swift: major`.
    public static func summary(_ report: DiffReport) -> String {
        "\(report.changes.count) changes: \(report.count(.breaking)) breaking, "
            + "\(report.count(.potentiallyBreaking)) potentially breaking, \(report.count(.compatible)) compatible; "
            + "the generated Swift module needs a \(report.semverBump.rawValue) version bump"
    }
}
