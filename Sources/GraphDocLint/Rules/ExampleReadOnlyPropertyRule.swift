import GraphDocIR

/// A request example that sends a read-only property.
public struct ExampleReadOnlyPropertyRule: LintRule {
    public init() {}
    public var rule: RuleID { .exampleReadOnlyProperty }
    public var explanation: String {
        """
        Properties the docs call read-only (`Read-only.` in the property table, or "must not include" \
        in the request-body text) are set by the service; a request that sends one is rejected or the \
        value is ignored, and readers copy the mistake. Only the top level of request bodies is \
        checked, since nested objects of another type may legitimately carry server-set keys. Remove \
        the property from the request, or correct the documentation if it is in fact writable.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.exampleValues.compactMap { visit -> Diagnostic? in
            guard visit.message.isRequest, visit.isTopLevel, !visit.isAnnotation else { return nil }
            let statedReadOnly = visit.message.site.operation.requestBody?.readOnly.contains(visit.member.key) ?? false
            guard visit.property?.readOnly == true || statedReadOnly else { return nil }
            let message = visit.message
            return Diagnostic(
                rule, "request example '\(message.exampleName)' sends read-only property '\(visit.path)'",
                at: visit.location, subject: "\(message.exampleName)/request/\(visit.path)")
        }
    }
}
