import GraphDocIR

/// Decides what the keys of a JSON representation that no table lists are, once types are merged.
///
/// The docs show a derived type's representation with its inherited keys (teleconferenceDeviceAudioQuality
/// repeats the 20 keys of teleconferenceDeviceMediaQuality). Such a key is inherited: the type does not
/// redeclare it with a type guessed from a placeholder (`10` for a Double), and nothing is reported.
/// Any other key is a property the tables forgot: it stays, and is reported.
enum RepresentationOnlyKeys {
    static func settle(_ keys: [RepresentationOnlyKey], in types: inout [TypeDefinition], diagnostics: inout [Diagnostic]) {
        guard !keys.isEmpty else { return }
        var indexByName: [String: Int] = [:]
        for index in types.indices where indexByName[types[index].name.lowercased()] == nil {
            indexByName[types[index].name.lowercased()] = index
        }
        // Decided against the merged types as they are before any key is removed, so that the order
        // of keys does not matter.
        let merged = types
        var inherited: [Int: Set<SourceLocation>] = [:]
        for key in keys {
            guard let index = indexByName[key.type.lowercased()] else { continue }
            if inherits(key.name, merged[index], in: merged, indexByName: indexByName) {
                inherited[index, default: []].insert(key.source)
            } else {
                diagnostics.append(Diagnostic(
                    .propertyOnlyInJSON,
                    "expected property '\(key.name)' of '\(key.type)' in the properties or relationships table, found it only in the JSON representation",
                    at: key.source, subject: key.name))
            }
        }
        // The property read from an inherited key goes; a statement of it from elsewhere (a table) stays.
        for (index, sources) in inherited {
            types[index].properties.removeAll { sources.contains($0.source) }
        }
    }

    /// Whether an ancestor of `type` has a member called `name`.
    private static func inherits(_ name: String, _ type: TypeDefinition, in types: [TypeDefinition], indexByName: [String: Int]) -> Bool {
        var visited: Set<String> = [type.name.lowercased()]
        var base = type.baseType
        while let current = base, visited.insert(current.lowercased()).inserted, let index = indexByName[current.lowercased()] {
            let ancestor = types[index]
            if ancestor.properties.contains(where: { $0.name == name }) || ancestor.relationships.contains(where: { $0.name == name }) {
                return true
            }
            base = ancestor.baseType
        }
        return false
    }
}
