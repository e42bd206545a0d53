import GraphDocIR

/// A documented route written without its leading `/` (`GET policies/claimsMappingPolicies`), or as a
/// full URL (`GET https://graph.microsoft.com/v1.0/policies`).
public struct RouteRelativePathRule: LintRule {
    public init() {}
    public var rule: RuleID { .routeRelativePath }
    public var explanation: String {
        """
        Routes in the "HTTP request" section are paths from the service root and start with `/` \
        (`GET /policies/claimsMappingPolicies`). A route written without it reads as relative to \
        something the page does not name; a full URL (`https://graph.microsoft.com/v1.0/...`) ties the \
        route to one host and version. graphdoc reads either as the path from the service root, for \
        matching examples and for client code. Write the route as that path.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for site in context.sites {
            for route in site.routes {
                if route.serviceRootPath != nil {
                    findings.append(Diagnostic(
                        rule, "expected route '\(route.method) \(route.path)' to be a path from the service root, found a full URL; reading it as '\(route.templatePath)'",
                        at: route.source, subject: "\(route.method) \(route.path)"))
                    continue
                }
                guard route.isRelative else { continue }
                findings.append(Diagnostic(
                    rule, "expected route '\(route.method) \(route.path)' to start with '/', found '\(route.path.prefix(20))'; reading it as '\(route.templatePath)'",
                    at: route.source, subject: "\(route.method) \(route.path)"))
            }
        }
        return findings
    }
}
