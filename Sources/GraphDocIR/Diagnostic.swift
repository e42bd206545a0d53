/// A finding about the input pages: where, which rule, how bad, and what was expected and found.
///
/// Diagnostics are data that travel with the pipeline's layers; nothing in the pipeline prints.
public struct Diagnostic: Codable, Hashable, Sendable, Comparable {
    /// A stable rule identifier such as `example-json-invalid` (see ``RuleID``).
    public var rule: String
    public var severity: Severity
    /// One sentence a writer can act on: what was expected and what was found.
    public var message: String
    public var file: String
    public var line: Int
    public var column: Int
    /// A short, line-independent key that identifies this finding within its file (for example the
    /// property or example name it is about). Baselines match on rule, file and this key.
    public var subject: String?

    public init(
        rule: String, severity: Severity, message: String, at location: SourceLocation,
        subject: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.file = location.file
        self.line = location.line
        self.column = location.column
        self.subject = subject
    }

    public init(_ rule: RuleID, _ message: String, at location: SourceLocation, subject: String? = nil) {
        self.init(rule: rule.id, severity: rule.defaultSeverity, message: message, at: location, subject: subject)
    }

    public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.rule, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.rule, rhs.message)
    }
}
