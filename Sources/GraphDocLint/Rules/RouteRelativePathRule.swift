import GraphDocIR

/// A documented route written without its leading `/` (`GET policies/claimsMappingPolicies`).
public struct RouteRelativePathRule: LintRule {
    public init() {}
    public var rule: RuleID { .routeRelativePath }
    public var explanation: String {
        """
        Routes in the "HTTP request" section are paths from the service root and start with `/` \
        (`GET /policies/claimsMappingPolicies`). A route written without it reads as relative to \
        something the page does not name. graphdoc reads it as if the `/` were there, for matching \
        examples and for client code. Add the `/`.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for site in context.sites {
            for route in site.routes {
                guard route.isRelative else { continue }
                findings.append(Diagnostic(
                    rule, "expected route '\(route.method) \(route.path)' to start with '/', found '\(route.path.prefix(20))'; reading it as '\(route.templatePath)'",
                    at: route.source, subject: "\(route.method) \(route.path)"))
            }
        }
        return findings
    }
}
