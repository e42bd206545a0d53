/// Whether a Graph type has identity (`entity`, addressed by key) or is a value (`complex`).
public enum TypeKind: String, Codable, Hashable, Sendable {
    case entity
    case complex
}

/// A Graph entity or complex type, merged from every page that describes it.
public struct TypeDefinition: Codable, Hashable, Sendable {
    /// The Graph name, e.g. `phoneAuthenticationMethod`.
    public var name: String
    public var namespace: String
    public var kind: TypeKind
    public var baseType: String?
    public var description: String
    public var localizedDescription: String?
    /// Structural properties, sorted by name for a deterministic dump.
    public var properties: [Property]
    /// Navigation properties (the Relationships table).
    public var relationships: [Property]
    /// The most authoritative origin among the facts that built this type.
    public var origin: FactOrigin
    /// Open types accept properties the docs do not list.
    public var isOpen: Bool
    public var isAbstract: Bool
    public var keyProperty: String?
    /// Every place that contributed to this type, sorted.
    public var sources: [SourceLocation]

    public init(
        name: String, namespace: String = "microsoft.graph", kind: TypeKind = .complex, baseType: String? = nil,
        description: String = "", localizedDescription: String? = nil, properties: [Property] = [],
        relationships: [Property] = [], origin: FactOrigin, isOpen: Bool = false, isAbstract: Bool = false,
        keyProperty: String? = nil, sources: [SourceLocation] = []
    ) {
        self.name = name
        self.namespace = namespace
        self.kind = kind
        self.baseType = baseType
        self.description = description
        self.localizedDescription = localizedDescription
        self.properties = properties
        self.relationships = relationships
        self.origin = origin
        self.isOpen = isOpen
        self.isAbstract = isAbstract
        self.keyProperty = keyProperty
        self.sources = sources
    }

    /// The property or relationship with this name.
    public func member(named name: String) -> Property? {
        properties.first { $0.name == name } ?? relationships.first { $0.name == name }
    }

    enum CodingKeys: String, CodingKey {
        case name, namespace, kind, baseType, description, localizedDescription, properties, relationships
        case origin, isOpen, isAbstract, keyProperty, sources
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(namespace, forKey: .namespace)
        try c.encode(kind, forKey: .kind)
        try c.encode(baseType, forKey: .baseType)
        try c.encode(description, forKey: .description)
        try c.encodeIfPresent(localizedDescription, forKey: .localizedDescription)
        try c.encode(properties, forKey: .properties)
        try c.encode(relationships, forKey: .relationships)
        try c.encode(origin, forKey: .origin)
        try c.encode(isOpen, forKey: .isOpen)
        try c.encode(isAbstract, forKey: .isAbstract)
        try c.encode(keyProperty, forKey: .keyProperty)
        try c.encode(sources, forKey: .sources)
    }
}
