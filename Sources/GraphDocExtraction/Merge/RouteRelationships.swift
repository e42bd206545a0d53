import GraphDocIR

/// Relationships that only routes state: `GET /teams/{id}/schedule/openShifts` reads the
/// `openShifts` relationship of the type `GET /teams/{id}/schedule` returns, whether or not the
/// schedule page's relationships table lists it.
///
/// A route names a relationship when it is a GET whose last segment is a plain name, the path
/// before that segment is what another GET route without a query reads (one type, or one member
/// of a collection when a key follows), and the operation returns a type; a route that expands
/// (`children?$expand=thumbnails`) returns what it expands. Bound functions look the same
/// (`.../range/usedRange`), so an operation is left out when its title names a method (`Range:
/// UsedRange`, `getX function`) or when one of its routes calls the segment
/// (`range(address='A1')`).
///
/// A name machine translation translated (`项` for `items`) takes the route's name when it is
/// the type's one translated relationship to the route's type. A relationship the type (or an
/// ancestor) has keeps what the table says; a spelling in another letter case is reported, and
/// so is another type (not the table's, nor derived from it). Any other name is added, with
/// `route` as its origin, and reported: the table lacks it.
enum RouteRelationships {
    /// A relationship a route reads.
    struct Reading {
        var owner: String
        var name: String
        var type: TypeReference
        var route: Route
    }

    static func add(from operations: [Operation], to types: inout [TypeDefinition], diagnostics: inout [Diagnostic]) {
        let readings = self.readings(in: operations)
        guard !readings.isEmpty else { return }
        // Renames and additions below change members, never names or bases.
        let lineage = TypeLineage(types)
        var changed: Set<Int> = []
        for reading in readings {
            let chain = lineage.lineage(of: reading.owner)
            guard let index = chain.first else { continue }
            let cited = "the route \(reading.route.method) \(reading.route.path) at \(reading.route.source)"
            // The member of the type or an ancestor with this name in any letter case.
            var member = chain.compactMap { ancestor in
                (types[ancestor].properties + types[ancestor].relationships).first { $0.name.lowercased() == reading.name.lowercased() }
            }.first
            let translated = member != nil ? [] : types[index].relationships.indices.filter {
                TableReader.isInAnotherScript(types[index].relationships[$0].name)
                    && types[index].relationships[$0].type.name.lowercased() == reading.type.name.lowercased()
            }
            if translated.count == 1, let row = translated.first {
                let source = types[index].relationships[row].source
                types[index].relationships[row].name = reading.name
                changed.insert(index)
                for reported in diagnostics.indices where diagnostics[reported].rule == RuleID.propertyNameSuspicious.id && diagnostics[reported].location == source {
                    diagnostics[reported].message += "; \(cited) reads a '\(reading.type)' relationship '\(reading.name)', which is used"
                }
                member = types[index].relationships[row]
            }
            guard let written = member else {
                types[index].relationships.append(Property(
                    name: reading.name, type: reading.type, origin: .route, source: reading.route.source))
                changed.insert(index)
                diagnostics.append(Diagnostic(
                    .relationshipOnlyInRoute,
                    "expected relationship '\(reading.name)' of '\(types[index].name)' in its relationships table, found it only in this route; it is read as \(reading.type)",
                    at: reading.route.source, subject: reading.name))
                continue
            }
            if written.name != reading.name {
                diagnostics.append(Diagnostic(
                    .propertyNameCase,
                    "expected relationship '\(written.name)' of '\(types[index].name)' spelled as \(cited) spells it, '\(reading.name)'; the table's spelling is kept",
                    at: written.source, subject: written.name))
            } else if !states(reading.type, as: written.type, types: types, lineage: lineage) {
                let member = "\(types[index].name).\(reading.name)"
                diagnostics.append(Diagnostic(
                    .propertyConflict, "property '\(member)' has type \(reading.type) here, but \(written.type) at \(written.source)",
                    at: reading.route.source, subject: member))
            }
        }
        // In the order the type merge gives members.
        for index in changed { types[index].relationships.sort { $0.name < $1.name } }
    }

    /// The relationships `operations` read, one per owner and name, in order of owner and name. The
    /// first route by place is cited. The relationship is a collection when any operation that reads
    /// it says so: its response is a collection, another route reads it followed by a key, or an
    /// example that requests it gets a collection page (a list page may say "the requested x objects",
    /// and a get page may leave the key out of its route).
    static func readings(in operations: [Operation]) -> [Reading] {
        // Operations that return a type, with the GET routes their responses describe.
        let returning = operations.compactMap { operation -> (Operation, TypeReference, [GetRoute])? in
            guard let returned = operation.successResponse?.type, !returned.isPrimitive else { return nil }
            return (operation, returned, ownGetRoutes(of: operation))
        }
        let read = typesRead(by: returning.map { ($0.1, $0.2) })
        var found: [String: Reading] = [:]
        for (operation, returned, routes) in returning {
            // Docs describe what an expanding query expands (`children?$expand=thumbnails` returns thumbnails).
            for get in routes where !get.expands {
                let (route, segments) = (get.route, get.segments)
                guard segments.count >= 2, let last = segments.last, TypeLink.isIdentifier(last) else { continue }
                let prefix = Array(get.keys.dropLast())
                guard let owner = read[prefix], !namesMethod(operation.title),
                      !calledNames(in: operation.routes).contains(last.lowercased()) else { continue }
                let collection = returned.collection || read[prefix + [key(last), "{}"]] != nil
                    || operation.examples.contains { getsCollectionPage($0, from: last) }
                let id = owner.lowercased() + "." + last.lowercased()
                var reading = Reading(owner: owner, name: String(last), type: TypeReference(name: returned.name, collection: collection), route: route)
                if let earlier = found[id] {
                    if earlier.route.source < route.source { reading = earlier }
                    reading.type.collection = earlier.type.collection || collection
                }
                found[id] = reading
            }
        }
        return found.values.sorted { ($0.owner.lowercased(), $0.name) < ($1.owner.lowercased(), $1.name) }
    }

