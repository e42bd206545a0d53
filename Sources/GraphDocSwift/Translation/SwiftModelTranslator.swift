import GraphDocIR

/// Translates the IR into view models, one per output file: the decisions of code generation
/// (names, types, flattening, recursion, validation) live here, not in templates.
public struct SwiftModelTranslator: Sendable {
    public let model: ApiModel
    public let options: GeneratorOptions
    public let types: SwiftTypeMapper
    let typesByKey: [String: TypeDefinition]
    private let indirectEdges: Set<RecursionEdge>
    /// The names of the enums nested in each generated struct (`Message` → `Importance`), which shadow
    /// top-level types of the same name inside that struct.
    private let nestedTypeNames: [String: Set<String>]

    public init(model: ApiModel, options: GeneratorOptions) {
        self.model = model
        self.options = options
        types = SwiftTypeMapper(model: model, moduleName: options.moduleName, reservedNamePrefix: options.reservedNamePrefix)
        var byKey: [String: TypeDefinition] = [:]
        for type in types.generatedTypes { byKey[SwiftTypeMapper.key(type.name)] = type }
        typesByKey = byKey
        let mapper = types
        indirectEdges = RecursionEdge.cycles(
            in: mapper.generatedTypes.map { ($0.name, Self.flattenedProperties(of: $0, in: byKey)) }, types: mapper)
        var nested: [String: Set<String>] = [:]
        for definition in mapper.generatedEnums {
            guard let path = mapper.swiftPath(ofEnum: definition.name) else { continue }
            let parts = path.split(separator: ".")
            if parts.count == 2 { nested[String(parts[0]), default: []].insert(String(parts[1])) }
        }
        nestedTypeNames = nested
    }

    /// Every output unit, sorted by output path.
    public func translate() -> [RenderUnit] {
        var units: [RenderUnit] = []
        for type in types.generatedTypes {
            let vm = structViewModel(for: type)
            units.append(RenderUnit(path: "Models/\(vm.swiftName).swift", template: .model, value: vm))
        }
        for definition in types.generatedEnums {
            let vm = enumViewModel(for: definition)
            let name = vm.isNested ? vm.ownerSwiftName + "." + vm.swiftName : vm.swiftName
            units.append(RenderUnit(path: "Enums/\(name).swift", template: .openEnum, value: vm))
        }
        units += operationUnits()
        return units.sorted { $0.path < $1.path }
    }

    /// Type names properties and bodies refer to that the model does not define (sorted); their
    /// values are generated as `JSONValue`.
    public var unresolvedTypeNames: [String] {
        var names: Set<String> = []
        for type in types.generatedTypes {
            for property in type.properties + type.relationships where !types.resolves(property.type, enumName: property.enum) {
                names.insert(property.type.name)
            }
        }
        for operation in model.operations {
            for property in operation.requestBody?.properties ?? [] where !types.resolves(property.type, enumName: property.enum) {
                names.insert(property.type.name)
            }
            for response in operation.responses {
                if let type = response.type, !types.resolves(type) { names.insert(type.name) }
            }
        }
        return names.sorted()
    }

    // MARK: Structs

    /// Whether the documented type `name` (own or inherited members) has a member called `member`.
    func type(_ name: String, hasMember member: String) -> Bool {
        self.member(member, of: SwiftTypeMapper.key(name)) != nil
    }

    /// The member `member` of the documented type `name` or of a type derived from it (a payload's
    /// `@odata.type` may select one), or `nil` when none of them has it.
    func member(_ member: String, ofTypeOrDescendants name: String) -> Property? {
        let key = SwiftTypeMapper.key(name)
        return ([key] + (types.descendants[key] ?? []).map(SwiftTypeMapper.key)).lazy.compactMap { self.member(member, of: $0) }.first
    }

    /// An own or inherited member of the documented type `name`.
    func member(_ member: String, ofType name: String) -> Property? {
        self.member(member, of: SwiftTypeMapper.key(name))
    }

    /// An own or inherited member of the type with lookup key `key`.
    private func member(_ member: String, of key: String) -> Property? {
        typesByKey[key].flatMap { flattenedProperties(of: $0).first { $0.name == member } }
    }

    /// The type's own properties and relationships plus those of its ancestors not already listed,
    /// sorted by JSON name.
    func flattenedProperties(of type: TypeDefinition) -> [Property] {
        Self.flattenedProperties(of: type, in: typesByKey)
    }

    static func flattenedProperties(of type: TypeDefinition, in typesByKey: [String: TypeDefinition]) -> [Property] {
        var byName: [String: Property] = [:]
        var visited: Set<String> = []
        var current: TypeDefinition? = type
        while let t = current, visited.insert(SwiftTypeMapper.key(t.name)).inserted {
            for property in t.properties + t.relationships where byName[property.name] == nil {
                byName[property.name] = property
            }
            current = t.baseType.flatMap { typesByKey[SwiftTypeMapper.key($0)] }
        }
        return byName.values.sorted { $0.name < $1.name }
    }

