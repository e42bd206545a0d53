/// A comment in a page that silences lint findings: `<!-- graphdoc-disable-next-line rule-id -->`
/// (the next non-blank line) or `<!-- graphdoc-disable rule-id -->` (the whole page).
public struct LintDirective: Codable, Hashable, Sendable {
    public enum Scope: String, Codable, Hashable, Sendable {
        /// The next line of the page that is not blank.
        case nextLine = "next-line"
        /// The whole page.
        case page
    }

    public var scope: Scope
    /// The rule ids the comment names.
    public var rules: [String]
    /// Where the comment starts.
    public var source: SourceLocation
    /// For ``Scope/nextLine``, the line it silences.
    public var line: Int?

    public init(scope: Scope, rules: [String], source: SourceLocation, line: Int? = nil) {
        self.scope = scope
        self.rules = rules
        self.source = source
        self.line = line
    }

    /// The comment as written, for messages.
    public var spelling: String {
        "graphdoc-disable\(scope == .nextLine ? "-next-line" : "") \(rules.joined(separator: " "))"
    }
}
