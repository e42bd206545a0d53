import GraphDocIR

extension PageWalker {
    /// The success response when the response section states no success status (none at all, or only
    /// the redirect or error a call may also get: "returns a `302 Found` response" for a report's CSV,
    /// "`404 Not Found` if the drive does not exist"): the type its prose names (a reference-style link
    /// reads as any link), else the type the response examples' annotations name (`"@odata.type":
    /// "microsoft.graph.drive"`). Both need the page's success examples to agree, on the status and on
    /// the annotated type: a page whose examples answer with several statuses or types (an upload
    /// session's fragments, attachments of each kind) states no one response. An example that shows no
    /// typed JSON (a file's raw bytes, an annotation naming a primitive such as `stream`) is another
    /// form of the answer and takes no part in the type. A response the prose states keeps its type; an
    /// annotation that names another type is lint's `example-odata-type-mismatch`. The success
    /// response found comes first, before the statuses the prose stated.
    mutating func settleResponseWithoutStatedStatus() {
        let successes = examples.compactMap(\.response).filter { ($0.status.map { (200..<300).contains($0) }) ?? false }
        let statuses = Set(successes.compactMap(\.status))
        let voting = successes.filter(Self.showsTypedJSON)
        // "" for an example without an annotation, which then states no type either.
        let annotated = Set(voting.map { $0.odataType.map(Self.unqualified) ?? "" })
        let statesSuccess = responses.contains { (200..<300).contains($0.status) }
        if !statesSuccess, statuses.count == 1, let status = statuses.first, let (named, source) = statuslessResponseType {
            responses.insert(ResponseDescription(status: status, type: named.reference, source: source), at: 0)
            note(named, role: .response, at: source)
        }
        guard annotated.count == 1, let name = annotated.first, TypeLink.isIdentifier(name), PrimitiveType(anyCase: name) == nil,
              let example = voting.first, statuses.count == 1, let status = statuses.first else { return }
        let reference = TypeReference(name: name, collection: example.isCollection)
        if !responses.contains(where: { (200..<300).contains($0.status) }) {
            responses.insert(ResponseDescription(status: status, type: reference, source: example.lineSource ?? example.source), at: 0)
        } else if responses[0].type == nil, (200..<300).contains(responses[0].status) {
            responses[0].type = reference
        }
    }

    /// Whether a success example can say what type the call answers with: its annotation names a
    /// type that is no primitive, or, unannotated, its body is JSON.
    static func showsTypedJSON(_ response: HttpMessage) -> Bool {
        if let annotated = response.odataType { return PrimitiveType(anyCase: unqualified(annotated)) == nil }
        return response.bodyIsValidJSON && response.body != nil
    }
}
