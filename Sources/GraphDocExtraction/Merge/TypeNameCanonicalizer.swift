import GraphDocIR

/// One spelling per type name. Links may only give a lowercased file name (`identityset.md`) or a
/// differently cased text; the resource page's own name wins, then any camel-cased spelling seen.
struct TypeNameCanonicalizer {
    private var spelling: [String: String] = [:]

    init(_ pages: [PageFacts]) {
        var candidates: [String: (rank: Int, name: String)] = [:]
        func offer(_ name: String, rank: Int) {
            guard !name.isEmpty, PrimitiveType(rawValue: name) == nil else { return }
            let key = name.lowercased()
            // Lower rank wins; among equal ranks a camel-cased spelling beats an all-lowercase one.
            let hasCase = name != key
            let effective = rank * 2 + (hasCase ? 0 : 1)
            if let existing = candidates[key], existing.rank <= effective { return }
            candidates[key] = (effective, name)
        }
        for page in pages {
            for type in page.types {
                offer(type.name, rank: type.origin == .resource ? 0 : 1)
                for property in type.properties + type.relationships {
                    offer(property.type.name, rank: 2)
                    if let ancestor = property.inheritedFrom { offer(ancestor, rank: 2) }
                }
                if let base = type.baseType { offer(base, rank: 2) }
            }
            // An all-lowercase enum name may come from an anchor slug (`custodianholdstatus-values`),
            // which lost its case: a camel-cased spelling seen anywhere else wins over it.
            for definition in page.enums where definition.ownerType == nil {
                offer(definition.name, rank: definition.name == definition.name.lowercased() ? 2 : 0)
            }
            if let operation = page.operation {
                if let body = operation.requestBody?.type { offer(body.name, rank: 2) }
                for response in operation.responses { if let type = response.type { offer(type.name, rank: 2) } }
                for example in operation.examples {
                    for message in [example.request, example.response].compactMap({ $0 }) {
                        if let odata = message.odataType { offer(PageWalker.unqualified(odata), rank: 3) }
                    }
                }
            }
        }
        spelling = candidates.mapValues(\.name)
    }

    func name(_ name: String) -> String {
        if PrimitiveType(rawValue: name) != nil { return name }
        return spelling[name.lowercased()] ?? name
    }

    func reference(_ reference: TypeReference) -> TypeReference {
        TypeReference(name: enumOrTypeName(reference.name), collection: reference.collection)
    }

    /// `owner.property` enum names get their owner's spelling.
    func enumOrTypeName(_ name: String) -> String {
        guard let dot = name.firstIndex(of: ".") else { return self.name(name) }
        return self.name(String(name[..<dot])) + name[dot...]
    }

    func canonical(_ property: Property) -> Property {
        var p = property
        p.type = reference(p.type)
        p.inheritedFrom = p.inheritedFrom.map(name)
        p.enum = p.enum.map(enumOrTypeName)
        return p
    }

    func canonical(_ types: [TypeDefinition]) -> [TypeDefinition] {
        types.map { type in
            var t = type
            t.name = name(t.name)
            t.baseType = t.baseType.map(name)
            t.properties = t.properties.map(canonical)
            t.relationships = t.relationships.map(canonical)
            return t
        }
    }

    func canonical(_ enums: [EnumDefinition]) -> [EnumDefinition] {
        enums.map { definition in
            var d = definition
            d.name = enumOrTypeName(d.name)
            d.ownerType = d.ownerType.map(name)
            return d
        }
    }

    /// The page's types, enums and operation with canonical type names.
    func canonical(_ page: PageFacts) -> PageFacts {
        var p = page
        p.types = canonical(p.types)
        p.enums = canonical(p.enums)
        p.operation = p.operation.map(canonical)
        return p
    }

    func canonical(_ operation: Operation) -> Operation {
        var o = operation
        if var body = o.requestBody {
            body.type = body.type.map(reference)
            body.properties = body.properties.map(canonical)
            o.requestBody = body
        }
        o.parameters = o.parameters.map { parameter in
            var p = parameter
            p.type = reference(p.type)
            p.enum = p.enum.map(enumOrTypeName)
            return p
        }
        o.responses = o.responses.map { response in
            var r = response
            r.type = r.type.map(reference)
            return r
        }
        return o
    }
}
