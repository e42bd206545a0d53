import GraphDocIR

/// Successful response examples that are one object where the page states a collection.
public struct ExampleResponseNotCollectionRule: LintRule {
    public init() {}
    public var rule: RuleID { .exampleResponseNotCollection }
    public var explanation: String {
        """
        A collection is returned as a page, `{"value": [...]}`. When the response section says the call \
        returns "a collection of [x] objects" (or the example's annotation says `isCollection`), but the \
        successful response example is one object without a `value` array, one of them is wrong: a \
        client written from the prose reads `value` and finds nothing. Fix the prose when the call \
        returns one object (a get by id), else wrap the example's items in `value`.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.exampleMessages.compactMap { visit in
            let response = visit.message, documented = visit.site.operation.successResponse?.type
            guard !visit.isRequest, let status = response.status, (200..<300).contains(status),
                  let body = response.body, body.isSingleObject,
                  documented?.collection == true || response.isCollection else { return nil }
            return Diagnostic(
                rule,
                "response example '\(visit.exampleName)' is one object, but the page states a collection"
                    + (documented.map { " of \($0.name)" } ?? "") + " (a `value` array)",
                at: response.bodySource ?? response.source, subject: "\(visit.exampleName)/response")
        }
    }
}
