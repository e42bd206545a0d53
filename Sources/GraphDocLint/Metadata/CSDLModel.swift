import GraphDocIR

/// The parts of an OData CSDL (`$metadata`) document that lint compares pages with: structured types,
/// their properties and base types, and enum types.
public struct CSDLModel: Sendable, Hashable {
    /// An entity or complex type.
    public struct StructuredType: Sendable, Hashable {
        public var name: String
        public var namespace: String
        public var isEntity: Bool
        /// The base type as written (`graph.entity`, `microsoft.graph.entity`).
        public var baseType: String?
        public var isOpen: Bool
        public var isAbstract: Bool
        /// Structural and navigation properties, in document order.
        public var properties: [Property]

        public init(
            name: String, namespace: String, isEntity: Bool, baseType: String? = nil, isOpen: Bool = false,
            isAbstract: Bool = false, properties: [Property] = []
        ) {
            self.name = name
            self.namespace = namespace
            self.isEntity = isEntity
            self.baseType = baseType
            self.isOpen = isOpen
            self.isAbstract = isAbstract
            self.properties = properties
        }
    }

    /// A property or navigation property.
    public struct Property: Sendable, Hashable {
        public var name: String
        /// As written: `Edm.String`, `Collection(graph.identity)`.
        public var type: String
        public var isNavigation: Bool

        public init(name: String, type: String, isNavigation: Bool = false) {
            self.name = name
            self.type = type
            self.isNavigation = isNavigation
        }
    }

    public struct EnumType: Sendable, Hashable {
        public var name: String
        public var namespace: String
        public var members: [String]
        public var isFlags: Bool

        public init(name: String, namespace: String, members: [String], isFlags: Bool = false) {
            self.name = name
            self.namespace = namespace
            self.members = members
            self.isFlags = isFlags
        }
    }

    public private(set) var types: [StructuredType]
    public private(set) var enums: [EnumType]
    /// Schema aliases (`graph` → `microsoft.graph`).
    public private(set) var aliases: [String: String]
    /// Entity sets, singletons and bound operations: what routes resolve through.
    public var container = CSDLContainer()
    private var typeIndex: [String: Int] = [:]
    private var enumIndex: [String: Int] = [:]
    private var typesByName: [String: Int] = [:]
    private var enumsByName: [String: Int] = [:]

    public init(types: [StructuredType], enums: [EnumType], aliases: [String: String] = [:]) {
        self.types = types
        self.enums = enums
        self.aliases = aliases
        // Keys are lower-cased qualified names: pages and metadata disagree on case often enough that an
        // exact-case lookup would turn every such page into a "missing type" finding.
        for (offset, type) in types.enumerated() {
            typeIndex["\(type.namespace).\(type.name)".lowercased()] = offset
            if typesByName[type.name.lowercased()] == nil { typesByName[type.name.lowercased()] = offset }
        }
        for (offset, type) in enums.enumerated() {
            enumIndex["\(type.namespace).\(type.name)".lowercased()] = offset
            if enumsByName[type.name.lowercased()] == nil { enumsByName[type.name.lowercased()] = offset }
        }
    }

    /// `graph.x` → `microsoft.graph.x`; a bare name is put in `defaultNamespace`.
    public func qualified(_ written: String, defaultNamespace: String = "microsoft.graph") -> String {
        let name = WrittenTypeName(written).name
        guard let dot = name.lastIndex(of: ".") else { return "\(defaultNamespace).\(name)" }
        let namespace = String(name[..<dot])
        return "\(aliases[namespace] ?? namespace).\(name[name.index(after: dot)...])"
    }

    /// The type a qualified or bare name refers to. A bare name not in `defaultNamespace` is looked up
    /// in every schema, since pages often omit sub-namespaces (`callRecords`, `externalConnectors`).
    public func type(named written: String, defaultNamespace: String = "microsoft.graph") -> StructuredType? {
        if let offset = typeIndex[qualified(written, defaultNamespace: defaultNamespace).lowercased()] { return types[offset] }
        return Self.isBare(written) ? typesByName[written.lowercased()].map { types[$0] } : nil
    }

    public func enumType(named written: String, defaultNamespace: String = "microsoft.graph") -> EnumType? {
        if let offset = enumIndex[qualified(written, defaultNamespace: defaultNamespace).lowercased()] { return enums[offset] }
        return Self.isBare(written) ? enumsByName[written.lowercased()].map { enums[$0] } : nil
    }

    private static func isBare(_ name: String) -> Bool { !name.contains(".") && !name.contains("(") }

    /// A type's properties including inherited ones (own definitions first).
    public func allProperties(of type: StructuredType) -> [String: Property] {
        var result: [String: Property] = [:]
        var current: StructuredType? = type
        var seen: Set<String> = []
        while let definition = current, seen.insert("\(definition.namespace).\(definition.name)").inserted {
            for property in definition.properties where result[property.name] == nil { result[property.name] = property }
            current = definition.baseType.flatMap { self.type(named: $0, defaultNamespace: definition.namespace) }
        }
        return result
    }
}
