import GraphDocIR
import GraphModelSupport

/// How an example request's URL and method relate to its page's documented routes.
enum RouteMatchOutcome: Sendable {
    case matched
    /// No documented route matches. `alias` is the documented route the URL would match if `/me` were
    /// written `/users/{id}` (or the other way round), which Graph treats as the same user.
    case unmatched(documented: String, alias: UserAlias?)
    case methodMismatch(documentedMethods: String)

    /// Every example request of every page whose URL is a Graph URL, with its outcome. Pages with no
    /// readable route are skipped (section-missing and route-malformed report those).
    static func outcomes(_ sites: [OperationSite]) -> [(example: Example, request: HttpMessage, outcome: RouteMatchOutcome)] {
        var results: [(Example, HttpMessage, RouteMatchOutcome)] = []
        for site in sites {
            let templates = site.routes.compactMap { route in
                (try? RouteTemplate(route.templatePath)).map { (route, $0) }
            }
            guard !templates.isEmpty else { continue }
            for example in site.examples {
                guard let request = example.request, let written = request.url, let method = request.method else { continue }
                let url = GraphRequestURL(written)
                guard url.isGraphRoot else { continue }
                let matching = templates.filter { $0.1.matches(url) }
                if matching.isEmpty {
                    let documented = site.routes.map { "\($0.method) \($0.path)" }.joined(separator: "; ")
                    let alias = userAlias(of: url).flatMap { alias, fromMe in
                        templates.first { $0.1.matches(alias) && $0.0.method.uppercased() == method.uppercased() }
                            .map { UserAlias(route: "\($0.0.method) \($0.0.path)", fromMe: fromMe) }
                    }
                    results.append((example, request, .unmatched(documented: documented, alias: alias)))
                } else if !matching.contains(where: { $0.0.method.uppercased() == method.uppercased() }) {
                    let methods = Set(matching.map { $0.0.method.uppercased() }).sorted().joined(separator: ", ")
                    results.append((example, request, .methodMismatch(documentedMethods: methods)))
                } else {
                    results.append((example, request, .matched))
                }
            }
        }
        return results
    }

    /// The documented route an example calls through Graph's user alias, and whether the example
    /// wrote `/me` (for `/users/{id}`) or `/users/{id}` (for `/me`).
    struct UserAlias: Sendable {
        var route: String
        var fromMe: Bool
    }

    /// `url` with `/me` written as `/users/{id}`, or `/users/{id}` as `/me`: Graph's `/me` is the
    /// signed-in user, so either addresses what the other does. `fromMe` says which way.
    static func userAlias(of url: GraphRequestURL) -> (url: GraphRequestURL, fromMe: Bool)? {
        var alias = url
        let segments = url.pathSegments
        if segments.first?.lowercased() == "me" {
            alias.pathSegments = ["users", "{id}"] + segments.dropFirst()
            return (alias, true)
        }
        guard segments.count >= 2, segments[0].lowercased() == "users" else { return nil }
        alias.pathSegments = ["me"] + segments.dropFirst(2)
        return (alias, false)
    }
}

/// Example requests whose URL matches no documented route.
public struct RouteExampleUnmatchedRule: LintRule {
    public init() {}
    public var rule: RuleID { .routeExampleUnmatched }
    public var explanation: String {
        """
        An example request should call one of the routes its page documents: the example shows how to \
        call *this* API. A URL that matches none (a `/me` example on a page that documents only \
        `/users/{id}`, or `/phones` where the route is `/phones/$ref`) means the routes or the example \
        are wrong. Placeholders match any segment, `{x}:` item paths may span segments, and host, version \
        and query string are ignored. Examples whose URL root is broken are left to route-example-root. \
        When the URL would match with `/me` written as `/users/{id}` (or the other way round), the \
        finding names the route it calls through that alias. Document the missing route, or fix the example.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.routeOutcomes.compactMap { example, request, outcome in
            guard case .unmatched(let documented, let alias) = outcome else { return nil }
            let hint = alias.map { alias in
                alias.fromMe
                    ? "; /me is the signed-in user's /users/{id}, so it calls \(alias.route): document the /me route too, or write the example with /users/{id}"
                    : "; /users/{id} is /me for the signed-in user, so it calls \(alias.route): document the /users/{id} route too, or write the example with /me"
            } ?? ""
            return Diagnostic(
                rule,
                "request example '\(example.name)' URL '\(request.url ?? "")' matches no documented route (\(documented))\(hint)",
                at: request.source, subject: "\(example.name)/request")
        }
    }
}

/// Example requests whose URL matches a route documented for another method.
public struct RouteExampleMethodMismatchRule: LintRule {
    public init() {}
    public var rule: RuleID { .routeExampleMethodMismatch }
    public var explanation: String {
        """
        An example whose URL matches a documented route but with another HTTP method (a `PATCH` example \
        for a route documented as `POST`) shows a call the API does not offer, or the route line has the \
        wrong method. Fix whichever is wrong.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.routeOutcomes.compactMap { example, request, outcome in
            guard case .methodMismatch(let methods) = outcome else { return nil }
            return Diagnostic(
                rule,
                "request example '\(example.name)' uses \(request.method?.uppercased() ?? ""), but the route it matches is documented for \(methods)",
                at: request.source, subject: "\(example.name)/request")
        }
    }
}
