import GraphDocIR

/// A documented route the metadata cannot resolve.
public struct MetadataRouteUnresolvedRule: LintRule {
    public init() {}
    public var rule: RuleID { .metadataRouteUnresolved }
    public var explanation: String {
        """
        With `--metadata FILE.xml`, each documented route is walked through the CSDL document as the \
        service reads a URL: an entity set or singleton, then keys, navigation and structural \
        properties, type casts, and bound actions and functions. A segment the type reached before it \
        does not have is a misspelt or removed route, or one not yet in this version's metadata. \
        Unbound functions, `$value`-style segments and keys on a single entity are not judged. Fix the \
        route or the segment.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let metadata = context.metadata, !metadata.container.isEmpty else { return [] }
        let resolver = CSDLRouteResolver(metadata: metadata)
        var findings: [Diagnostic] = []
        for site in context.sites {
            for route in site.routes {
                guard case .unresolved(let segment, let after) = resolver.resolve(route) else { continue }
                findings.append(Diagnostic(
                    rule, "route '\(route.method) \(route.path)' does not resolve in the metadata: expected a property, key, cast, action or function of \(after), found '\(segment)'",
                    at: route.source, subject: "\(route.method) \(route.path)"))
            }
        }
        return findings
    }
}

/// A request or response type that differs from what the metadata says the route takes or returns.
public struct MetadataRouteTypeMismatchRule: LintRule {
    public init() {}
    public var rule: RuleID { .metadataRouteTypeMismatch }
    public var explanation: String {
        """
        With `--metadata FILE.xml`, a route the CSDL resolves says what a GET returns (the entity, set \
        or value it reaches, or a function's return type), what a POST to a set creates, and what a \
        PATCH or PUT of an entity takes. The page's response or request-body type must be that type or \
        one derived from it (or its base, when the route reaches a base type): otherwise the page names \
        the wrong type, or a copied sentence describes another operation. Fix the Response or Request \
        body section.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let metadata = context.metadata, !metadata.container.isEmpty else { return [] }
        let resolver = CSDLRouteResolver(metadata: metadata)
        var findings: [Diagnostic] = []
        for site in context.sites where site.page == site.operation.page {
            // A route with a query (`?$expand=summary`) may return what it expands or selects.
            for route in site.routes where !route.path.contains("?") {
                guard case .resolved(let reached?, let collection, let endsInOperation) = resolver.resolve(route),
                      let target = metadata.type(named: reached) else { continue }
                switch route.method {
                case "GET":
                    guard let response = site.operation.successResponse, let documented = response.type,
                          let finding = disagreement(
                            documented, collection: response.type?.collection ?? false, expected: target, expectedCollection: collection,
                            role: "returns", route: route, at: response.source ?? route.source, resolver: resolver) else { continue }
                    findings.append(finding)
                case "POST" where collection && !endsInOperation, "PATCH" where !collection && !endsInOperation, "PUT" where !collection && !endsInOperation:
                    guard let documented = site.operation.requestBody?.type,
                          let finding = disagreement(
                            documented, collection: false, expected: target, expectedCollection: false,
                            role: "takes", route: route, at: route.source, resolver: resolver) else { continue }
                    findings.append(finding)
                default:
                    continue
                }
            }
        }
        return findings
    }

    /// The finding when the documented type is neither the expected type nor derived from it (nor its
    /// base), or differs in being a collection; `nil` for a type the metadata does not know (its own
    /// rule reports that) or a primitive.
    private func disagreement(
        _ documented: TypeReference, collection: Bool, expected: CSDLModel.StructuredType, expectedCollection: Bool, role: String,
        route: Route, at location: SourceLocation, resolver: CSDLRouteResolver
    ) -> Diagnostic? {
        let name = TypeIndex.bareName(documented.name)
        guard !documented.isPrimitive, let found = resolver.metadata.type(named: name, defaultNamespace: expected.namespace) else { return nil }
        // Pages name types without their namespace: the expected type's own name is that type.
        let sameLine = name.lowercased() == expected.name.lowercased()
            || resolver.ancestry(of: found).contains(expected) || resolver.ancestry(of: expected).contains(found)
        guard !sameLine || collection != expectedCollection else { return nil }
        func describe(_ name: String, _ isCollection: Bool) -> String { isCollection ? "a collection of \(name)" : name }
        return Diagnostic(
            rule,
            "route '\(route.method) \(route.path)' \(role) \(describe(expected.name, expectedCollection)) by the metadata; the page says \(describe(found.name, collection))",
            at: location, subject: "\(route.method) \(route.path):\(role)")
    }
}