    /// The qualified name a payload's `@odata.type` must spell exactly to select the type at run time
    /// (`microsoft.graph.itemAttachment`), or `nil` when the model has no such type.
    func odataTypeName(ofType name: String) -> String? {
        typesByKey[SwiftTypeMapper.key(name)].map(Self.odataTypeName)
    }

    static func odataTypeName(_ type: TypeDefinition) -> String {
        type.name.contains(".") ? type.name : type.namespace + "." + type.name
    }

    func structViewModel(for type: TypeDefinition) -> StructViewModel {
        let swiftName = types.swiftName(ofType: type.name) ?? SwiftNaming.typeName(type.name)
        let qualified = Self.odataTypeName(type)
        return structViewModel(
            swiftName: swiftName, graphName: type.name, odataTypeName: qualified, ancestors: odataAncestorTypeNames(of: type),
            description: type.description, source: type.sources.first, properties: flattenedProperties(of: type))
    }

    /// `qualifiesTypes`: members spell model types with the module name, for a struct nested where
    /// its own name may shadow one (an operation's `RequestBody` beside a Graph type `requestBody`).
    func structViewModel(
        swiftName: String, graphName: String, odataTypeName: String, ancestors: [String] = [], description: String,
        source: SourceLocation?, properties: [Property], qualifiesTypes: Bool = false
    ) -> StructViewModel {
        let names = SwiftNaming.deduplicated(properties.map { SwiftNaming.memberName($0.name) })
        let vms = zip(properties, names).map { property, name in
            propertyViewModel(property, swiftName: name, owner: graphName, ownerSwiftName: swiftName, qualifiesTypes: qualifiesTypes)
        }
        let known = properties.map { SwiftEscaping.stringLiteral($0.name) }.joined(separator: ", ")
        return StructViewModel(
            access: options.accessLevel.rawValue, swiftName: swiftName,
            odataTypeNameLiteral: SwiftEscaping.stringLiteral(odataTypeName),
            odataAncestorTypeNamesLiteral: "[" + ancestors.map(SwiftEscaping.stringLiteral).joined(separator: ", ") + "]",
            conformances: "Swift.Codable, Swift.Hashable, Swift.Sendable, GraphModelSupport.GraphModel",
            docLines: DocLines.make(description, source: source, fallback: "The Graph type `\(graphName)`."),
            properties: vms, knownKeysLiteral: "[\(known)]", hasProperties: !vms.isEmpty)
    }

    func propertyViewModel(
        _ property: Property, swiftName: String, owner: String, ownerSwiftName: String, qualifiesTypes: Bool = false
    ) -> PropertyViewModel {
        var mapping = types.map(property.type, enumName: property.enum)
        mapping.swiftType = qualifiesTypes ? moduleQualified(mapping.swiftType) : unshadowed(mapping.swiftType, in: ownerSwiftName)
        let nullable = property.nullable == true
        let constraints = property.constraints
        let isIndirect =
            mapping.modelType != nil
            && indirectEdges.contains(RecursionEdge(from: SwiftTypeMapper.key(owner), property: property.name))
        return PropertyViewModel(
            jsonNameLiteral: SwiftEscaping.stringLiteral(property.name), jsonName: property.name,
            swiftName: SwiftNaming.escaped(swiftName), swiftType: mapping.swiftType,
            declaredType: nullable ? "GraphModelSupport.Nullable<\(mapping.swiftType)>?" : mapping.swiftType + "?",
            decodeMethod: nullable ? "decodeNullable" : "decode", encodeMethod: nullable ? "encodeNullable" : "encode",
            docLines: DocLines.make(
                property.description, source: property.source,
                fallback: property.origin == .route ? "Only a GET route shows this relationship; no table describes it." : nil),
            isIndirect: isIndirect, checksRequired: property.required == true, checksReadOnly: property.readOnly,
            checksNested: mapping.isValidatable,
            maxLength: mapping.isString && !nullable ? constraints?.maxLength.map(String.init) : nil,
            patternLiteral: mapping.isString && !nullable ? constraints?.pattern.map(SwiftEscaping.rawStringLiteral) : nil,
            rangeMinimum: Self.numberLiteral(constraints?.finiteMinimum),
            rangeMaximum: Self.numberLiteral(constraints?.finiteMaximum),
            checksRange: mapping.isNumeric && !nullable && (constraints?.finiteMinimum != nil || constraints?.finiteMaximum != nil))
    }

