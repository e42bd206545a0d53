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
        context.exampleMessages.compactMap { visit in
            guard visit.isRequest, let written = visit.message.url else { return nil }
            let url = GraphRequestURL(written)
            // Requests to other services (a bot's callback URL) are not Graph examples.
            guard url.host == nil || url.isGraphHost, !url.isGraphRoot else { return nil }
            return Diagnostic(
                rule,
                "request example '\(visit.exampleName)' URL '\(written)' does not start with a Graph root such as https://graph.microsoft.com/\(visit.site.apiVersion ?? "v1.0")/",
                at: visit.message.lineSource ?? visit.message.source, subject: "\(visit.exampleName)/request")
        }
    }
}

/// Example requests that call another API version than their page documents.
public struct RouteExampleVersionRule: LintRule {
    public init() {}
    public var rule: RuleID { .routeExampleVersion }
    public var explanation: String {
        """
        A v1.0 page's examples should call `https://graph.microsoft.com/v1.0/`, and a beta page's \
        `/beta/`: readers copy the URL, and beta behaviour differs and may change. The route still \
        matches, so the call is shown; only its version is wrong. Use the page's version in the URL.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.exampleMessages.compactMap { visit in
            guard visit.isRequest, let written = visit.message.url else { return nil }
            let url = GraphRequestURL(written)
            guard url.isGraphRoot, let version = url.version, let pageVersion = visit.site.apiVersion, version != pageVersion else { return nil }
            return Diagnostic(
                rule, "expected request example '\(visit.exampleName)' to call \(pageVersion), found \(version)",
                at: visit.message.lineSource ?? visit.message.source, subject: "\(visit.exampleName)/request")
        }
    }
}
