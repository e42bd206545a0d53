import GraphDocIR

/// Request-body tables that go on to describe the elements of one of their rows: after
/// "multiValueExtendedProperties | [multiValueLegacyExtendedProperty] collection", the rows "id" and
/// "value" say "For each property in the **multiValueExtendedProperties** collection, specify ...".
/// Such a row is a member of the collection's element type, not of the body: the body sends it inside
/// each element. A row is read so when its description names an earlier row of the table that holds
/// objects of a type, and its own name is a member of that type (or of an ancestor) as the merged
/// types state. The element type's own page describes those members; the body keeps the collection.
enum ElementRowsOfBodyTables {
    static func settle(_ operations: inout [Operation], types: [TypeDefinition]) {
        let lineage = TypeLineage(types)
        func hasMember(_ type: String, _ name: String) -> Bool {
            lineage.lineage(of: type).contains { index in
                (types[index].properties + types[index].relationships).contains { $0.name.lowercased() == name.lowercased() }
            }
        }
        for index in operations.indices {
            guard let rows = operations[index].requestBody?.properties, rows.count > 1 else { continue }
            var holders: [Property] = []
            var kept: [Property] = []
            for row in rows {
                let isElementMember = holders.contains { holder in
                    mentions(row.description, holder.name) && hasMember(holder.type.name, row.name)
                }
                if isElementMember { continue }
                kept.append(row)
                if !row.type.isPrimitive, lineage.index(of: row.type.name) != nil { holders.append(row) }
            }
            if kept.count < rows.count { operations[index].requestBody?.properties = kept }
        }
    }

    /// Whether `text` names `name` as a whole word (`**multiValueExtendedProperties**`, not
    /// `multiValueExtendedPropertiesCount`).
    static func mentions(_ text: String, _ name: String) -> Bool {
        var searchStart = text.startIndex
        while let found = text.range(of: name, range: searchStart..<text.endIndex) {
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
            if !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber { return true }
            searchStart = found.upperBound
        }
        return false
    }
}
