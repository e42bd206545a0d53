import GraphDocIR

/// A route template with a sample key (a GUID) instead of a placeholder.
public struct RouteLiteralKeyRule: LintRule {
    public init() {}
    public var rule: RuleID { .routeLiteralKey }
    public var explanation: String {
        """
        Routes in the "HTTP request" section are templates: keys are written as placeholders \
        (`/education/classes/{id}/assignments/{id}`). A route that holds a GUID copied from an example \
        documents one object's URL instead of the API, and no other example can match it. Replace the \
        GUID with a `{placeholder}` named after the key.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for site in context.sites {
            for route in site.routes {
                guard let key = Route.firstSampleKey(in: route.path) else { continue }
                findings.append(Diagnostic(
                    rule, "route '\(route.method) \(route.path)' holds the sample key '\(key)' where a {placeholder} belongs",
                    at: route.source, subject: "\(route.method) \(route.path)"))
            }
        }
        return findings
    }
}
