import GraphDocIR

/// Request-body rows whose names machine translation translated (`说明` for `description`), on pages
/// with no English page among the inputs, take the name of the property row of a described type that
/// has the same type and the same description. API pages copy the rows of the resource page, and
/// machine translation turns one English sentence into the same words on every page, so an equal
/// description and type identify the row. The request body's own type is searched first, then every
/// type; a name is taken only when it is the one such name, and the table does not name it already.
/// The row stays reported as `property-name-suspicious`, with the name used.
enum TranslatedRequestBodyNames {
    /// The name a translated request-body row takes, and the row it takes it from.
    struct Restored: Sendable {
        var name: String
        var from: String
        var at: SourceLocation
        /// How many more rows (of other types) have the same type, description and name.
        var alike = 0
    }

    private struct RowKey: Hashable {
        var description: String
        var type: String
        var collection: Bool

        init(_ property: Property) {
            description = property.description
            type = property.type.name.lowercased()
            collection = property.type.collection
        }
    }

    /// English names for the translated request-body rows of `pages`, by the row's source.
    static func names(for pages: [PageFacts], types: [TypeDefinition]) -> [SourceLocation: Restored] {
        let translated = pages.compactMap(\.operation?.requestBody).filter { body in
            body.properties.contains { TableReader.isInAnotherScript($0.name) }
        }
        guard !translated.isEmpty else { return [:] }
        var rowsByKey: [RowKey: [Restored]] = [:]
        var rowsByTypeAndKey: [String: [RowKey: [Restored]]] = [:]
        for type in types {
            for property in type.properties + type.relationships
            where !property.description.isEmpty && !TableReader.isInAnotherScript(property.name) {
                let row = Restored(name: property.name, from: type.name, at: property.source)
                rowsByKey[RowKey(property), default: []].append(row)
                rowsByTypeAndKey[type.name.lowercased(), default: [:]][RowKey(property), default: []].append(row)
            }
        }
        var result: [SourceLocation: Restored] = [:]
        for body in translated {
            var named = Set(body.properties.map { $0.name.lowercased() })
            let own = body.type.flatMap { rowsByTypeAndKey[$0.name.lowercased()] } ?? [:]
            for property in body.properties where TableReader.isInAnotherScript(property.name) && !property.description.isEmpty {
                let key = RowKey(property)
                for candidates in [own[key] ?? [], rowsByKey[key] ?? []] where !candidates.isEmpty {
                    let names = Set(candidates.map(\.name))
                    // The first row by place is cited: types come from the merge in no fixed order.
                    if names.count == 1, var row = candidates.min(by: { $0.at < $1.at }), named.insert(row.name.lowercased()).inserted {
                        row.alike = candidates.count - 1
                        result[property.source] = row
                    }
                    break
                }
            }
        }
        return result
    }

    /// `facts` with the restored names in its request-body table, in the type that table describes,
    /// and in its reports of those rows; or nil when it has none of those rows.
    static func applying(_ names: [SourceLocation: Restored], to facts: PageFacts) -> PageFacts? {
        guard var body = facts.operation?.requestBody,
              body.properties.contains(where: { names[$0.source] != nil }) else { return nil }
        var restored = facts
        restore(names, in: &body.properties)
        restored.operation?.requestBody = body
        for index in restored.types.indices where restored.types[index].origin == .requestBody {
            restore(names, in: &restored.types[index].properties)
        }
        amendReports(of: names, in: &restored.diagnostics)
        return restored
    }

    private static func restore(_ names: [SourceLocation: Restored], in properties: inout [Property]) {
        for index in properties.indices {
            guard let row = names[properties[index].source] else { continue }
            properties[index].name = row.name
        }
    }

    /// Adds the name used to each `property-name-suspicious` report of a restored row.
    static func amendReports(of names: [SourceLocation: Restored], in diagnostics: inout [Diagnostic]) {
        for index in diagnostics.indices where diagnostics[index].rule == RuleID.propertyNameSuspicious.id {
            guard let row = names[diagnostics[index].location] else { continue }
            diagnostics[index].message += row.alike == 0
                ? "; the row of '\(row.from).\(row.name)' at \(row.at) has the same type and description, so '\(row.name)' is used"
                : "; \(row.alike + 1) rows have the same type and description and all name it '\(row.name)' (one is '\(row.from).\(row.name)' at \(row.at)), which is used"
        }
    }
}
