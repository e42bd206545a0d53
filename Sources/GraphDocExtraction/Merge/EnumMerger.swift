import GraphDocIR

/// Merges enums of the same name: members are unioned, the most authoritative list first (an enum
/// table, then a resource page, then an API page), and a page that lists a different set of values
/// from that first list gets a diagnostic, unless machine-translated names account for the difference.
/// Translated member names are restored from a list of English names that lines up with them.
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
        return groups.values.map { statements in
            let group = restoringTranslatedNames(statements, diagnostics: &diagnostics)
            let ordered = group.sorted { a, b in
                if a.definition.origin != b.definition.origin { return a.definition.origin < b.definition.origin }
                if a.pageAuthority != b.pageAuthority { return a.pageAuthority < b.pageAuthority }
                return (a.definition.sources.first ?? TypeMerger.nowhere) < (b.definition.sources.first ?? TypeMerger.nowhere)
            }.map(\.definition)
            var result = ordered[0]
            // A name listed twice (`建立` for both `establishing` and `established`, when no English
            // list restored them) is one value on the wire.
            var listed = Set<String>()
            result.members.removeAll { !listed.insert($0.name).inserted }
            let firstNames = result.members.map(\.name)
            for other in ordered.dropFirst() {
                let names = other.members.map(\.name)
                // Pages often leave out the evolvable-enum sentinel; that alone is no disagreement.
                if EvolvableEnumSentinel.removing(from: names) != EvolvableEnumSentinel.removing(from: firstNames), !names.isEmpty, !firstNames.isEmpty,
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

    /// Member names that machine translation translated (`建立` for both `establishing` and
    /// `established`) take their English names from another statement of the same enum that lines up
    /// with them (``englishNames(for:in:)``). When English lists that line up disagree, nothing is
    /// restored. The name stays reported as suspicious, with the name used.
    static func restoringTranslatedNames(_ group: [Statement], diagnostics: inout [Diagnostic]) -> [Statement] {
        let english = group.map(\.definition).filter { definition in
            !definition.members.isEmpty && !definition.members.contains { TableReader.isInAnotherScript($0.name) }
        }
        guard !english.isEmpty, english.count < group.count else { return group }
        return group.map { statement in
            let names = statement.definition.members.map(\.name)
            guard names.contains(where: TableReader.isInAnotherScript) else { return statement }
            let fitting = english.compactMap { candidate in
                englishNames(for: names, in: candidate.members.map(\.name)).map { (names: $0, source: candidate.sources.first) }
            }
            guard let lined = fitting.first, Set(fitting.map { $0.names.map(\.name) }).count == 1 else { return statement }
            let place = lined.source.map { " at \($0)" } ?? ""
            var restored = statement
            var reported = diagnostics.indices.filter { index in
                diagnostics[index].rule == RuleID.enumMemberNameSuspicious.id
                    && statement.definition.sources.contains { $0.file == diagnostics[index].file && $0.line <= diagnostics[index].line }
            }.sorted { (diagnostics[$0].line, diagnostics[$0].column) < (diagnostics[$1].line, diagnostics[$1].column) }
            for (index, english) in lined.names {
                let translated = names[index]
                if let position = reported.firstIndex(where: { diagnostics[$0].subject == translated }) {
                    diagnostics[reported[position]].message += "; the list\(place) that lines up with this one names it '\(english)', which is used"
                    reported.remove(at: position)
                }
                restored.definition.members[index].name = english
            }
            return restored
        }
    }

    /// The English name of each translated name in `names` (by its index) when `english`, a list of
    /// the same enum with no translated name, lines up with it. Enum tables and "possible values"
    /// sentences list members in the service's order, so the lists line up when, read in order, each
    /// English name is either a name `names` left untranslated (at a later place than the one before)
    /// or the next translated name, and every translated name gets one. The English list may leave
    /// out members (`unknownFutureValue`, or the ones whose names were not translated); nil when the
    /// lists do not line up.
    static func englishNames(for names: [String], in english: [String]) -> [(index: Int, name: String)]? {
        let translated = names.indices.filter { TableReader.isInAnotherScript(names[$0]) }
        var placeOf: [String: Int] = [:]
        for (index, name) in names.enumerated() where !TableReader.isInAnotherScript(name) {
            placeOf[name.lowercased()] = placeOf[name.lowercased()] ?? index
        }
        var result: [(index: Int, name: String)] = []
        var next = 0, nextTranslated = 0
        for name in english {
            if let place = placeOf[name.lowercased()] {
                // A translated name passed over here would be left without an English name.
                guard place >= next, nextTranslated == translated.count || translated[nextTranslated] > place else { return nil }
                next = place + 1
            } else {
                guard nextTranslated < translated.count else { return nil }
                result.append((translated[nextTranslated], name))
                next = translated[nextTranslated] + 1
                nextTranslated += 1
            }
        }
        return nextTranslated == translated.count ? result : nil
    }

    /// Whether two lists differ only where one of them has machine-translated names (`字母` where the
    /// other says `alphanumeric`): those are reported where they are written, as
    /// `enum-member-name-suspicious`, not again at every page that states the English names.
    static func differenceIsTranslation(_ a: [String], _ b: [String]) -> Bool {
        func split(_ names: [String]) -> (english: Set<String>, translated: Int) {
            let translated = names.filter(TableReader.isInAnotherScript)
            return (EvolvableEnumSentinel.removing(from: names).subtracting(translated), translated.count)
        }
        let (englishA, translatedA) = split(a), (englishB, translatedB) = split(b)
        guard translatedA + translatedB > 0 else { return false }
        // Every English name one list lacks must be one the other list may have written in translation.
        return englishB.subtracting(englishA).count <= translatedA && englishA.subtracting(englishB).count <= translatedB
    }
}
