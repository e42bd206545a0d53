import GraphDocIR

/// How a lint run is set up: severity overrides, the failure threshold, the accepted baseline, the
/// optional CSDL metadata, the rules to run, and what a change touched.
public struct LintConfiguration: Sendable {
    /// Rule id → setting; rules not listed keep their default severity.
    public var severities: [String: SeveritySetting]
    public var failOn: FailOn
    /// Findings to accept (reported only when new).
    public var baseline: Baseline?
    public var metadata: CSDLModel?
    public var rules: [any LintRule]
    /// When set (`--changed-since`), only findings on what the change touched are reported.
    public var changes: ChangedLines?

    public init(
        severities: [String: SeveritySetting] = [:], failOn: FailOn = .error, baseline: Baseline? = nil,
        metadata: CSDLModel? = nil, rules: [any LintRule] = RuleCatalogue.lintRules, changes: ChangedLines? = nil
    ) {
        self.severities = severities
        self.failOn = failOn
        self.baseline = baseline
        self.metadata = metadata
        self.rules = rules
        self.changes = changes
    }

    /// The severity a finding of `rule` is reported with, or `nil` when the rule is off.
    public func severity(for rule: String, default severity: Severity) -> Severity? {
        switch severities[rule] {
        case .none: severity
        case .off: nil
        case .level(let level): level
        }
    }
}
