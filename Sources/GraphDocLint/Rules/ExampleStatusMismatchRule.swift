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
        var findings: [Diagnostic] = []
        for site in context.sites {
            guard let documented = site.operation.successResponse else { continue }
            for example in site.examples {
                guard let response = example.response, let status = response.status, (200..<300).contains(status),
                      status != documented.status else { continue }
                findings.append(Diagnostic(
                    rule,
                    "response example '\(example.name)' has status \(status), but the page states \(documented.status)",
                    at: response.source, subject: "\(example.name)/response"))
            }
        }
        return findings
    }
}
