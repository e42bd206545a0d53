import GraphDocIR

/// Response examples whose success status is not the one the page's response section states.
public struct ExampleStatusMismatchRule: LintRule {
    public init() {}
    public var rule: RuleID { .exampleStatusMismatch }
    public var explanation: String {
        """
        The response section says what a successful call returns ("returns a `201 Created` response \
        code"); a successful response example with another status (`200 OK`) contradicts it, and a \
        client written from one of them handles the other wrongly. Error examples (4xx, 5xx) are not \
        compared. Fix whichever is wrong: the prose or the example's status line.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.exampleMessages.compactMap { visit in
            guard !visit.isRequest, let documented = visit.site.operation.successResponse, let status = visit.message.status,
                  (200..<300).contains(status), status != documented.status else { return nil }
            return Diagnostic(
                rule,
                "response example '\(visit.exampleName)' has status \(status), but the page states \(documented.status)",
                at: visit.message.source, subject: "\(visit.exampleName)/response")
        }
    }
}
