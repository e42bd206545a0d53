import GraphDocIR

/// Compares a translated page with its English page: routes, examples, property names and enum
/// members must agree; the translation's localized descriptions are kept beside the English ones.
enum TranslationComparison {
    static func compare(_ translation: PageFacts, with english: PageFacts, diagnostics: inout [Diagnostic]) {
        let path = translation.page.path, englishPath = english.page.path
        let top = SourceLocation(file: path, line: 1, column: 1)
        func drift(_ message: String, at location: SourceLocation, _ subject: String) {
            diagnostics.append(Diagnostic(.translationDrift, message, at: location, subject: subject))
        }

        // Routes.
        let translatedRoutes = translation.operation?.routes ?? [], englishRoutes = english.operation?.routes ?? []
        let englishKeys = Set(englishRoutes.map(routeKey)), translatedKeys = Set(translatedRoutes.map(routeKey))
        for route in translatedRoutes where !englishKeys.contains(routeKey(route)) {
            drift("route '\(route.method) \(route.path)' is not among the routes of the English page \(englishPath)", at: route.source, "route \(routeKey(route))")
        }
        for route in englishRoutes where !translatedKeys.contains(routeKey(route)) {
            drift("route '\(route.method) \(route.path)' of the English page (\(route.source)) is missing here",
                  at: translatedRoutes.first?.source ?? top, "missing route \(routeKey(route))")
        }

        // Examples, paired by name.
        let translatedExamples = translation.operation?.examples ?? [], englishExamples = english.operation?.examples ?? []
        for example in translatedExamples {
            guard let original = englishExamples.first(where: { $0.name == example.name }) else {
                drift("example '\(example.name)' is not on the English page \(englishPath)", at: example.request?.source ?? example.response?.source ?? top, "example \(example.name)")
                continue
            }
            compare(example.request, original.request, name: example.name, part: "request", drift: drift)
            compare(example.response, original.response, name: example.name, part: "response", drift: drift)
        }
        for example in englishExamples where !translatedExamples.contains(where: { $0.name == example.name }) {
            drift("example '\(example.name)' of the English page is missing here", at: top, "missing example \(example.name)")
        }

        // Properties and enum members of the types both pages describe.
        for translatedType in translation.types {
            guard let original = english.types.first(where: { $0.name.lowercased() == translatedType.name.lowercased() && $0.origin == translatedType.origin }) else { continue }
            let type = aligned(translatedType, with: original)
            let names = Set((type.properties + type.relationships).map(\.name)), originalNames = Set((original.properties + original.relationships).map(\.name))
            for property in type.properties + type.relationships where !originalNames.contains(property.name) {
                drift("property '\(property.name)' of '\(type.name)' is not on the English page \(englishPath)", at: property.source, "property \(type.name).\(property.name)")
            }
            let missing = originalNames.subtracting(names).sorted()
            if !missing.isEmpty {
                drift("properties \(missing.joined(separator: ", ")) of '\(type.name)' on the English page are missing here",
                      at: type.sources.first ?? top, "missing properties \(type.name)")
            }
        }
        for definition in translation.enums {
            guard let original = english.enums.first(where: { $0.name.lowercased() == definition.name.lowercased() }) else { continue }
            let names = definition.members.map(\.name), originalNames = original.members.map(\.name)
            if Set(names) != Set(originalNames) {
                drift("values of '\(definition.name)' (\(names.joined(separator: ", "))) differ from the English page (\(originalNames.joined(separator: ", ")))",
                      at: definition.sources.first ?? top, "enum \(definition.name)")
            }
        }
    }

    /// The translated type with machine-translated property names (`说明`) replaced by the English
    /// page's names, row by row, where both tables have the same rows in the same order and the
    /// row's type agrees.
    static func aligned(_ translated: TypeDefinition, with english: TypeDefinition) -> TypeDefinition {
        var result = translated
        func align(_ rows: [Property], _ originals: [Property]) -> [Property] {
            guard rows.count == originals.count else { return rows }
            return zip(rows, originals).map { row, original in
                guard !TableReader.isPropertyName(row.name), row.type.name.lowercased() == original.type.name.lowercased() else { return row }
                var renamed = row
                renamed.name = original.name
                return renamed
            }
        }
        result.properties = align(translated.properties, english.properties)
        result.relationships = align(translated.relationships, english.relationships)
        return result
    }

    private static func compare(
        _ message: HttpMessage?, _ original: HttpMessage?, name: String, part: String,
        drift: (String, SourceLocation, String) -> Void
    ) {
        guard let message, let original else { return }
        if message.method != original.method || message.url != original.url {
            drift("\(part) of example '\(name)' is '\(message.method ?? "") \(message.url ?? "")' but '\(original.method ?? "") \(original.url ?? "")' on the English page (\(original.source))",
                  message.source, "\(part) line \(name)")
        }
        if message.status != original.status {
            drift("\(part) of example '\(name)' has status \(message.status.map(String.init) ?? "none") but \(original.status.map(String.init) ?? "none") on the English page", message.source, "\(part) status \(name)")
        }
        if let body = message.body, let originalBody = original.body, !body.isSameValue(as: originalBody) {
            drift("\(part) body of example '\(name)' differs from the English page's (\(original.bodySource ?? original.source))",
                  message.bodySource ?? message.source, "\(part) body \(name)")
        }
    }

    private static func routeKey(_ route: Route) -> String {
        route.method + " " + route.path.filter { !$0.isWhitespace }.lowercased()
    }

    /// Copies the translation's property descriptions onto the merged types.
    /// - Parameter indexByName: the index in `types` of each lowercased type name.
    static func addLocalizedDescriptions(
        from facts: [TypeDefinition], english: [TypeDefinition], to types: inout [TypeDefinition], indexByName: [String: Int]
    ) {
        for translated in facts {
            let fact = english.first { $0.name.lowercased() == translated.name.lowercased() && $0.origin == translated.origin }
                .map { aligned(translated, with: $0) } ?? translated
            guard let index = indexByName[fact.name.lowercased()] else { continue }
            for property in fact.properties {
                guard let localized = property.localizedDescription, !localized.isEmpty,
                      let p = types[index].properties.firstIndex(where: { $0.name == property.name }),
                      types[index].properties[p].localizedDescription == nil else { continue }
                types[index].properties[p].localizedDescription = localized
            }
        }
    }
}
