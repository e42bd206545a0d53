import GraphDocIR

/// A `$ref` route whose example sends a full object rather than an `@odata.id` reference.
public struct RouteRefWithObjectBodyRule: LintRule {
    public init() {}
    public var rule: RuleID { .routeRefWithObjectBody }
    public var explanation: String {
        """
        `POST .../$ref` adds a reference to an existing object and takes only \
        `{"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}"}`. A page whose route \
        ends in `$ref` but whose example creates a full object (properties such as `displayName`) has the \
        wrong route: creating objects is `POST` to the collection itself. Drop `/$ref` from the route, or \
        change the example body to a reference. An empty object (`{}`) is no reference either.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for site in context.sites {
            // One finding per example, on the first `$ref` route of its method.
            var reported: Set<String> = []
            for route in site.routes {
                guard route.addsReference else { continue }
                // Each example that sends no reference is reported, so that its generated test, and no
                // other, expects the failure.
                for example in site.examples {
                    guard let request = example.request, request.method?.uppercased() == route.method.uppercased(),
                          let body = request.body, let members = body.objectMembers, !body.isReference
                    else { continue }
                    guard reported.insert(example.name).inserted else { continue }
                    findings.append(Diagnostic(
                        rule,
                        "route '\(route.method) \(route.path)' adds a reference, but example '\(example.name)' sends "
                            + (members.isEmpty ? "an empty object, with no @odata.id" : "a full object"),
                        at: route.source, subject: "\(example.name)/request/\(route.method) \(route.path)"))
                }
            }
        }
        return findings
    }
}
