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
        let lineage = TypeLineage(types)
        // Decided against the merged types as they are before any key is removed, so that the order
        // of keys does not matter.
        let merged = types
        var inherited: [Int: Set<SourceLocation>] = [:]
        for key in keys {
            let chain = lineage.lineage(of: key.type)
            guard let index = chain.first else { continue }
            // An ancestor has the key as a member.
            if chain.dropFirst().contains(where: { merged[$0].member(named: key.name) != nil }) {
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
}