    /// A property's type as written inside its struct: a top-level type that a nested enum of the
    /// struct would shadow (`Importance` inside `Message`, which nests `Message.Importance`) is spelled
    /// with the module name.
    func unshadowed(_ swiftType: String, in ownerSwiftName: String) -> String {
        guard let nested = nestedTypeNames[ownerSwiftName] else { return swiftType }
        let element = swiftType.hasPrefix("[") && swiftType.hasSuffix("]") ? String(swiftType.dropFirst().dropLast()) : swiftType
        return nested.contains(element) ? moduleQualified(swiftType) : swiftType
    }

    /// A Swift `Double` literal (`String(value)` spells finite values as Swift reads them back:
    /// `1e-05`, `1.7976931348623157e+308`); `nil` for no value.
    static func numberLiteral(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "nil" }
        guard value.isSubnormal else { return String(value) }
        // Swift warns that a decimal subnormal literal loses precision; the exact hexadecimal
        // form (significand × 2^-1074) does not.
        return (value.sign == .minus ? "-" : "") + "0x" + String(value.significandBitPattern, radix: 16) + "p-1074"
    }

    /// A note for each limit that is not a finite number (an IR read from JSON or built in code
    /// may hold one), which the validators treat as no limit.
    public var nonFiniteLimitNotes: [String] {
        var notes: [String] = []
        func check(_ property: Property, of owner: String) {
            guard let constraints = property.constraints else { return }
            for (bound, value) in [("minimum", constraints.minimum), ("maximum", constraints.maximum)] {
                guard let value, !value.isFinite else { continue }
                notes.append(GenerationNote.text(
                    "the \(bound) of `\(owner).\(property.name)` is \(value), not a finite number: it is not checked",
                    at: property.source))
            }
        }
        for type in types.generatedTypes {
            for property in type.properties + type.relationships { check(property, of: type.name) }
        }
        for operation in model.operations {
            for property in operation.requestBody?.properties ?? [] { check(property, of: operation.id + ".requestBody") }
        }
        return notes
    }

    // MARK: Ancestors

    /// The qualified names of the types `type` derives from, nearest first: each base as the model
    /// has it (or, when no page describes it, qualified with the namespace of the type naming it).
    func odataAncestorTypeNames(of type: TypeDefinition) -> [String] {
        var names: [String] = []
        var visited: Set<String> = [SwiftTypeMapper.key(type.name)]
        var current = type
        while let base = current.baseType, visited.insert(SwiftTypeMapper.key(base)).inserted {
            guard let definition = typesByKey[SwiftTypeMapper.key(base)] else {
                names.append(base.contains(".") ? base : current.namespace + "." + base)
                break
            }
            names.append(Self.odataTypeName(definition))
            current = definition
        }
        return names
    }

    // MARK: Enums

    func enumViewModel(for definition: EnumDefinition) -> EnumViewModel {
        let path = types.swiftPath(ofEnum: definition.name) ?? SwiftNaming.typeName(definition.name)
        let parts = path.split(separator: ".").map(String.init)
        // One case per raw value: a second case for a name an IR file lists twice could never be
        // decoded, and the compiler warns about its pattern.
        var listed = Set<String>()
        let members = definition.members.filter { listed.insert($0.name).inserted }
        let names = SwiftNaming.deduplicated(members.map { SwiftNaming.caseName($0.name) })
        let cases = zip(members, names).map { member, name in
            EnumCaseViewModel(
                swiftName: SwiftNaming.escaped(name), rawValueLiteral: SwiftEscaping.stringLiteral(member.name),
                docLines: DocLines.make(member.description, source: nil, fallback: nil))
        }
        return EnumViewModel(
            access: options.accessLevel.rawValue, swiftName: parts.last!, isNested: parts.count > 1,
            ownerSwiftName: parts.count > 1 ? parts[0] : "",
            conformance: definition.isFlags ? "GraphModelSupport.OpenFlagsEnum" : "GraphModelSupport.OpenEnum",
            docLines: DocLines.make(
                "", source: definition.sources.first,
                fallback: "The values of `\(definition.name)`"
                    + (definition.isFlags ? "; several combine in a comma-separated list." : ".")),
            cases: cases)
    }
}

/// The `Operations` namespace file: the namespace and one nested namespace per resource.
public struct NamespaceViewModel: Hashable, Sendable {
    public var access: String
    public var swiftName: String
    /// The resource namespaces inside it (`Calendar`, `Event`), sorted.
    public var namespaces: [String]
}

extension PropertyConstraints {
    /// The minimum when it is a finite number: an infinite or NaN limit is no limit.
    var finiteMinimum: Double? { minimum.flatMap { $0.isFinite ? $0 : nil } }
    /// The maximum when it is a finite number.
    var finiteMaximum: Double? { maximum.flatMap { $0.isFinite ? $0 : nil } }
}
