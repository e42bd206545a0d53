import GraphDocIR

/// Gives each operation a unique id and applies what the prose says about request bodies.
enum OperationMerger {
    /// Operations keyed by file name; a second page with the same file name (another API version)
    /// is keyed by its path instead.
    static func operations(_ operations: [Operation]) -> [Operation] {
        var seen = Set<String>()
        return operations.map { operation in
            var o = operation
            if seen.contains(o.id) {
                o.id = o.page.hasSuffix(".md") ? String(o.page.dropLast(3)) : o.page
            }
            seen.insert(o.id)
            return o
        }
    }
}

/// "..., but not `smsSignInState` (which is read-only)": the request body prose marks properties of
/// the body's type as read-only.
enum ReadOnlyFromProse {
    static func apply(operations: [Operation], to types: inout [TypeDefinition]) {
        for operation in operations {
            guard let body = operation.requestBody, let typeName = body.type?.name, !body.readOnly.isEmpty,
                  let index = types.firstIndex(where: { $0.name == typeName }) else { continue }
            for name in body.readOnly {
                if let p = types[index].properties.firstIndex(where: { $0.name == name }) { types[index].properties[p].readOnly = true }
            }
        }
    }
}
