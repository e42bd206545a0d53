import GraphDocIR

/// An `@odata.type` (in a body or an annotation) naming a type no page describes.
public struct ExampleODataTypeUnknownRule: LintRule {
    public init() {}
    public var rule: RuleID { .exampleODataTypeUnknown }
    public var explanation: String {
        """
        `@odata.type` tells clients which type a payload is, and code generators decode by it. A value \
        naming a type that no page describes is a typo, a renamed type, or a missing resource page. \
        Values in bodies are what the service sends and must match the type's spelling exactly; \
        annotation values are read case-insensitively, as ApiDoctor does. Only `microsoft.graph` types \
        are checked. Fix the name, or document the type.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for message in context.exampleMessages {
            guard let written = message.message.odataType, Self.isGraphType(written),
                  context.index.type(named: written) == nil, context.index.enumeration(named: written) == nil else { continue }
            findings.append(Diagnostic(
                rule, "\(message.role) annotation of example '\(message.exampleName)' names unknown type '\(written)'",
                at: message.message.source, subject: "\(message.exampleName)/\(message.role)/annotation=\(written)"))
        }
        for visit in context.exampleValues where visit.member.key == "@odata.type" {
            guard let written = visit.member.value.stringValue, Self.isGraphType(written) else { continue }
            let bare = TypeIndex.bareName(written)
            let message = visit.message
            let subject = "\(message.exampleName)/\(message.role)/\(visit.path)=\(bare)"
            if let found = context.index.type(named: written) {
                if context.index.typeExactly(named: written) == nil {
                    findings.append(Diagnostic(
                        rule, "\(message.role) example '\(message.exampleName)': @odata.type '\(written)' differs in case from the documented type '\(found.name)'",
                        at: visit.location, subject: subject))
                }
            } else if context.index.enumeration(named: written) == nil {
                findings.append(Diagnostic(
                    rule, "\(message.role) example '\(message.exampleName)': @odata.type '\(written)' names a type no page describes",
                    at: visit.location, subject: subject))
            }
        }
        return findings
    }

    /// `microsoft.graph.x` (with or without `#`); other namespaces (`#Microsoft.OutlookServices...`) are
    /// outside the docs' model.
    static func isGraphType(_ written: String) -> Bool {
        let name = WrittenTypeName(written).name.lowercased()
        return name.hasPrefix("microsoft.graph.") || name.hasPrefix("graph.")
    }
}
