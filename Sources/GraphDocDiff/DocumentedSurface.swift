import GraphDocIR
import GraphDocSwift

/// What one version of the docs documents, indexed for comparison: types, their members (own and
/// inherited), enums and routes, keyed so that renamed pages and reordered tables change nothing.
///
/// Facts inferred only from example bodies are left out: they are guesses, and whether a guess is
/// made depends on which examples a page happens to show, not on the API.
struct DocumentedSurface {
    /// A property or relationship of a type, with where it is declared.
    struct Member {
        var property: Property
        var isRelationship: Bool
        /// The Graph name of the type whose table declares it.
        var declaringType: String
    }

    /// A documented route and the operation it belongs to.
    struct RouteEntry {
        var operation: Operation
        var route: Route
        /// The route's template path as the page meant it (`/users/{id}/events`).
        var path: String
    }

    let types: [String: TypeDefinition]
    let enums: [String: EnumDefinition]
    /// Routes by ``RouteKey``.
    let routes: [RouteKey: RouteEntry]
    /// The Swift names the generator gives this model's types and enums.
    let swift: SwiftTypeMapper

    init(_ model: ApiModel) {
        var types: [String: TypeDefinition] = [:]
        for var type in model.types where type.origin != .example {
            // An empty base type is a page's way of stating none.
            if type.baseType?.isEmpty == true { type.baseType = nil }
            types[Self.key(type.name)] = types[Self.key(type.name)] ?? type
        }
        self.types = types
        var enums: [String: EnumDefinition] = [:]
        for definition in model.enums where definition.origin != .example {
            enums[Self.key(definition.name)] = enums[Self.key(definition.name)] ?? definition
        }
        self.enums = enums
        var routes: [RouteKey: RouteEntry] = [:]
        // Operations in id order, so that a route two pages document is compared deterministically.
        for operation in model.operations.sorted(by: { $0.id < $1.id }) {
            for route in operation.routes {
                let path = route.templatePath
                let key = RouteKey(apiVersion: operation.apiVersion, method: route.method, path: path)
                if routes[key] == nil { routes[key] = RouteEntry(operation: operation, route: route, path: path) }
            }
        }
        self.routes = routes
        self.swift = SwiftTypeMapper(model: model)
    }

    /// Graph type and enum names are compared without case: pages spell them inconsistently.
    static func key(_ name: String) -> String { name.lowercased() }

    /// The members a type has, its own and those of its ancestors (the nearest declaration wins),
    /// keyed by name. Members inferred from examples are left out.
    func members(of typeKey: String) -> [String: Member] {
        var result: [String: Member] = [:]
        var visited: Set<String> = []
        var next: String? = typeKey
        while let key = next, visited.insert(key).inserted, let type = types[key] {
            for (list, isRelationship) in [(type.properties, false), (type.relationships, true)] {
                for property in list where property.origin != .example && result[property.name] == nil {
                    result[property.name] = Member(property: property, isRelationship: isRelationship, declaringType: type.name)
                }
            }
            next = type.baseType.map(Self.key)
        }
        return result
    }

    /// The names of the members a type's own tables declare: rows not marked as inherited from a
    /// documented ancestor (whose own changes are reported there, once).
    func ownMemberNames(of typeKey: String) -> Set<String> {
        guard let type = types[typeKey] else { return [] }
        var names: Set<String> = []
        for property in type.properties + type.relationships where property.origin != .example {
            if let ancestor = property.inheritedFrom, types[Self.key(ancestor)] != nil { continue }
            names.insert(property.name)
        }
        return names
    }

    /// The Swift spelling of a type reference, as the generator would write it.
    func swiftType(_ reference: TypeReference, enumName: String? = nil) -> String {
        swift.map(reference, enumName: enumName).swiftType
    }
}

/// A route's identity across versions of the docs: API version, method and template path with
/// placeholders unnamed and letters lower-cased (Graph paths are case-insensitive, and the name of a
/// placeholder is the page's wording, not the API).
struct RouteKey: Hashable, Comparable {
    var apiVersion: String
    var method: String
    var normalizedPath: String

    init(apiVersion: String?, method: String, path: String) {
        self.apiVersion = apiVersion ?? ""
        self.method = method.uppercased()
        self.normalizedPath = Self.normalize(path)
    }

    /// The path without its query (a route line that shows one, `delta?$skiptoken=...`, calls the
    /// same route), placeholders unnamed, letters lower-cased, no trailing `/`.
    static func normalize(_ path: String) -> String {
        var result = ""
        var depth = 0
        for character in path.lowercased() {
            if character == "?", depth == 0 { break }
            switch character {
            case "{":
                if depth == 0 { result.append("{}") }
                depth += 1
            case "}": depth = max(0, depth - 1)
            case _ where depth > 0: continue
            default: result.append(character)
            }
        }
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// The same path with another method.
    var pathKey: String { apiVersion + " " + normalizedPath }

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.apiVersion, lhs.normalizedPath, lhs.method) < (rhs.apiVersion, rhs.normalizedPath, rhs.method)
    }
}