    /// Whether `example` requests a path that ends in `segment` and gets a collection page back.
    private static func getsCollectionPage(_ example: Example, from segment: Substring) -> Bool {
        guard let url = example.request?.url, let response = example.response,
              response.isCollection || response.body?["value"]?.arrayValue != nil else { return false }
        let path = url.prefix { $0 != "?" }
        return path.split(separator: "/").last?.lowercased() == segment.lowercased()
    }

    /// The type each GET path reads, by its segments (`{}` for a key): a path returning one `x` reads
    /// `x`; a path returning a collection of `x` reads `x` with a key after it. A path two operations
    /// read as different types reads none; a route with a query says nothing of its path.
    private static func typesRead(by operations: [(returned: TypeReference, routes: [GetRoute])]) -> [[String]: String] {
        var read: [[String]: String?] = [:]
        for (returned, routes) in operations {
            // A query changes what a path returns (`/me?$expand=manager` is documented as the manager).
            for get in routes where !get.hasQuery {
                var path = get.keys
                if returned.collection { path.append("{}") }
                if let known = read[path], known?.lowercased() != returned.name.lowercased() {
                    read[path] = .some(nil)
                } else if read[path] == nil {
                    read[path] = returned.name
                }
            }
        }
        return read.compactMapValues { $0 }
    }

    /// The GET routes the operation's response describes: not a route that goes on from another of
    /// its routes (`/me/insights/shared/{id}/resource` on the page that lists `/me/insights/shared`),
    /// which the page shows by the way.
    private static func ownGetRoutes(of operation: Operation) -> [GetRoute] {
        let gets = operation.routes.filter { $0.method == "GET" }.map(GetRoute.init)
        return gets.filter { get in
            !gets.contains { other in other.keys.count < get.keys.count && get.keys.starts(with: other.keys) }
        }
    }

    /// A GET route with the segments of its path from the service root (without its query), and
    /// those segments as path keys.
    private struct GetRoute {
        var route: Route
        var segments: [Substring]
        var keys: [String]
        var hasQuery: Bool
        /// Whether its query expands (`$expand=`).
        var expands: Bool

        init(_ route: Route) {
            self.route = route
            let template = route.templatePath
            let path = template.prefix { $0 != "?" }
            segments = path.split(separator: "/")
            keys = segments.map(RouteRelationships.key)
            hasQuery = path.endIndex < template.endIndex
            expands = hasQuery && template[path.endIndex...].lowercased().firstRange(of: "$expand") != nil
        }
    }

    /// A segment as a path key: keys (`{id | userPrincipalName}`) are all one, names any case.
    private static func key(_ segment: Substring) -> String {
        segment.hasPrefix("{") ? "{}" : segment.lowercased()
    }

    /// The names the routes call as functions (`range` in `.../range(address='A1')`), lowercased.
    private static func calledNames(in routes: [Route]) -> Set<String> {
        var names: Set<String> = []
        for route in routes {
            for segment in route.path.split(separator: "/") {
                guard let open = segment.firstIndex(of: "("), open > segment.startIndex else { continue }
                names.insert(segment[..<open].lowercased())
            }
        }
        return names
    }

    /// Whether a page title names a bound function or action, as Graph's titles do: `type: method`
    /// (one word either side of the colon; `servicePrincipal: List owners` is a list) or `method
    /// function`.
    static func namesMethod(_ title: String) -> Bool {
        func withoutFunctionWord(_ words: [Substring]) -> [Substring] {
            guard words.count > 1, let last = words.last, Vocabulary.functionTitleWords.contains(last.lowercased()) else { return words }
            return words.dropLast()
        }
        let words = title.split(whereSeparator: \.isWhitespace)
        if words.count == 2, Vocabulary.functionTitleWords.contains(words[1].lowercased()) { return true }
        let halves = title.split(maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "：" })
        guard halves.count == 2 else { return false }
        let binding = halves[0].split(whereSeparator: \.isWhitespace)
        let method = withoutFunctionWord(halves[1].split(whereSeparator: \.isWhitespace))
        return binding.count == 1 && method.count == 1
    }

    /// Whether what a route reads agrees with a table's type: the same, or a type derived from it (a
    /// list of `androidLobApp` reads `mobileApps`, a collection of `mobileApp`).
    private static func states(_ read: TypeReference, as written: TypeReference, types: [TypeDefinition], lineage: TypeLineage) -> Bool {
        let name = written.name.lowercased()
        // The last base named need not be described (`shift` of a `specialShift` page).
        return read.collection == written.collection
            && (read.name.lowercased() == name
                || lineage.lineage(of: read.name).contains { types[$0].baseType?.lowercased() == name })
    }
}
