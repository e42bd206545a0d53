import GraphDocIR

/// A function or path parameter the page's tables state that none of its routes shows.
public struct ParameterNotInRouteRule: LintRule {
    public init() {}
    public var rule: RuleID { .parameterNotInRoute }
    public var explanation: String {
        """
        A "Function parameters" table names the arguments of the function call in the route \
        (`getEmailActivityUserCounts(period='{period_value}')`), and a "Path parameters" table names its \
        `{placeholders}`. When no route shows a parameter the table calls required (or does not call \
        optional), a reader cannot tell where its value goes, and client code built from the routes \
        cannot send it. Write the parameter into the routes, or move the table to the section it belongs \
        to (an action's parameters go in the request body).
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        // The parameters are the English page's: check them once, against that page's routes.
        for site in context.sites where site.page == site.operation.page && !site.routes.isEmpty {
            let arguments = Set(site.routes.flatMap(\.functionArgumentNames).map { $0.lowercased() })
            let placeholders = Set(site.routes.flatMap(\.placeholderNames).map { $0.lowercased() })
            for parameter in site.operation.parameters where parameter.required != false {
                let name = parameter.name.lowercased()
                let shown: Bool
                let expected: String
                switch parameter.location {
                case .function:
                    shown = arguments.contains(name)
                    expected = "a function call with '\(parameter.name)=' in a route"
                case .path:
                    shown = placeholders.contains(name) || arguments.contains(name)
                    expected = "'{\(parameter.name)}' in a route"
                case .query:
                    continue
                }
                guard !shown else { continue }
                let first = site.routes[0]
                findings.append(Diagnostic(
                    rule, "expected \(expected) for the \(parameter.location.rawValue) parameter '\(parameter.name)', found routes such as '\(first.method) \(first.path)'",
                    at: parameter.source, subject: "\(parameter.location.rawValue):\(parameter.name)"))
            }
        }
        return findings
    }
}
