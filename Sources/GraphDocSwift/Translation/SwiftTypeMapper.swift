import GraphDocIR

/// Maps IR type references to Swift types, and knows the Swift name of every type and enum.
///
/// Standard and runtime types are written module-qualified (`Swift.String`,
/// `GraphModelSupport.DateTimeOffset`) so that a Graph type called `date` or `error` cannot shadow them.
public struct SwiftTypeMapper: Sendable {
    /// Swift name of each Graph type, keyed by its lower-cased short name.
    private var typeNames: [String: String] = [:]
    /// Swift path (`ItemFacet.AllowedAudiences`) of each enum, keyed by its lower-cased IR name.
    private var enumPaths: [String: String] = [:]
    /// For types that other types derive from: the Swift name of their polymorphic `Any…` enum.
    private var polymorphicNames: [String: String] = [:]
    /// Known descendants of each base type (lookup keys), sorted by Graph name.
    public private(set) var descendants: [String: [String]] = [:]

    /// Resolves Swift names for `model`; throws when two Graph names would share one.
    public init(model: ApiModel) throws {
        var claims: [String: [NameClaimant]] = [:]
        var claimedNames: [String: Set<String>] = [:]
        var displayNames: [String: String] = [:]
        func claim(_ swiftName: String, _ graphName: String, _ location: SourceLocation?, isEnum: Bool = false) {
            // Compared case-insensitively: such names would also collide as file names on macOS.
            let key = swiftName.lowercased()
            displayNames[key] = displayNames[key] ?? swiftName
            if claimedNames[key, default: []].insert((isEnum ? "enum " : "type ") + graphName).inserted {
                claims[key, default: []].append(NameClaimant(graphName: graphName, location: location))
            }
        }
        for type in model.types {
            let swiftName = SwiftNaming.typeName(type.name)
            typeNames[Self.key(type.name)] = swiftName
            claim(swiftName, type.name, type.sources.first)
        }
        var children: [String: [String]] = [:]
        for type in model.types {
            if let base = type.baseType, typeNames[Self.key(base)] != nil, Self.key(base) != Self.key(type.name) {
                children[Self.key(base), default: []].append(type.name)
            }
        }
        for type in model.types where children[Self.key(type.name)] != nil {
            var found: [String] = []
            var queue = children[Self.key(type.name)] ?? []
            while let next = queue.popLast() {
                guard !found.contains(next), Self.key(next) != Self.key(type.name) else { continue }
                found.append(next)
                queue += children[Self.key(next)] ?? []
            }
            descendants[Self.key(type.name)] = found.sorted()
            let anyName = "Any" + (typeNames[Self.key(type.name)] ?? "")
            polymorphicNames[Self.key(type.name)] = anyName
            claim(anyName, type.name, type.sources.first, isEnum: true)
        }
        let topLevelTypeNames = Set(typeNames.values)
        for definition in model.enums {
            let (owner, property) = Self.owner(of: definition)
            if let owner, let ownerSwift = typeNames[Self.key(owner)] {
                var nested = SwiftNaming.nestedTypeName(property ?? definition.name)
                // A nested name equal to a top-level type would shadow it inside the owner.
                if topLevelTypeNames.contains(nested) || nested == ownerSwift { nested += "Value" }
                let path = ownerSwift + "." + nested
                enumPaths[definition.name.lowercased()] = path
                claim(path, definition.name, definition.sources.first, isEnum: true)
            } else {
                let swiftName = SwiftNaming.typeName(
                    owner.map { $0 + SwiftNaming.upperFirst(property ?? "") } ?? definition.name)
                enumPaths[definition.name.lowercased()] = swiftName
                claim(swiftName, definition.name, definition.sources.first, isEnum: true)
            }
        }
        let collisions = claims.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
        if let (key, claimants) = collisions.first {
            throw GenerationError.nameCollision(swiftName: displayNames[key] ?? key, claimants: claimants)
        }
    }

    /// The owner and property of an enum read from a property description.
    static func owner(of definition: EnumDefinition) -> (String?, String?) {
        if let owner = definition.ownerType { return (owner, definition.ownerProperty) }
        guard let dot = definition.name.firstIndex(of: "."), !definition.name.hasPrefix("microsoft.") else {
            return (nil, nil)
        }
        return (String(definition.name[..<dot]), String(definition.name[definition.name.index(after: dot)...]))
    }

