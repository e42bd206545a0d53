import GraphDocIR

/// A response example with no request before it.
public struct ResponseWithoutRequestRule: LintRule {
    public init() {}
    public var rule: RuleID { .exampleResponseWithoutRequest }
    public var explanation: String {
        """
        A response example belongs to the request shown before it (paired by annotation name, else by \
        order). A response with no request cannot be tested or shown in Graph Explorer, and usually \
        means the request block lost its annotation or was put after the response. Add or fix the \
        request block, or give both blocks the same `name`.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.sites.flatMap { site in
            site.examples.compactMap { example -> Diagnostic? in
                guard example.request == nil, let response = example.response else { return nil }
                return Diagnostic(
                    rule, "response example '\(example.name)' has no request before it",
                    at: response.source, subject: example.name)
            }
        }
    }
}
