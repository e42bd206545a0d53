import GraphDocIR
import GraphModelSupport

/// An absolute example URL whose host and version are not a Microsoft Graph root.
public struct RouteExampleRootRule: LintRule {
    public init() {}
    public var rule: RuleID { .routeExampleRoot }
    public var explanation: String {
        """
        Example requests are copied into Graph Explorer, SDK snippets and tests, so an absolute URL must \
        start with a Graph host (`https://graph.microsoft.com` or a national cloud) followed by the \
        version, `v1.0` or `beta`, matching the page's version. `https://graph.microsoft.com/docs\\api/me` \
        is a broken template substitution. Relative URLs (`/me/events`) are accepted. Correct the URL's \
        root.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for site in context.sites {
            for example in site.examples {
                guard let request = example.request, let written = request.url else { continue }
                let url = GraphRequestURL(written)
                let subject = "\(example.name)/request"
                // Requests to other services (a bot's callback URL) are not Graph examples.
                if url.host != nil && !url.isGraphHost { continue }
                if !url.isGraphRoot {
                    findings.append(Diagnostic(
                        rule,
                        "request example '\(example.name)' URL '\(written)' does not start with a Graph root such as https://graph.microsoft.com/\(site.apiVersion ?? "v1.0")/",
                        at: request.source, subject: subject))
                } else if let version = url.version, let pageVersion = site.apiVersion, version != pageVersion {
                    findings.append(Diagnostic(
                        rule, "request example '\(example.name)' calls \(version) on a \(pageVersion) page",
                        at: request.source, subject: subject))
                }
            }
        }
        return findings
    }
}
