import GraphDocIR

/// One lint check over the IR: a catalogue entry (``RuleID``), the paragraph `--list-rules` prints,
/// and the check itself.
///
/// Rules are pure: they read a ``LintContext`` and return diagnostics with the rule's default
/// severity. Severity overrides, baselines and sorting are the ``Linter``'s job, so a rule never
/// needs to know about configuration.
public protocol LintRule: Sendable {
    /// The rule's id, default severity, category and one-line summary.
    var rule: RuleID { get }
    /// One paragraph: what the rule finds, why it matters, and how to fix or silence it.
    var explanation: String { get }
    /// Every finding of this rule in the given documentation.
    func check(_ context: LintContext) -> [Diagnostic]
}
