import GraphDocIR

extension ApiComparison {
    /// Routes added, removed or called with another method, and for routes on both sides, their
    /// request body, success response and parameters.
    mutating func compareRoutes() {
        let removed = old.routes.keys.filter { new.routes[$0] == nil }
        let added = new.routes.keys.filter { old.routes[$0] == nil }
        // A path that lost exactly one method and gained exactly one is called another way.
        let removedByPath = Dictionary(grouping: removed, by: \.pathKey)
        let addedByPath = Dictionary(grouping: added, by: \.pathKey)
        var paired: Set<RouteKey> = []
        for (path, gone) in removedByPath {
            guard gone.count == 1, let came = addedByPath[path], came.count == 1,
                  let before = old.routes[gone[0]], let after = new.routes[came[0]] else { continue }
            paired.formUnion([gone[0], came[0]])
            changes.append(ApiChange(
                .routeMethodChanged, name: after.name, target: after.name,
                message: "\(after.path) is called with \(after.route.method), not \(before.route.method).",
                old: before.route.source, new: after.route.source))
        }
        for key in removed.sorted() where !paired.contains(key) {
            guard let entry = old.routes[key] else { continue }
            changes.append(ApiChange(
                .routeRemoved, name: entry.name, target: entry.name,
                message: "\(entry.name) (\(entry.operation.title)) is no longer documented.", old: entry.route.source, new: nil))
        }
        for key in added.sorted() where !paired.contains(key) {
            guard let entry = new.routes[key] else { continue }
            changes.append(ApiChange(
                .routeAdded, name: entry.name, target: entry.name,
                message: "\(entry.name) (\(entry.operation.title)) is documented.", old: nil, new: entry.route.source))
        }
        for key in old.routes.keys.sorted() {
            guard let before = old.routes[key], let after = new.routes[key] else { continue }
            compareOperation(before, after)
        }
    }

    private mutating func compareOperation(_ before: DocumentedSurface.RouteEntry, _ after: DocumentedSurface.RouteEntry) {
        let target = after.name
        func add(_ rule: DiffRule, name: String? = nil, _ message: String, old oldLocation: SourceLocation?,
                 new newLocation: SourceLocation?, swiftBump: SemverBump? = nil) {
            changes.append(ApiChange(rule, name: name ?? target, target: target, message: message,
                                     old: oldLocation, new: newLocation, swiftBump: swiftBump))
        }
        // A side that does not say what the body or response is states no change.
        if let was = before.operation.requestBody?.type, let now = after.operation.requestBody?.type, !Self.same(was, now) {
            add(.requestBodyTypeChanged, "\(target) takes \(now), not \(was).", old: before.route.source, new: after.route.source,
                swiftBump: swiftBump(.requestBodyTypeChanged, oldSwift: old.swiftType(was), newSwift: new.swiftType(now)))
        }
        if let was = before.operation.successResponse?.type, let now = after.operation.successResponse?.type, !Self.same(was, now) {
            add(.responseTypeChanged, "\(target) returns \(now), not \(was).",
                old: before.operation.successResponse?.source ?? before.route.source,
                new: after.operation.successResponse?.source ?? after.route.source,
                swiftBump: swiftBump(.responseTypeChanged, oldSwift: old.swiftType(was), newSwift: new.swiftType(now)))
        }
        let oldParameters = Dictionary(before.operation.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newParameters = Dictionary(after.operation.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for name in Set(oldParameters.keys).union(newParameters.keys).sorted() {
            switch (oldParameters[name], newParameters[name]) {
            case (let gone?, nil):
                add(.parameterRemoved, name: name, "\(target) no longer documents the parameter \(name).", old: gone.source, new: nil)
            case (nil, let came?):
                let required = came.required == true
                add(required ? .parameterAddedRequired : .parameterAdded, name: name,
                    "\(target) documents \(required ? "a required" : "an optional") parameter \(name) (\(came.type)).",
                    old: nil, new: came.source)
            case (let was?, let now?):
                if !Self.same(was.type, now.type) {
                    add(.parameterTypeChanged, name: name, "The parameter \(name) of \(target) is \(now.type), not \(was.type).",
                        old: was.source, new: now.source)
                }
                if was.required != true, now.required == true {
                    add(.parameterBecameRequired, name: name, "The parameter \(name) of \(target) is required.",
                        old: was.source, new: now.source)
                }
            case (nil, nil):
                continue
            }
        }
    }

    static func same(_ a: TypeReference, _ b: TypeReference) -> Bool {
        a.collection == b.collection && DocumentedSurface.key(a.name) == DocumentedSurface.key(b.name)
    }
}

extension DocumentedSurface.RouteEntry {
    /// `GET /users/{id}`, with the API version when the page states one.
    var name: String {
        [operation.apiVersion, route.method.uppercased(), path].compactMap { $0 }.joined(separator: " ")
    }
}
