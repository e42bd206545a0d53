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
            // The page's response or body type is one statement for all its routes: it disagrees
            // only when no route of that method reaches its type (a page listing `/special/{name}`
            // and `/special/{name}/children` returns what the first reaches).
            var byRole: [String: (agrees: Bool, first: Diagnostic?)] = [:]
            // A route with a query (`?$expand=summary`) may return what it expands or selects.
            for route in site.routes where !route.path.contains("?") {
                guard case .resolved(let reached?, let collection, let endsInOperation) = resolver.resolve(route),
                      let target = metadata.type(named: reached) else { continue }
                let documented: TypeReference?, role: String, location: SourceLocation
                switch route.method {
                case "GET":
                    documented = site.operation.successResponse?.type
                    (role, location) = ("returns", site.operation.successResponse?.source ?? route.source)
                case "POST" where collection && !endsInOperation, "PATCH" where !collection && !endsInOperation,
                     "PUT" where !collection && !endsInOperation:
                    documented = site.operation.requestBody?.type
                    (role, location) = ("takes", route.source)
                default:
                    continue
                }
                guard let documented, let agrees = agreement(documented, expected: target, resolver: resolver) else { continue }
                var entry = byRole[role] ?? (false, nil)
                entry.agrees = entry.agrees || agrees
                if !agrees, entry.first == nil {
                    entry.first = Diagnostic(
                        rule, "route '\(route.method) \(route.path)' \(role) \(target.name)\(collection && role == "returns" ? " (a collection)" : "") by the metadata; the page says \(documented.name)",
                        at: location, subject: "\(route.method) \(route.path):\(role)")
                }
                byRole[role] = entry
            }
            findings += byRole.values.filter { !$0.agrees }.compactMap(\.first)
        }
        return findings
    }

    /// Whether the documented type is the expected type, one derived from it or its base (pages name
    /// types without their namespace, so the expected type's own name is that type); `nil` for a type
    /// the metadata does not know (its own rule reports that) or a primitive. Whether the page says
    /// one or a collection is not compared: prose states collections less reliably than types.
    private func agreement(_ documented: TypeReference, expected: CSDLModel.StructuredType, resolver: CSDLRouteResolver) -> Bool? {
        let name = TypeIndex.bareName(documented.name)
        guard !documented.isPrimitive, let found = resolver.metadata.type(named: name, defaultNamespace: expected.namespace) else { return nil }
        return name.lowercased() == expected.name.lowercased()
            || resolver.ancestry(of: found).contains(expected) || resolver.ancestry(of: expected).contains(found)
    }
}
