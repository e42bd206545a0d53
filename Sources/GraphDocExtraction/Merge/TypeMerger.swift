import GraphDocIR

/// Merges type facts from many pages into one definition per type.
enum TypeMerger {
    /// `enumNames`: the lower-cased names of the enums the pages describe, whose values are strings on
    /// the wire, so that a table calling such a property `String` agrees with one naming the enum.
    static func merge(_ facts: [TypeDefinition], enumNames: Set<String> = [], diagnostics: inout [Diagnostic]) -> [TypeDefinition] {
        reportNamespaceConflicts(facts, diagnostics: &diagnostics)
        let expanded = facts.map { Fact(definition: $0, fromInheritedRows: false) }
            + facts.flatMap(ancestorFacts).map { Fact(definition: $0, fromInheritedRows: true) }
        var groups: [String: [Fact]] = [:]
        for fact in expanded { groups[fact.definition.name.lowercased(), default: []].append(fact) }
        return groups.values.map { group in
            merge(group.sorted { $0.rank < $1.rank }, enumNames: enumNames, diagnostics: &diagnostics)
        }
    }

    /// One page's facts about a type: its own description of the type, or the "Inherited from [x]"
    /// rows of a derived type's page, which say what the derived type holds rather than what x is.
    private struct Fact {
        var definition: TypeDefinition
        var fromInheritedRows: Bool

        /// Resource pages before request bodies before examples; within each, a type's own
        /// description before rows inherited from it, then by place.
        var rank: (FactOrigin, Int, SourceLocation) {
            (definition.origin, fromInheritedRows ? 1 : 0, definition.sources.first ?? TypeMerger.nowhere)
        }
    }

    static let nowhere = SourceLocation(file: "", line: 0, column: 0)

    /// Facts about the ancestors named by "Inherited from [x]" rows: each ancestor has the inherited
    /// properties; the row's own type derives from the most specific ancestor named.
    private static func ancestorFacts(_ type: TypeDefinition) -> [TypeDefinition] {
        var byAncestor: [String: [Property]] = [:]
        for property in type.properties where property.inheritedFrom.map({ $0.lowercased() != type.name.lowercased() }) ?? false {
            var inherited = property
            inherited.inheritedFrom = nil
            byAncestor[property.inheritedFrom!, default: []].append(inherited)
        }
        let derived = byAncestor.keys.filter { $0.lowercased() != "entity" }
        return byAncestor.sorted { $0.key < $1.key }.map { ancestor, properties in
            let base = derived.count == 1 && ancestor == derived[0] && byAncestor.keys.contains(where: { $0.lowercased() == "entity" }) ? "entity" : nil
            return TypeDefinition(
                name: ancestor, kind: properties.contains { $0.name == "id" } || base != nil ? .entity : .complex, baseType: base,
                properties: properties, origin: type.origin, sources: properties.first.map { [$0.source] } ?? [])
        }
    }

