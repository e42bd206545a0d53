import GraphDocIR

/// A type named by a property, base type, request body or response that no page describes.
public struct TypeUndefinedRule: LintRule {
    public init() {}
    public var rule: RuleID { .typeUndefined }
    public var explanation: String {
        """
        Every non-primitive type a page refers to (a property's type, a base type, the type of a request \
        body or a response) should be described somewhere among the pages: as a resource page, an enum \
        table, or at least by examples. A reference to a type described nowhere is a typo, a renamed \
        type, or a missing page, and code generators cannot produce a model for it. When linting a \
        subset of the docs, pass the resource pages too (or baseline these findings). Fix the \
        reference, or add the type's page.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        let index = context.index
        var findings: [Diagnostic] = []
        for type in index.allTypes {
            if let base = type.baseType, !index.resolves(base), let at = type.sources.first {
                findings.append(Diagnostic(
                    rule, "type \(type.name) has base type '\(base)', which no page describes", at: at,
                    subject: "\(type.name):base=\(base)"))
            }
            for property in type.properties + type.relationships where !index.resolves(property.type.name) {
                findings.append(Diagnostic(
                    rule, "property '\(type.name).\(property.name)' has type '\(property.type.name)', which no page describes",
                    at: property.source, subject: "\(type.name).\(property.name):\(property.type.name)"))
            }
        }
        for site in context.sites {
            let operation = site.operation
            guard site.page == operation.page else { continue }
            let at = operation.sources.first ?? SourceLocation(file: site.page, line: 1, column: 1)
            if let body = operation.requestBody?.type, !index.resolves(body.name) {
                findings.append(Diagnostic(
                    rule, "request body type '\(body.name)' of \(operation.id) is described on no page", at: at,
                    subject: "\(operation.id):request=\(body.name)"))
            }
            for response in operation.responses {
                guard let type = response.type, !index.resolves(type.name) else { continue }
                findings.append(Diagnostic(
                    rule, "response type '\(type.name)' of \(operation.id) is described on no page",
                    at: response.source ?? at, subject: "\(operation.id):response=\(type.name)"))
            }
        }
        return findings
    }
}
