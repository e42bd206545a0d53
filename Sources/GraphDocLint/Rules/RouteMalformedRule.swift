import GraphDocIR
import GraphModelSupport

/// A documented route that is not `METHOD /path` with balanced braces and parentheses.
public struct RouteMalformedRule: LintRule {
    public init() {}
    public var rule: RuleID { .routeMalformed }
    public var explanation: String {
        """
        Each line of an "HTTP request" block should be an HTTP method, a space, and a path starting with \
        `/` whose `{placeholders}` and function parentheses are balanced. Lines such as \
        `DELETE/identity/...`, `range(address='<address>'/entireRow` or `POST ** Collection URI not found` \
        cannot be matched against examples or turned into client code. Extraction reports lines it cannot \
        split; lint reports paths it cannot read as templates. Fix the line, or move prose out of the \
        code block.
        """
    }

    static let methods: Set<String> = ["GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS"]

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for site in context.sites {
            for route in site.routes {
                if !Self.methods.contains(route.method.uppercased()) {
                    findings.append(Diagnostic(
                        rule, "route method '\(route.method)' is not an HTTP method", at: route.source,
                        subject: "\(route.method) \(route.path)"))
                    continue
                }
                // Read as the template the page meant: a missing leading `/` and sample keys have rules of
                // their own (route-relative-path, route-literal-key).
                do {
                    _ = try RouteTemplate(route.templatePath)
                } catch {
                    findings.append(Diagnostic(
                        rule, "route '\(route.method) \(route.path)' cannot be read: \(error)", at: route.source,
                        subject: "\(route.method) \(route.path)"))
                }
            }
        }
        return findings
    }
}
