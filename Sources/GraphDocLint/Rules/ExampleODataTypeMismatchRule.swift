import GraphDocIR

/// Successful response examples whose annotation names a type that is neither the documented response
/// type nor one derived from it.
public struct ExampleODataTypeMismatchRule: LintRule {
    public init() {}
    public var rule: RuleID { .exampleODataTypeMismatch }
    public var explanation: String {
        """
        The response section names the type a successful call returns ("returns a [workbookRangeFormat] \
        object"); the example's annotation (`"@odata.type": "microsoft.graph.workbookRangeFont"`) names \
        the type of the body shown. A type derived from the documented one narrows it (a `room` from a \
        `place` call) and the body is read as that type; any other type contradicts the prose, and one \
        of them is wrong: a copied annotation, a response sentence that names the wrong type, an example \
        of another route, or a derived type whose page does not state its base type. The body is still \
        read as the documented type, as the generated example tests decode it.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.exampleMessages.compactMap { visit in
            guard !visit.isRequest, let status = visit.message.status, (200..<300).contains(status),
                  let documentedName = visit.site.operation.successResponse?.type?.name,
                  let documented = context.index.type(named: documentedName),
                  let written = visit.message.odataType, let annotated = context.index.type(named: written),
                  // Two definitions whose names differ only in case (a translation's) are one type here.
                  annotated.name.lowercased() != documented.name.lowercased(),
                  !context.index.isType(annotated, derivedFrom: documented),
                  !context.index.isType(documented, derivedFrom: annotated) else { return nil }
            return Diagnostic(
                rule,
                "response example '\(visit.exampleName)' is annotated as \(annotated.name), but the page's response is \(documented.name), which \(annotated.name) does not derive from",
                at: visit.message.source, subject: "\(visit.exampleName)/response/annotation=\(annotated.name)")
        }
    }
}
