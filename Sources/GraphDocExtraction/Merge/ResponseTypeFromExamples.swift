import GraphDocIR

/// The success response type of an operation whose prose names none (or names what no page
/// describes, which ``ProseTypeResolution`` dropped: "see [error responses](security-error-codes.md)")
/// from its response examples' annotations: the one type they agree on, or, when they name different
/// types (an attachment page's `fileAttachment`, `itemAttachment` and `referenceAttachment`
/// examples), the nearest type all of them derive from, which only the merge, knowing every type's
/// base, can find. Examples that show no typed JSON (a file's raw bytes) take no part.
enum ResponseTypeFromExamples {
    static func settle(_ operations: inout [Operation], types: [TypeDefinition]) {
        let lineage = TypeLineage(types)
        for index in operations.indices {
            guard let responseIndex = operations[index].responses.firstIndex(where: { (200..<300).contains($0.status) }),
                  operations[index].responses[responseIndex].type == nil else { continue }
            let successes = operations[index].examples.compactMap(\.response)
                .filter { ($0.status.map { (200..<300).contains($0) }) ?? false }
                .filter(PageWalker.showsTypedJSON)
            let annotated = successes.map { $0.odataType.map(PageWalker.unqualified) }
            guard !annotated.isEmpty, annotated.allSatisfy({ $0 != nil }), Set(successes.map(\.isCollection)).count == 1 else { continue }
            let names = annotated.compactMap { $0 }
            let agreed: String? = if Set(names).count == 1, let name = names.first, TypeLink.isIdentifier(name), PrimitiveType(anyCase: name) == nil {
                name
            } else {
                nearestCommonType(names, in: lineage, types: types)
            }
            guard let agreed else { continue }
            operations[index].responses[responseIndex].type = TypeReference(name: agreed, collection: successes[0].isCollection)
        }
    }

    /// The nearest type in every name's lineage, when each name is a merged type.
    static func nearestCommonType(_ names: [String], in lineage: TypeLineage, types: [TypeDefinition]) -> String? {
        let chains = names.map(lineage.lineage(of:))
        guard let first = chains.first, chains.allSatisfy({ !$0.isEmpty }) else { return nil }
        let others = chains.dropFirst().map(Set.init)
        return first.first { index in others.allSatisfy { $0.contains(index) } }.map { types[$0].name }
    }
}
