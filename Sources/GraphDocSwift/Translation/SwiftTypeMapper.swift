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
    /// Enums only operation pages state, generated as another enum or not at all.
    private var requestOnlyEnums: RequestOnlyEnums
    /// Known descendants of each base type (lookup keys), sorted by Graph name.
    public private(set) var descendants: [String: [String]] = [:]

    /// The types and enums that get a declaration, in model order: the first of several with one
    /// lookup key (names that differ only in case, or only in namespace) is generated, the others
    /// are left out with a note, since every reference to them would name the first.
    public private(set) var generatedTypes: [TypeDefinition] = []
    public private(set) var generatedEnums: [EnumDefinition] = []
    /// What naming had to change or leave out, each located where the declaration is documented.
    public private(set) var notes: [String] = []

    /// Resolves a Swift name for every type and enum of `model`, never failing: a name that another
    /// declaration holds already (compared case-insensitively, as file names on macOS are), or that
    /// would shadow the module `moduleName`, gets a suffix and a note; a top-level name that Swift,
    /// Foundation or another module every user file sees declares (``ReservedTypeNames``) gets
    /// `reservedNamePrefix` in front (`GraphCalendar`), and a note. Types claim names first, the
    /// most authoritative first (a resource page's type keeps its name), then enums (`Value`, then
    /// `_2`, `_3`, ... appended).
    public init(
        model: ApiModel, moduleName: String = GeneratorOptions().moduleName,
        reservedNamePrefix: String = GeneratorOptions().reservedNamePrefix
    ) {
        var holders: [String: String] = [:]
        for reserved in [moduleName, "Testing"] { holders[reserved.lowercased()] = "the module `\(reserved)`" }
        var notes: [String] = []
        /// `wanted` when free, else `wanted` + `suffix` (`_2` when there is none), then with `_2`, `_3`, ...
        func claim(_ requested: String, inside prefix: String = "", suffix: String?, for what: String, at location: SourceLocation?) -> String {
            // Compared case-sensitively: only the exact spelling is ambiguous in a user's file.
            func isReserved(_ name: String) -> Bool { prefix.isEmpty && ReservedTypeNames.modulesByName[name] != nil }
            var wanted = requested
            if isReserved(requested), let module = ReservedTypeNames.modulesByName[requested] {
                wanted = reservedNamePrefix + requested
                notes.append(GenerationNote.text(
                    "\(what) is generated as `\(wanted)`: `\(requested)` is a type of \(module), which files using the models see too",
                    at: location))
            }
            var name = wanted
            var counter = 1
            while holders[(prefix + name).lowercased()] != nil || isReserved(name) {
                counter += 1
                name = suffix.map { wanted + $0 + (counter == 2 ? "" : "_\(counter - 1)") } ?? wanted + "_\(counter)"
            }
            if name != wanted {
                let holder = holders[(prefix + wanted).lowercased()] ?? ReservedTypeNames.modulesByName[wanted].map { "a type of \($0)" } ?? "?"
                notes.append(GenerationNote.text(
                    "\(what) is generated as `\(prefix + name)`: `\(prefix + wanted)` is taken by \(holder)", at: location))
            }
            holders[(prefix + name).lowercased()] = what
            return name
        }
        var seenTypeKeys: [String: String] = [:]
        let claimOrder = model.types.indices.sorted { (model.types[$0].origin, $0) < (model.types[$1].origin, $1) }
        var generated = Set<Int>()
        for index in claimOrder {
            let type = model.types[index]
            let key = Self.key(type.name)
            if let first = seenTypeKeys[key] {
                notes.append(GenerationNote.text(
                    "type `\(type.name)` is not generated: references to it cannot be told from references to `\(first)`",
                    at: type.sources.first))
                continue
            }
            seenTypeKeys[key] = type.name
            generated.insert(index)
            let wanted = Self.boundedTypeName(type.name, at: type.sources.first, notes: &notes)
            typeNames[key] = claim(wanted, suffix: nil, for: "type `\(type.name)`", at: type.sources.first)
        }
        generatedTypes = model.types.indices.filter(generated.contains).map { model.types[$0] }
        var children: [String: [String]] = [:]
        for type in generatedTypes {
            if let base = type.baseType, typeNames[Self.key(base)] != nil, Self.key(base) != Self.key(type.name) {
                children[Self.key(base), default: []].append(type.name)
            }
        }
        for type in generatedTypes where children[Self.key(type.name)] != nil {
            var found: [String] = []
            var queue = children[Self.key(type.name)] ?? []
            while let next = queue.popLast() {
                guard !found.contains(next), Self.key(next) != Self.key(type.name) else { continue }
                found.append(next)
                queue += children[Self.key(next)] ?? []
            }
            descendants[Self.key(type.name)] = found.sorted()
        }
        let topLevelTypeNames = Set(typeNames.values)
        requestOnlyEnums = RequestOnlyEnums(model: model)
        for definition in model.enums {
            let enumKey = definition.name.lowercased()
            if let replacement = requestOnlyEnums.replacements[enumKey] {
                notes.append(GenerationNote.text(
                    "enum `\(definition.name)` is generated as the enum `\(replacement)`: only a request body states it, "
                        + "for a property whose documented type has that enum with the same members",
                    at: definition.sources.first))
                continue
            }
            if requestOnlyEnums.unreferenced.contains(enumKey) {
                notes.append(GenerationNote.text(
                    "enum `\(definition.name)` is not generated: only an operation page states it and nothing refers to it",
                    at: definition.sources.first))
                continue
            }
            guard enumPaths[enumKey] == nil else {
                notes.append(GenerationNote.text(
                    "enum `\(definition.name)` is not generated: another enum has the same name", at: definition.sources.first))
                continue
            }
            generatedEnums.append(definition)
            let (owner, property) = Self.owner(of: definition)
            let what = "enum `\(definition.name)`"
            if let owner, let ownerSwift = typeNames[Self.key(owner)] {
                var nested = SwiftNaming.nestedTypeName(property ?? definition.name)
                // A nested name equal to a top-level type (or the module) would shadow it inside the owner.
                if topLevelTypeNames.contains(nested) || nested == ownerSwift || nested == moduleName { nested += "Value" }
                Self.noteShortening(of: property ?? definition.name, to: nested, at: definition.sources.first, notes: &notes)
                let path = ownerSwift + "." + claim(
                    nested, inside: ownerSwift + ".", suffix: "Value", for: what, at: definition.sources.first)
                enumPaths[enumKey] = path
            } else {
                let wanted = Self.boundedTypeName(
                    owner.map { $0 + SwiftNaming.upperFirst(property ?? "") } ?? definition.name, at: definition.sources.first,
                    notes: &notes)
                enumPaths[enumKey] = claim(wanted, suffix: "Value", for: what, at: definition.sources.first)
            }
        }
        self.notes = notes
    }

    /// ``SwiftNaming/typeName(_:)`` of `graphName`, with a note when the name had to be shortened.
    static func boundedTypeName(_ graphName: String, at location: SourceLocation?, notes: inout [String]) -> String {
        let name = SwiftNaming.typeName(graphName)
        noteShortening(of: graphName, to: name, at: location, notes: &notes)
        return name
    }

    /// A note when ``SwiftNaming/typeName(_:)`` shortened `graphName` to `swiftName`.
    static func noteShortening(of graphName: String, to swiftName: String, at location: SourceLocation?, notes: inout [String]) {
        guard SwiftNaming.isShortened(graphName) else { return }
        notes.append(GenerationNote.text(
            "the name `\(graphName.prefix(40))…` (\(graphName.count) characters) is shortened to the Swift name `\(swiftName)`",
            at: location))
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

    /// The Swift path of an enum (`ItemFacet.AllowedAudiences`), or `nil`.
    public func swiftPath(ofEnum name: String) -> String? {
        let key = requestOnlyEnums.replacements[name.lowercased()]?.lowercased() ?? name.lowercased()
        return enumPaths[key] ?? enumPaths[SwiftNaming.lastComponent(name).lowercased()]
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

    /// The Swift type of `reference`; `enumName` (a property's `enum`) wins when it is known. A base
    /// type maps to its own struct whether or not derived types are documented, so the Swift type
    /// of a reference does not change when pages are added (a derived value keeps its members in
    /// `additionalProperties`; `GraphModel.as(_:)` reads it as the derived type).
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
