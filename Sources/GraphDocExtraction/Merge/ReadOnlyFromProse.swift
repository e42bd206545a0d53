import GraphDocIR

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
