import GraphDocIR

extension ApiComparison {
    /// Types added, removed or re-based, and the changes of their members.
    mutating func compareTypes() {
        let keys = Set(old.types.keys).union(new.types.keys).sorted()
        for key in keys {
            switch (old.types[key], new.types[key]) {
            case (let before?, nil):
                changes.append(ApiChange(
                    .typeRemoved, name: before.name, target: before.name,
                    message: "The type \(before.name) is no longer documented.", old: before.sources.first, new: nil))
            case (nil, let after?):
                changes.append(ApiChange(
                    .typeAdded, name: after.name, target: after.name,
                    message: "The type \(after.name) is documented.", old: nil, new: after.sources.first))
            case (let before?, let after?):
                compareDeclarations(before, after)
                compareMembers(ofType: key, named: after.name)
            case (nil, nil):
                continue
            }
        }
    }

    private mutating func compareDeclarations(_ before: TypeDefinition, _ after: TypeDefinition) {
        let (oldBase, newBase) = (before.baseType, after.baseType)
        if oldBase.map(DocumentedSurface.key) != newBase.map(DocumentedSurface.key) {
            changes.append(ApiChange(
                .typeBaseChanged, name: after.name, target: after.name,
                message: Self.baseMessage(after.name, old: oldBase, new: newBase),
                old: before.sources.first, new: after.sources.first))
        }
        if before.kind != after.kind {
            changes.append(ApiChange(
                .typeKindChanged, name: after.name, target: after.name,
                message: "The type \(after.name) is now \(Self.article(after.kind)) type; it was \(Self.article(before.kind)) type.",
                old: before.sources.first, new: after.sources.first))
        }
    }

    /// Whether two statements of a property's type send the same JSON: the same type, or a string
    /// on one side and an enum on the other (an enum is a string on the wire; pages often state the
    /// type one way and the values the other).
    private func sameWireType(_ a: Property, _ b: Property) -> Bool {
        if DocumentedSurface.key(a.type.name) == DocumentedSurface.key(b.type.name) { return true }
        func isString(_ p: Property) -> Bool { p.type.name == PrimitiveType.string.rawValue }
        func isEnum(_ p: Property, in surface: DocumentedSurface) -> Bool {
            p.enum != nil || surface.enums[DocumentedSurface.key(p.type.name)] != nil
        }
        return (isString(a) && isEnum(b, in: new)) || (isEnum(a, in: old) && isString(b))
    }

    static func baseMessage(_ type: String, old: String?, new: String?) -> String {
        switch (old, new) {
        case (let old?, let new?): "The type \(type) derives from \(new); before, it derived from \(old)."
        case (nil, let new?): "The type \(type) derives from \(new); before, it had no base type."
        case (let old?, nil): "The type \(type) no longer derives from \(old)."
        case (nil, nil): "The type \(type) has no base type."
        }
    }

    static func article(_ kind: TypeKind) -> String {
        switch kind {
        case .entity: "an entity"
        case .complex: "a complex"
        }
    }

    /// Members are compared as the type has them, inherited ones included, so that a property moved
    /// to a base type is no change for its derived types; each is reported at a type whose own table
    /// declares it on one side.
    private mutating func compareMembers(ofType key: String, named typeName: String) {
        let (before, after) = (old.members(of: key), new.members(of: key))
        let names = old.ownMemberNames(of: key).union(new.ownMemberNames(of: key)).sorted()
        for name in names {
            switch (before[name], after[name]) {
            case (let removed?, nil):
                changes.append(ApiChange(
                    .propertyRemoved, name: name, target: typeName,
                    message: "\(typeName) no longer has the \(removed.kindWord) \(name) (\(removed.property.type)).",
                    old: removed.property.source, new: nil).asElement(removed))
            case (nil, let added?):
                changes.append(ApiChange(
                    .propertyAdded, name: name, target: typeName,
                    message: "\(typeName) has a new \(added.kindWord) \(name) (\(added.property.type)).",
                    old: nil, new: added.property.source).asElement(added))
            case (let before?, let after?):
                compareMember(before, after, ofType: typeName)
            case (nil, nil):
                continue
            }
        }
    }

    private mutating func compareMember(
        _ before: DocumentedSurface.Member, _ after: DocumentedSurface.Member, ofType typeName: String
    ) {
        let (a, b) = (before.property, after.property)
        let subject = "\(typeName).\(b.name)"
        func add(_ rule: DiffRule, _ message: String, swiftBump: SemverBump? = nil) {
            changes.append(ApiChange(rule, name: b.name, target: typeName, message: message, old: a.source, new: b.source,
                                     swiftBump: swiftBump).asElement(after))
        }
        let (oldSwift, newSwift) = (old.swiftType(a.type, enumName: a.enum), new.swiftType(b.type, enumName: b.enum))
        if !sameWireType(a, b) {
            add(.propertyTypeChanged, "\(subject) is \(b.type), not \(a.type).",
                swiftBump: swiftBump(.propertyTypeChanged, oldSwift: oldSwift, newSwift: newSwift))
        } else if a.type.collection != b.type.collection {
            add(.propertyCollectionChanged, "\(subject) is \(b.type), not \(a.type).")
        } else if oldSwift != newSwift {
            let sameName = DocumentedSurface.key(a.type.name) == DocumentedSurface.key(b.type.name)
            let graphType = sameName ? "is still \(b.type)" : "is \(b.type) (before: \(a.type), the same on the wire)"
            add(.propertySwiftTypeChanged, "\(subject) \(graphType), but its Swift type is \(newSwift), not \(oldSwift).")
        }
        if let was = a.nullable, let now = b.nullable, was != now {
            add(now ? .propertyBecameNullable : .propertyBecameNonNullable,
                now ? "\(subject) may now be null." : "\(subject) may no longer be null.")
        }
        if a.readOnly != b.readOnly {
            add(b.readOnly ? .propertyBecameReadOnly : .propertyBecameWritable,
                b.readOnly ? "\(subject) is read-only." : "\(subject) is no longer read-only.")
        }
        if let was = a.required, let now = b.required, was != now {
            add(now ? .propertyBecameRequired : .propertyBecameOptional,
                now ? "\(subject) is required." : "\(subject) is no longer required.")
        }
    }
}

extension DocumentedSurface.Member {
    var kindWord: String { isRelationship ? "relationship" : "property" }
}

extension ApiChange {
    /// The change reported as Graph's changelog does: a relationship's changes as `Relationship`.
    func asElement(_ member: DocumentedSurface.Member) -> ApiChange {
        var copy = self
        if member.isRelationship { copy.element = .relationship }
        return copy
    }
}
