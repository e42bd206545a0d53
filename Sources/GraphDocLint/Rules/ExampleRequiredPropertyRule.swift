import GraphDocIR

/// A create (POST/PUT) request example without a property the docs call required, at any depth.
public struct ExampleRequiredPropertyRule: LintRule {
    public init() {}
    public var rule: RuleID { .exampleRequiredPropertyMissing }
    public var explanation: String {
        """
        When the request-body section says a property is required ("The JSON must include ...", or \
        `Required.` in its table when the body names no documented type), or a documented type marks a \
        member `Required.` (checked at any depth, as the generated validators do), a POST or PUT example \
        that omits it would fail against the service. Conditions ("Required if **type** is `weekly`") \
        do not count. PATCH bodies are partial by design and are not checked, nor are truncated \
        examples. Add the property to the example, or stop calling it required.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var reported: Set<String> = []
        func report(_ message: ExampleMessageVisit, path: String) {
            let subject = "\(message.exampleName)/request/\(path)"
            guard reported.insert(subject).inserted else { return }
            findings.append(Diagnostic(
                rule, "request example '\(message.exampleName)' lacks required property '\(path)'",
                at: message.message.bodySource ?? message.message.source, subject: subject))
        }
        // What the operation's page requires of the body: its prose ("must include"), and the
        // request-body table when the body names no documented type (a typed body is that type).
        for message in context.exampleMessages where Self.isCreate(message) && !message.sendsReference {
            guard let body = message.message.body?.objectMembers, let requestBody = message.site.operation.requestBody else { continue }
            var required = requestBody.required
            if message.type == nil {
                for property in requestBody.properties where property.required == true && !required.contains(property.name) {
                    required.append(property.name)
                }
            }
            let present = Set(body.map(\.key))
            // A name that is neither in the request-body table nor on the type is a misread sentence,
            // not a property the example could send.
            let documented = Set(requestBody.properties.map(\.name))
                .union(message.type.map { Array(context.index.allMembers(of: $0).keys) } ?? [])
            for name in required where !present.contains(name) && documented.contains(name) {
                report(message, path: name)
            }
        }
        // What each documented type requires, at any depth, as the generated validators check it.
        for object in context.exampleObjects where Self.isCreate(object.message) {
            let members = context.index.allMembers(of: object.type)
            for name in members.keys.sorted() where members[name]?.0.required == true && !object.keys.contains(name) {
                report(object.message, path: object.path.isEmpty ? name : "\(object.path).\(name)")
            }
        }
        return findings
    }

    /// A POST or PUT request example shown whole (truncated examples leave members out on purpose).
    static func isCreate(_ message: ExampleMessageVisit) -> Bool {
        guard message.isRequest, !message.message.truncated, let method = message.message.method?.uppercased() else { return false }
        return method == "POST" || method == "PUT"
    }
}
