import GraphDocIR

/// Enums that only operation pages state (an update page's "Possible values are" beside a request
/// body property) and that the generated module does not need as types of their own.
///
/// Such an enum is not generated when
/// - nothing refers to it (no property of a type or a request body, no operation parameter), or
/// - the property it describes is also a property of a type the operation is about (the body's or
///   the success response's type, or the enum's owner type), and that property's enum has the same
///   members (compared without case, as the merge compares members): the body property then uses
///   that enum, the one the resource page states.
///
/// Enums stated on a resource or enumeration page are always generated: they are the documented API.
struct RequestOnlyEnums: Sendable {
    /// Lower-cased enum name to the name of the enum used in its place.
    private(set) var replacements: [String: String] = [:]
    /// Lower-cased names of enums left out because nothing refers to them.
    private(set) var unreferenced: Set<String> = []

    init(model: ApiModel) {
        let operationPages = Set(model.pages.filter { $0.kind == .operation }.map(\.path) + model.operations.map(\.page))
        let typesByKey = Dictionary(model.types.map { (SwiftTypeMapper.key($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        let enumsByName = Dictionary(model.enums.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

        /// The enum a property refers to: its own `enum`, else its type's name when that is an enum.
        func enumName(of property: Property) -> String? {
            if let name = property.enum, enumsByName[name.lowercased()] != nil { return name }
            let typeName = property.type.name.lowercased()
            return enumsByName[typeName] != nil && typesByKey[SwiftTypeMapper.key(typeName)] == nil ? property.type.name : nil
        }
        /// The property `name` of the type `typeName` or of one of its ancestors.
        func property(_ name: String, of typeName: String) -> Property? {
            var visited: Set<String> = []
            var current = typesByKey[SwiftTypeMapper.key(typeName)]
            while let type = current, visited.insert(SwiftTypeMapper.key(type.name)).inserted {
                if let found = (type.properties + type.relationships).first(where: { $0.name == name }) { return found }
                current = type.baseType.flatMap { typesByKey[SwiftTypeMapper.key($0)] }
            }
            return nil
        }

        var referencedByTypes: Set<String> = []
        for type in model.types {
            for property in type.properties + type.relationships {
                if let name = enumName(of: property) { referencedByTypes.insert(name.lowercased()) }
            }
        }
        var referencedByParameters: Set<String> = []
        for parameter in model.operations.flatMap(\.parameters) {
            if let name = parameter.enum ?? (enumsByName[parameter.type.name.lowercased()] != nil ? parameter.type.name : nil) {
                referencedByParameters.insert(name.lowercased())
            }
        }
        // Each body property naming an enum, with the types its operation is about.
        var bodyUses: [String: [(property: String, types: [String])]] = [:]
        for operation in model.operations {
            guard let body = operation.requestBody else { continue }
            let about = [body.type?.name, operation.successResponse?.type?.name].compactMap { $0 }
            for bodyProperty in body.properties {
                guard let name = enumName(of: bodyProperty) else { continue }
                bodyUses[name.lowercased(), default: []].append((bodyProperty.name, about))
            }
        }

        for definition in model.enums {
            let key = definition.name.lowercased()
            guard !definition.sources.isEmpty, definition.sources.allSatisfy({ operationPages.contains($0.file) }),
                  !referencedByTypes.contains(key), !referencedByParameters.contains(key) else { continue }
            guard let uses = bodyUses[key] else {
                unreferenced.insert(key)
                continue
            }
            let members = Set(definition.members.map { $0.name.lowercased() })
            let candidates: [String?] = uses.map { use in
                let owners = (definition.ownerType.map { [$0] } ?? []) + use.types
                return owners.lazy.compactMap { owner -> String? in
                    guard let documented = property(use.property, of: owner), let name = enumName(of: documented),
                          name.lowercased() != key, let other = enumsByName[name.lowercased()],
                          Set(other.members.map { $0.name.lowercased() }) == members, other.isFlags == definition.isFlags
                    else { return nil }
                    return other.name
                }.first
            }
            // Every use must find the same documented enum; otherwise the enum stays.
            if let first = candidates.first ?? nil, candidates.allSatisfy({ $0?.lowercased() == first.lowercased() }) {
                replacements[key] = first
            }
        }
    }
}