    /// The base type a type's inherited rows imply when no page states it.
    private static func impliedBase(_ type: TypeDefinition) -> String? {
        var counts: [String: Int] = [:]
        for property in type.properties {
            if let ancestor = property.inheritedFrom, ancestor.lowercased() != type.name.lowercased() { counts[ancestor, default: 0] += 1 }
        }
        let derived = counts.filter { $0.key.lowercased() != "entity" }
        if let best = derived.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) { return best.key }
        return counts.keys.first { $0.lowercased() == "entity" }
    }

    private static func merge(_ ordered: [Fact], enumNames: Set<String>, diagnostics: inout [Diagnostic]) -> TypeDefinition {
        var result = ordered[0].definition
        result.baseType = result.baseType ?? impliedBase(result)
        result.properties = []
        result.relationships = []
        var sources = Set<SourceLocation>()
        // A derived page may call an inherited property read-only where the ancestor's own pages do
        // not (identityBuiltInUserFlowAttribute's displayName, writable on custom attributes).
        let describedDirectly = Set(ordered.filter { !$0.fromInheritedRows }.flatMap { $0.definition.properties.map(\.name) })
        for entry in ordered {
            var fact = entry.definition
            if entry.fromInheritedRows {
                for index in fact.properties.indices where describedDirectly.contains(fact.properties[index].name) {
                    fact.properties[index].readOnly = false
                }
            }
            sources.formUnion(fact.sources)
            if result.baseType == nil { result.baseType = fact.baseType ?? impliedBase(fact) }
            if result.description.isEmpty { result.description = fact.description }
            if result.keyProperty == nil { result.keyProperty = fact.keyProperty }
            result.isOpen = result.isOpen || fact.isOpen
            result.isAbstract = result.isAbstract || fact.isAbstract
            if fact.kind == .entity { result.kind = .entity }
            mergeProperties(fact.properties, into: &result.properties, type: result.name, enumNames: enumNames, diagnostics: &diagnostics)
            mergeProperties(fact.relationships, into: &result.relationships, type: result.name, enumNames: enumNames, diagnostics: &diagnostics)
        }
        if result.properties.contains(where: { $0.name == "id" }) || result.keyProperty != nil || result.baseType?.lowercased() == "entity" {
            result.kind = .entity
        }
        result.properties.sort { $0.name < $1.name }
        result.relationships.sort { $0.name < $1.name }
        result.sources = sources.sorted()
        return result
    }

    /// Resource pages state their type's namespace; two of them naming different namespaces describe
    /// two types that the IR, which keys types by name, merges into one. Only the pages' own facts
    /// count: an "Inherited from" row says nothing about its ancestor's namespace.
    private static func reportNamespaceConflicts(_ facts: [TypeDefinition], diagnostics: inout [Diagnostic]) {
        var byName: [String: [TypeDefinition]] = [:]
        for fact in facts where fact.origin == .resource { byName[fact.name.lowercased(), default: []].append(fact) }
        for group in byName.values {
            let ordered = group.sorted { ($0.sources.first ?? nowhere) < ($1.sources.first ?? nowhere) }
            let first = ordered[0]
            var reported: Set<String> = [first.namespace]
            for fact in ordered.dropFirst() where reported.insert(fact.namespace).inserted {
                let firstPlace = first.sources.first.map { " at \($0)" } ?? ""
                diagnostics.append(Diagnostic(
                    .typeNamespaceConflict,
                    "expected the type '\(fact.name)' in one namespace, found it in \(fact.namespace) here and in \(first.namespace)\(firstPlace); types are keyed by name, so both pages' properties are merged into one type",
                    at: fact.sources.first ?? nowhere, subject: fact.name))
            }
        }
    }

    private static func mergeProperties(
        _ incoming: [Property], into merged: inout [Property], type: String, enumNames: Set<String>, diagnostics: inout [Diagnostic]
    ) {
        // Positions by name: a table of 100,000 rows searched the merged list once per row.
        var indexByName = Dictionary(merged.indices.map { (merged[$0].name, $0) }, uniquingKeysWith: { first, _ in first })
        for property in incoming {
            guard let index = indexByName[property.name] else {
                indexByName[property.name] = merged.count
                merged.append(property)
                continue
            }
            var existing = merged[index]
            if !compatible(existing, property, enumNames: enumNames) {
                diagnostics.append(Diagnostic(
                    .propertyConflict,
                    "property '\(type).\(property.name)' has type \(describe(property)) here, but \(describe(existing)) at \(existing.source)",
                    at: property.source, subject: "\(type).\(property.name)"))
            } else if existing.type.name == "String", property.enum == property.type.name || enumNames.contains(property.type.name.lowercased()) {
                // An enum-typed spelling is more specific than "String", with listed values or without.
                existing.type = property.type
            }
            existing.readOnly = existing.readOnly || property.readOnly
            existing.nullable = existing.nullable ?? property.nullable
            existing.required = existing.required ?? property.required
            existing.inheritedFrom = existing.inheritedFrom ?? property.inheritedFrom
            existing.enum = existing.enum ?? property.enum
            existing.constraints = existing.constraints ?? property.constraints
            if existing.description.isEmpty { existing.description = property.description }
            existing.localizedDescription = existing.localizedDescription ?? property.localizedDescription
            merged[index] = existing
        }
    }

    private static func describe(_ property: Property) -> String {
        property.enum.map { property.type.name == $0 ? "enum \($0)" : "\(property.type) (values of \($0))" } ?? property.type.description
    }

    /// Same type, or the same enum written as `Enumeration` on one page and `String` with values on
    /// another, or an enum type (one of `enumNames`) on one page and `String` on another.
    static func compatible(_ a: Property, _ b: Property, enumNames: Set<String> = []) -> Bool {
        if a.type.name.lowercased() == b.type.name.lowercased(), a.type.collection == b.type.collection { return true }
        guard a.type.collection == b.type.collection else { return false }
        let names = [a.type.name, b.type.name]
        if names.contains("String"), names.contains(where: { enumNames.contains($0.lowercased()) }) { return true }
        let enumNames = Set([a.enum, b.enum].compactMap { $0 })
        let typeNames = Set([a.type.name, b.type.name])
        return !enumNames.isEmpty && typeNames.isSubset(of: enumNames.union(["String"]))
    }
}
