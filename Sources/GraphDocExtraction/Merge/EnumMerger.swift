import GraphDocIR

/// Merges enums of the same name: members are unioned, the most authoritative list first (an enum
/// table, then a resource page, then an API page), and a page that lists a different set of values
/// from that first list gets a diagnostic, unless machine-translated names account for the difference.
enum EnumMerger {
    /// An enum as one page states it, with the authority of that page (lower is more authoritative).
    struct Statement {
        var definition: EnumDefinition
        var pageAuthority: Int
    }

    static func statements(of pages: [PageFacts]) -> [Statement] {
        pages.flatMap { page in
            let authority = page.page.kind == .operation ? 1 : 0
            return page.enums.map { Statement(definition: $0, pageAuthority: authority) }
        }
    }

    static func merge(_ statements: [Statement], diagnostics: inout [Diagnostic]) -> [EnumDefinition] {
        var groups: [String: [Statement]] = [:]
        for statement in statements { groups[statement.definition.name, default: []].append(statement) }
        return groups.values.map { group in
            let ordered = group.sorted { a, b in
                if a.definition.origin != b.definition.origin { return a.definition.origin < b.definition.origin }
                if a.pageAuthority != b.pageAuthority { return a.pageAuthority < b.pageAuthority }
                return (a.definition.sources.first ?? TypeMerger.nowhere) < (b.definition.sources.first ?? TypeMerger.nowhere)
            }.map(\.definition)
            var result = ordered[0]
            let firstNames = result.members.map(\.name)
            for other in ordered.dropFirst() {
                let names = other.members.map(\.name)
                // Pages often leave out the evolvable-enum sentinel; that alone is no disagreement.
                let sentinel: Set<String> = ["unknownFutureValue"]
                if Set(names).subtracting(sentinel) != Set(firstNames).subtracting(sentinel), !names.isEmpty, !firstNames.isEmpty,
                   !differenceIsTranslation(names, firstNames) {
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
                    // A name differing only in case (`Windows` beside `windows`) is the same value
                    // misspelt: the more authoritative list's spelling stays, and the finding above says so.
                    let lowered = member.name.lowercased()
                    if let index = result.members.firstIndex(where: { $0.name.lowercased() == lowered }) {
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

    /// Whether two lists differ only where one of them has machine-translated names (`字母` where the
    /// other says `alphanumeric`): those are reported where they are written, as
    /// `enum-member-name-suspicious`, not again at every page that states the English names.
    static func differenceIsTranslation(_ a: [String], _ b: [String]) -> Bool {
        func split(_ names: [String]) -> (english: Set<String>, translated: Int) {
            let translated = names.filter(TableReader.isInAnotherScript)
            return (Set(names).subtracting(translated).subtracting(["unknownFutureValue"]), translated.count)
        }
        let (englishA, translatedA) = split(a), (englishB, translatedB) = split(b)
        guard translatedA + translatedB > 0 else { return false }
        // Every English name one list lacks must be one the other list may have written in translation.
        return englishB.subtracting(englishA).count <= translatedA && englishA.subtracting(englishB).count <= translatedB
    }
}
