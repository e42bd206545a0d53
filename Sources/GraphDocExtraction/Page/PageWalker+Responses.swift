import GraphDocIR

extension PageWalker {
    /// The success response when the response section states no status: the type its prose names
    /// (a reference-style link reads as any link), else the type the response examples' annotations
    /// name (`"@odata.type": "microsoft.graph.drive"`). Both need the page's success examples to
    /// agree, on the status and on the annotated type: a page whose examples answer with several
    /// statuses or types (an upload session's fragments, attachments of each kind) states no one
    /// response. A response the prose states keeps its type; an annotation that names another type
    /// is lint's `example-odata-type-mismatch`.
    mutating func settleResponseWithoutStatedStatus() {
        let successes = examples.compactMap(\.response).filter { ($0.status.map { (200..<300).contains($0) }) ?? false }
        let statuses = Set(successes.compactMap(\.status))
        // "" for an example without an annotation, which then states no type either.
        let annotated = Set(successes.map { $0.odataType.map(Self.unqualified) ?? "" })
        if responses.isEmpty, statuses.count == 1, let status = statuses.first, let (named, source) = statuslessResponseType {
            responses.append(ResponseDescription(status: status, type: named.reference, source: source))
            note(named, role: .response, at: source)
        }
        guard annotated.count == 1, let name = annotated.first, TypeLink.isIdentifier(name), PrimitiveType(anyCase: name) == nil,
              let example = successes.first, statuses.count == 1, let status = statuses.first else { return }
        let reference = TypeReference(name: name, collection: example.isCollection)
        if responses.isEmpty {
            responses.append(ResponseDescription(status: status, type: reference, source: example.lineSource ?? example.source))
        } else if responses[0].type == nil, (200..<300).contains(responses[0].status) {
            responses[0].type = reference
        }
    }
}