    static func key(_ graphName: String) -> String { SwiftNaming.lastComponent(graphName).lowercased() }

    /// The Swift name of a Graph type, or `nil` when the model has no such type.
    public func swiftName(ofType graphName: String) -> String? { typeNames[Self.key(graphName)] }

    /// Whether the Graph type `name` derives, directly or further down, from `base`.
    public func isType(_ name: String, derivedFrom base: String) -> Bool {
        (descendants[Self.key(base)] ?? []).contains { Self.key($0) == Self.key(name) }
    }

    /// The `Any…` enum of a type that has derived types, or `nil`.
    public func polymorphicName(ofType graphName: String) -> String? { polymorphicNames[Self.key(graphName)] }

    /// The Swift path of an enum (`ItemFacet.AllowedAudiences`), or `nil`.
    public func swiftPath(ofEnum name: String) -> String? {
        enumPaths[name.lowercased()] ?? enumPaths[SwiftNaming.lastComponent(name).lowercased()]
    }

    /// The Swift type of a primitive (`Int64` -> `Swift.Int64`).
    public static func swiftType(of primitive: PrimitiveType) -> String {
        switch primitive {
        case .string: "Swift.String"
        case .boolean: "Swift.Bool"
        case .byte: "Swift.UInt8"
        case .sByte: "Swift.Int8"
        case .int16: "Swift.Int16"
        case .int32: "Swift.Int32"
        case .int64: "Swift.Int64"
        case .single: "Swift.Float"
        case .double: "Swift.Double"
        case .decimal: "Foundation.Decimal"
        case .dateTimeOffset: "GraphModelSupport.DateTimeOffset"
        case .date: "GraphModelSupport.GraphDate"
        case .timeOfDay: "GraphModelSupport.TimeOfDay"
        case .duration: "GraphModelSupport.GraphDuration"
        case .guid: "GraphModelSupport.GraphGuid"
        case .binary: "GraphModelSupport.Base64Data"
        case .stream, .json: "GraphModelSupport.JSONValue"
        }
    }

    /// What a property's type maps to.
    public struct Mapping: Hashable, Sendable {
        /// The element type (`GraphModelSupport.DateTimeOffset`).
        public var element: String
        /// The full type (`[GraphModelSupport.DateTimeOffset]` for collections).
        public var swiftType: String
        /// The value has its own `validate`.
        public var isValidatable: Bool
        /// The element is a generated model type (for recursion detection).
        public var modelType: String?
        public var isNumeric: Bool
        public var isString: Bool
    }

    /// Whether `reference` names a primitive, type or enum of the model; unresolved names are
    /// generated as `JSONValue` (nothing is lost) and listed by ``SwiftModelTranslator/unresolvedTypeNames``.
    public func resolves(_ reference: TypeReference, enumName: String? = nil) -> Bool {
        (enumName.flatMap(swiftPath(ofEnum:)) != nil) || reference.isPrimitive || swiftName(ofType: reference.name) != nil
            || swiftPath(ofEnum: reference.name) != nil
    }

    /// The Swift type of `reference`; `enumName` (a property's `enum`) wins when it is known.
    public func map(_ reference: TypeReference, enumName: String? = nil) -> Mapping {
        var element = "GraphModelSupport.JSONValue"
        var validatable = false
        var modelType: String?
        var numeric = false
        var string = false
        if let enumName, let path = swiftPath(ofEnum: enumName) {
            element = path
            validatable = true
        } else if let primitive = PrimitiveType(rawValue: reference.name) {
            element = Self.swiftType(of: primitive)
            validatable = element.hasPrefix("GraphModelSupport.") && primitive != .json && primitive != .stream
            numeric = [.byte, .sByte, .int16, .int32, .int64, .single, .double].contains(primitive)
            string = primitive == .string
        } else if let anyName = polymorphicName(ofType: reference.name) {
            // An `indirect` enum: it needs no `Indirect` storage to break cycles.
            element = anyName
            validatable = true
        } else if let typeName = swiftName(ofType: reference.name) {
            element = typeName
            validatable = true
            modelType = typeName
        } else if let path = swiftPath(ofEnum: reference.name) {
            element = path
            validatable = true
        }
        return Mapping(
            element: element, swiftType: reference.collection ? "[\(element)]" : element, isValidatable: validatable,
            modelType: reference.collection ? nil : modelType, isNumeric: numeric && !reference.collection,
            isString: string && !reference.collection)
    }
}
