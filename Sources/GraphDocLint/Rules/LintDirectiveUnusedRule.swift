import GraphDocIR

/// A `graphdoc-disable` comment that silenced nothing. The ``Linter`` reports it, because only after
/// every other rule ran is it known what a comment silenced; this entry gives the rule its place in
/// the catalogue and switches the report on (a run given other rules only reports none).
public struct LintDirectiveUnusedRule: LintRule {
    public init() {}
    public var rule: RuleID { .lintDirectiveUnused }
    public var explanation: String {
        """
        `<!-- graphdoc-disable-next-line rule-id -->` silences the findings of the named rules (one \
        or more, separated by spaces or commas) on the next line that is not blank; \
        `<!-- graphdoc-disable rule-id -->` silences them on the whole page. A comment that silences \
        nothing in a run, or names an id that is no rule, is reported here: the defect it was \
        written for is fixed or moved, and a stale comment would hide the next real finding of its \
        rule. Remove the comment, or the rule id it no longer needs.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] { [] }
}
