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
                guard let key = Self.firstGuid(in: route.path) else { continue }
                findings.append(Diagnostic(
                    rule, "route '\(route.method) \(route.path)' holds the sample key '\(key)' where a {placeholder} belongs",
                    at: route.source, subject: "\(route.method) \(route.path)"))
            }
        }
        return findings
    }

    /// The path with every sample GUID made a `{key}` placeholder, so examples are matched against the
    /// route the page meant (this rule reports the GUID once; the examples need not repeat it).
    static func replacingGuids(in path: String) -> String {
        var result = path
        while let key = firstGuid(in: result), let range = result.range(of: key) {
            result.replaceSubrange(range, with: "{key}")
        }
        return result
    }

    /// The first GUID-shaped run of characters outside `{...}`, if any.
    static func firstGuid(in path: String) -> String? {
        var depth = 0
        var token = ""
        func check() -> String? { ValueFormats.isGuid(token) ? token : nil }
        for character in path {
            switch character {
            case "{": depth += 1; token = ""
            case "}": depth -= 1; token = ""
            case _ where depth > 0: continue
            case _ where character.isHexDigit || character == "-":
                token.append(character)
            default:
                if let found = check() { return found }
                token = ""
            }
        }
        return check()
    }
}
