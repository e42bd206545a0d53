import GraphDocIR

/// Merges enums of the same name: members are unioned in page order, and a page that lists a
/// different set of values from the first page gets a diagnostic.
enum EnumMerger {
    static func merge(_ enums: [EnumDefinition], diagnostics: inout [Diagnostic]) -> [EnumDefinition] {
        var groups: [String: [EnumDefinition]] = [:]
        for definition in enums { groups[definition.name, default: []].append(definition) }
        return groups.values.map { group in
            let ordered = group.sorted { rank($0) != rank($1) ? rank($0) < rank($1) : ($0.sources.first ?? TypeMerger.nowhere) < ($1.sources.first ?? TypeMerger.nowhere) }
            var result = ordered[0]
            let firstNames = result.members.map(\.name)
            for other in ordered.dropFirst() {
                let names = other.members.map(\.name)
                if Set(names) != Set(firstNames), !names.isEmpty, !firstNames.isEmpty {
                    let missing = firstNames.filter { !names.contains($0) }, extra = names.filter { !firstNames.contains($0) }
                    var parts: [String] = []
                    if !missing.isEmpty { parts.append("lacks \(missing.joined(separator: ", "))") }
                    if !extra.isEmpty { parts.append("adds \(extra.joined(separator: ", "))") }
                    diagnostics.append(Diagnostic(
                        .enumMembersDiffer,
                        "values of '\(result.name)' differ from \(result.sources.first.map(\.description) ?? "another page"): this list \(parts.joined(separator: " and "))",
                        at: other.sources.first ?? TypeMerger.nowhere, subject: result.name))
                }
                for member in other.members {
                    if let index = result.members.firstIndex(where: { $0.name == member.name }) {
                        if result.members[index].description.isEmpty { result.members[index].description = member.description }
                        result.members[index].value = result.members[index].value ?? member.value
                    } else {
                        result.members.append(member)
                    }
                }
                result.sources += other.sources
                result.isFlags = result.isFlags || other.isFlags
            }
            result.sources = Array(Set(result.sources)).sorted()
            return result
        }
    }

    private static func rank(_ definition: EnumDefinition) -> Int {
        switch definition.origin {
        case .table: 0
        case .description: 1
        case .example: 2
        }
    }
}
