import GraphDocIR

/// Looks up documented types and enums by the many spellings pages use for them.
///
/// Annotations and bodies name types as `#microsoft.graph.itemPhone`, `microsoft.graph.itemphone`,
/// `Collection(microsoft.graph.x)` or plain `itemPhone`; lookups strip those decorations and fall back
/// to a case-insensitive match, because annotations are commonly lower-cased while the type is not.
public struct TypeIndex: Sendable {
    private var types: [String: TypeDefinition] = [:]
    private var typesFolded: [String: TypeDefinition] = [:]
    private var enums: [String: EnumDefinition] = [:]
    private var enumsFolded: [String: EnumDefinition] = [:]
    private var ownedEnums: [String: EnumDefinition] = [:]
    private var qualified: [String: TypeDefinition] = [:]
    /// Flattened members and openness of every indexed type, worked out once: rules ask for them per
    /// example object, thousands of times over a reference.
    private var membersByType: [String: [String: (Property, owner: String)]] = [:]
    private var openTypes: Set<String> = []

    /// Indexes the merged model first; page facts only add what the model lacks, so the index also
    /// works on page facts alone (tests, or a model that has not been merged).
    public init(model: ApiModel, pages: [PageFacts]) {
        for type in model.types + pages.flatMap(\.types) where types[type.name] == nil {
            types[type.name] = type
            if typesFolded[type.name.lowercased()] == nil { typesFolded[type.name.lowercased()] = type }
            // Types of sub-namespaces (`microsoft.graph.callRecords.session`) are also found by their
            // qualified name, which is how bodies and annotations write them.
            qualified["\(type.namespace).\(type.name)".lowercased()] = type
        }
        for enumeration in model.enums + pages.flatMap(\.enums) where enums[enumeration.name] == nil {
            enums[enumeration.name] = enumeration
            if enumsFolded[enumeration.name.lowercased()] == nil { enumsFolded[enumeration.name.lowercased()] = enumeration }
            if let owner = enumeration.ownerType, let property = enumeration.ownerProperty {
                ownedEnums[EnumDefinition.ownedName(type: owner, property: property)] = enumeration
            }
        }
        for type in types.values {
            membersByType[type.name] = flattenedMembers(of: type)
            if ancestry(of: type).contains(where: \.isOpen) { openTypes.insert(type.name) }
        }
    }

    /// Every indexed type, sorted by name.
    public var allTypes: [TypeDefinition] { types.values.sorted { $0.name < $1.name } }
    /// Every indexed enum, sorted by name.
    public var allEnums: [EnumDefinition] { enums.values.sorted { $0.name < $1.name } }

    /// `#microsoft.graph.x`, `Collection(microsoft.graph.x)`, `graph.x` → `x`; other namespaces are kept.
    public static func bareName(_ written: String) -> String {
        var name = Substring(WrittenTypeName(written).name)
        for prefix in ["microsoft.graph.", "graph."] where name.lowercased().hasPrefix(prefix) {
            name = name.dropFirst(prefix.count)
            break
        }
        return String(name)
    }

    /// The type a name refers to, exact spelling first, then ignoring case.
    public func type(named written: String) -> TypeDefinition? {
        let name = Self.bareName(written)
        if let found = types[name] ?? qualified[Self.qualifiedKey(written)] ?? typesFolded[name.lowercased()] { return found }
        // `callRecords.clientUserAgent` when pages put sub-namespace types in `microsoft.graph`.
        guard let dot = name.lastIndex(of: "."), !PrimitiveTypes.isPrimitiveLike(name) else { return nil }
        let last = String(name[name.index(after: dot)...])
        return types[last] ?? typesFolded[last.lowercased()]
    }

    /// The type with exactly this spelling (bare, or qualified by a sub-namespace).
    public func typeExactly(named written: String) -> TypeDefinition? {
        if let type = types[Self.bareName(written)] { return type }
        if let dot = Self.bareName(written).lastIndex(of: "."),
           let type = types[String(Self.bareName(written)[Self.bareName(written).index(after: dot)...])] {
            return type
        }
        guard let type = qualified[Self.qualifiedKey(written)] else { return nil }
        return Self.qualifiedKey(written, folded: false).hasSuffix(".\(type.name)") ? type : nil
    }

    private static func qualifiedKey(_ written: String, folded: Bool = true) -> String {
        let name = WrittenTypeName(written).name
        return folded ? name.lowercased() : name
    }

    public func enumeration(named written: String) -> EnumDefinition? {
        let name = Self.bareName(written)
        if let found = enums[name] ?? enumsFolded[name.lowercased()] { return found }
        // `callRecords.mediaStreamDirection`: a sub-namespace enum filed under `microsoft.graph`. Owned
        // enums (`type.property`) were found above by their full name.
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let last = String(name[name.index(after: dot)...])
        return enums[last] ?? enumsFolded[last.lowercased()]
    }

    /// Whether a type reference's name is a primitive, a documented type or a documented enum.
    public func resolves(_ name: String) -> Bool {
        PrimitiveTypes.isPrimitiveLike(name) || type(named: name) != nil || enumeration(named: name) != nil
    }

    /// The enum whose members a property may take: the one it names, the one its type names, or the
    /// one read from its description under `owner.property`.
    public func enumeration(for property: Property, in owner: String?) -> EnumDefinition? {
        if let name = property.enum, let found = enumeration(named: name) { return found }
        if !property.type.isPrimitive, let found = enumeration(named: property.type.name) { return found }
        if let owner { return ownedEnums[EnumDefinition.ownedName(type: owner, property: property.name)] }
        return nil
    }

    /// A type's properties and relationships, inherited ones included (own definitions win).
    public func allMembers(of type: TypeDefinition) -> [String: (Property, owner: String)] {
        if let members = membersByType[type.name], types[type.name] == type { return members }
        return flattenedMembers(of: type)
    }

    /// Whether the type or one of its ancestors is open (accepts undocumented properties).
    public func isOpen(_ type: TypeDefinition) -> Bool {
        if types[type.name] == type { return openTypes.contains(type.name) }
        return ancestry(of: type).contains(where: \.isOpen)
    }

    /// Whether `type` inherits, directly or further down, from `ancestor` (a type is not its own
    /// descendant).
    public func isType(_ type: TypeDefinition, derivedFrom ancestor: TypeDefinition) -> Bool {
        ancestry(of: type).dropFirst().contains { $0.name == ancestor.name }
    }

    /// The type, then its base types, stopping at a cycle or an unknown base.
    private func ancestry(of type: TypeDefinition) -> [TypeDefinition] {
        var chain: [TypeDefinition] = []
        var current: TypeDefinition? = type
        var seen: Set<String> = []
        while let definition = current, seen.insert(definition.name).inserted {
            chain.append(definition)
            current = definition.baseType.flatMap { self.type(named: $0) }
        }
        return chain
    }

    private func flattenedMembers(of type: TypeDefinition) -> [String: (Property, owner: String)] {
        var members: [String: (Property, owner: String)] = [:]
        for definition in ancestry(of: type) {
            for property in definition.properties + definition.relationships where members[property.name] == nil {
                members[property.name] = (property, definition.name)
            }
        }
        return members
    }
}
