import GraphDocIR

/// A create (POST/PUT) request example without a property the docs call required.
public struct ExampleRequiredPropertyRule: LintRule {
    public init() {}
    public var rule: RuleID { .exampleRequiredPropertyMissing }
    public var explanation: String {
        """
        When the request-body section says a property is required (`Required.` in the table, or "The \
        JSON must include ..."), a POST or PUT example that omits it would fail against the service. \
        PATCH bodies are partial by design and are not checked, nor are truncated examples. Add the \
        property to the example, or stop calling it required.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for message in context.exampleMessages where message.isRequest {
            guard let method = message.message.method?.uppercased(), method == "POST" || method == "PUT",
                  !message.message.truncated, let body = message.message.body?.objectMembers,
                  let requestBody = message.site.operation.requestBody else { continue }
            var required = requestBody.required
            for property in requestBody.properties where property.required == true && !required.contains(property.name) {
                required.append(property.name)
            }
            let present = Set(body.map(\.key))
            // A name that is neither in the request-body table nor on the type is a misread sentence,
            // not a property the example could send.
            let documented = Set(requestBody.properties.map(\.name))
                .union(message.type.map { Array(context.index.allMembers(of: $0).keys) } ?? [])
            for name in required where !present.contains(name) && documented.contains(name) {
                findings.append(Diagnostic(
                    rule, "request example '\(message.exampleName)' lacks required property '\(name)'",
                    at: message.message.bodySource ?? message.message.source,
                    subject: "\(message.exampleName)/request/\(name)"))
            }
        }
        return findings
    }
}
