import GraphDocIR

/// Walks a documented route's path through a CSDL document, as the service resolves a request URL:
/// an entity set or singleton first, then keys, navigation and structural properties, type casts,
/// and bound actions and functions, each segment from the type the path has reached.
struct CSDLRouteResolver {
    /// Where a path leads.
    enum Resolution: Equatable {
        /// The path resolves; `type` is the qualified structured type it reaches (`nil` for a
        /// primitive value or an action that returns nothing), `collection` whether it is a set.
        case resolved(type: String?, collection: Bool, endsInOperation: Bool)
        /// `segment` is nothing the type reached before it (`after`) has.
        case unresolved(segment: String, after: String)
        /// The path leaves what the metadata describes as graphdoc reads it (an unbound function,
        /// `$value`, a key on a single entity, an elided `...` part, a literal segment read as a
        /// key, which may be a name the metadata lacks): no judgement.
        case unjudged
    }

    let metadata: CSDLModel
    private let entitySets: [String: String]
    private let singletons: [String: String]
    private let operations: [String: [CSDLContainer.BoundOperation]]
    /// For each type (lowercased qualified name), the types derived from it, in document order.
    private let derived: [String: [CSDLModel.StructuredType]]

    init(metadata: CSDLModel) {
        self.metadata = metadata
        // Graph accepts any case in a URL's names, and pages are not consistent about it.
        entitySets = Dictionary(metadata.container.entitySets.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        singletons = Dictionary(metadata.container.singletons.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        operations = Dictionary(grouping: metadata.container.boundOperations.values.flatMap { $0 }) { $0.name.lowercased() }
        var derived: [String: [CSDLModel.StructuredType]] = [:]
        for type in metadata.types {
            for ancestor in Self.ancestry(of: type, in: metadata).dropFirst() {
                derived["\(ancestor.namespace).\(ancestor.name)".lowercased(), default: []].append(type)
            }
        }
        self.derived = derived
    }

    func resolve(_ route: Route) -> Resolution {
        let segments = Self.segments(of: route.templatePath)
        guard let first = segments.first else { return .unjudged }
        var type: CSDLModel.StructuredType
        var collection: Bool
        if let written = entitySets[first.lowercased()], let found = metadata.type(named: written) {
            (type, collection) = (found, true)
        } else if let written = singletons[first.lowercased()], let found = metadata.type(named: written) {
            (type, collection) = (found, false)
        } else if first.contains("(") || first.hasPrefix("$") || first.hasPrefix("{") {
            return .unjudged
        } else {
            return .unresolved(segment: first, after: "the service root")
        }
        var endsInOperation = false
        var literalKey = false
        var throughDerivedType = false
        for segment in segments.dropFirst() {
            let (name, hasArguments) = Self.nameAndArguments(segment)
            if segment.hasPrefix("$") || segment.allSatisfy({ $0 == "." }) { return .unjudged }
            endsInOperation = false
            if name.contains("."), let cast = metadata.type(named: name), !hasArguments {
                type = cast
                continue
            }
            let bare = name.split(separator: ".").last.map(String.init) ?? name
            // Pages often leave out the cast to the derived type that has the segment (Intune's
            // `mobileApps/{id}/revokeUserLicense`, bound to iosVppApp): the service's own
            // documentation reads it so, and so does this walk, taking the first such type.
            let candidates = name.hasPrefix("{") ? [] : [type] + (derived["\(type.namespace).\(type.name)".lowercased()] ?? [])
            // A set has no properties: after one comes a key, a cast or an operation bound to the set
            // (`sites/root` is the root site, not the site's `root` facet).
            if !collection, let (owner, property) = candidates.lazy.compactMap({ candidate in
                let properties = metadata.allProperties(of: candidate)
                return (properties[bare] ?? Self.caseInsensitive(bare, in: properties)).map { (candidate, $0) }
            }).first {
                // Reached through one of several derived types, the type is one of several.
                if owner != type { throughDerivedType = true }
                let written = WrittenTypeName(property.type)
                guard let reached = metadata.type(named: written.name) else {
                    return .resolved(type: nil, collection: written.isCollection, endsInOperation: false)
                }
                type = reached
                // `items(id)`: a key in parentheses picks one of the set.
                collection = written.isCollection && !hasArguments
                continue
            }
            if let (owner, operation) = candidates.lazy.compactMap({ candidate in
                self.boundOperation(named: bare, on: candidate, collection: collection).map { (candidate, $0) }
            }).first {
                if owner != type { throughDerivedType = true }
                endsInOperation = true
                guard let returned = operation.returnType else { return .resolved(type: nil, collection: false, endsInOperation: true) }
                let written = WrittenTypeName(returned)
                guard let reached = metadata.type(named: written.name) else {
                    return .resolved(type: nil, collection: written.isCollection, endsInOperation: true)
                }
                type = reached
                collection = written.isCollection
                continue
            }
            // Anything else after a set is a key (`{id}`, `kim@contoso.com`, `root`): one of the set.
            guard collection else {
                return name.hasPrefix("{") || literalKey ? .unjudged : .unresolved(segment: segment, after: "\(type.namespace).\(type.name)")
            }
            collection = false
            if !name.hasPrefix("{") { literalKey = true }
        }
        if literalKey { return .unjudged }
        return .resolved(type: throughDerivedType ? nil : "\(type.namespace).\(type.name)", collection: collection, endsInOperation: endsInOperation)
    }

    /// A bound operation of that name whose binding parameter takes the type reached (or one of its
    /// ancestors), as one entity or as a set.
    private func boundOperation(named name: String, on type: CSDLModel.StructuredType, collection: Bool) -> CSDLContainer.BoundOperation? {
        guard let candidates = operations[name.lowercased()] else { return nil }
        let lineage = Set(ancestry(of: type).map { "\($0.namespace).\($0.name)".lowercased() })
        return candidates.first { operation in
            let binding = WrittenTypeName(operation.bindingType)
            guard binding.isCollection == collection, let bound = metadata.type(named: binding.name) else { return false }
            return lineage.contains("\(bound.namespace).\(bound.name)".lowercased())
        }
    }

    /// The type and its base types, nearest first (a cycle in a broken document ends the walk).
    func ancestry(of type: CSDLModel.StructuredType) -> [CSDLModel.StructuredType] {
        Self.ancestry(of: type, in: metadata)
    }

    static func ancestry(of type: CSDLModel.StructuredType, in metadata: CSDLModel) -> [CSDLModel.StructuredType] {
        var result = [type]
        var seen: Set<String> = ["\(type.namespace).\(type.name)".lowercased()]
        var current = type
        while let base = current.baseType, let next = metadata.type(named: base, defaultNamespace: current.namespace),
              seen.insert("\(next.namespace).\(next.name)".lowercased()).inserted {
            result.append(next)
            current = next
        }
        return result
    }

    private static func caseInsensitive(_ name: String, in properties: [String: CSDLModel.Property]) -> CSDLModel.Property? {
        let lowered = name.lowercased()
        return properties.first { $0.key.lowercased() == lowered }?.value
    }

    /// The path's segments, without its query and with OneDrive's path addressing (`root:/a/b:`,
    /// which names an item by its path) read as the item it names.
    static func segments(of path: String) -> [String] {
        var text = Substring(path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        // `~/onPremisesPublishingProfiles`: `~` stands for the service root.
        if text.hasPrefix("~") { text = text.dropFirst() }
        var kept = ""
        while let colon = text.firstIndex(of: ":") {
            kept += text[..<colon]
            let rest = text[text.index(after: colon)...]
            // `:/path:` runs to the next colon; a last `:/path` to the end.
            guard rest.first == "/" else { text = rest; continue }
            guard let close = rest.dropFirst().firstIndex(of: ":") else { text = ""; break }
            text = rest[rest.index(after: close)...]
        }
        kept += text
        return kept.split(separator: "/").map(String.init).filter { !$0.isEmpty }
    }

    /// `getSchedule(startDateTime='{x}')` → (`getSchedule`, true); `items` → (`items`, false).
    static func nameAndArguments(_ segment: String) -> (name: String, hasArguments: Bool) {
        guard let open = segment.firstIndex(of: "(") else { return (segment, false) }
        return (String(segment[..<open]), true)
    }
}
