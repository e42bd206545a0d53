import GraphDocIR

/// One example request or response body, with the type its JSON is meant to be.
public struct ExampleMessageVisit: Sendable {
    public var site: OperationSite
    public var exampleName: String
    public var message: HttpMessage
    public var isRequest: Bool
    /// The type the body (or each item of a collection body) is checked against, when known.
    public var type: TypeDefinition?
    /// `request` or `response`, for messages and subjects.
    public var role: String { isRequest ? "request" : "response" }

    /// A request of an operation that takes a reference (`POST .../members/$ref`): its body is an
    /// `@odata.id`, not an object of the type the prose names, and the generated operation decodes
    /// it as such.
    public var sendsReference: Bool
}

/// One `"key": value` pair met while walking an example body, with what the docs say about the key.
public struct ExampleValueVisit: Sendable {
    public var message: ExampleMessageVisit
    /// Dotted path from the body root (`inference.confidenceScore`, `value[0].id`).
    public var path: String
    public var member: JSONMember
    /// The type the enclosing object is read as; `nil` when no page describes it.
    public var owner: TypeDefinition?
    /// The documented property for the key (own, inherited, or from the request-body table).
    public var property: Property?
    /// The enum the property's values must come from, when it has one.
    public var enumeration: EnumDefinition?
    /// Where the key starts in the `.md` file.
    public var location: SourceLocation
    /// `@odata.type`, `@odata.context`, `x@odata.bind` and other instance annotations.
    public var isAnnotation: Bool { member.key.contains("@") }
    /// Whether the member belongs to the body's root object (not a nested value).
    public var isTopLevel: Bool
}

/// One JSON object met while walking an example body, read as the type its context gives it.
public struct ExampleObjectVisit: Sendable {
    public var message: ExampleMessageVisit
    /// Dotted path from the body root; empty for the root object.
    public var path: String
    /// The documented type the object is read as (its `@odata.type` when a page describes that).
    public var type: TypeDefinition
    public var keys: Set<String>
}

/// Walks every example body once, resolving each key against the documented types, so the example
/// rules share one reading of the bodies instead of each re-deriving types.
struct ExampleWalk: Sendable {
    private(set) var messages: [ExampleMessageVisit] = []
    private(set) var values: [ExampleValueVisit] = []
    private(set) var objects: [ExampleObjectVisit] = []
    private let index: TypeIndex

    init(sites: [OperationSite], index: TypeIndex) {
        self.index = index
        for site in sites {
            for example in site.examples {
                if let request = example.request { walk(site: site, example: example, message: request, isRequest: true) }
                if let response = example.response { walk(site: site, example: example, message: response, isRequest: false) }
            }
        }
    }

    private mutating func walk(site: OperationSite, example: Example, message: HttpMessage, isRequest: Bool) {
        let sendsReference = isRequest && site.operation.takesReference
        let type = sendsReference ? nil : bodyType(site: site, message: message, isRequest: isRequest)
        let visit = ExampleMessageVisit(
            site: site, exampleName: example.name, message: message, isRequest: isRequest, type: type, sendsReference: sendsReference)
        messages.append(visit)
        guard !sendsReference, let body = message.body else { return }
        // The request-body table describes the body only when the body names no documented type: a
        // documented type is what the generated models decode the body as (resource pages outrank
        // request-body tables, as in the merge).
        let extras = isRequest && type == nil ? requestTableProperties(site.operation) : [:]
        let readOnly = isRequest ? Set(site.operation.requestBody?.readOnly ?? []) : []
        if case .array(let items) = body {
            // A body that is a collection (onenote page-update's patch commands): each item is the
            // type, checked as the generated models check an array, item by item at the top.
            for (offset, item) in items.enumerated() {
                if case .object(let itemMembers) = item {
                    walkObject(itemMembers, type: type, path: "[\(offset)]", extras: extras, readOnly: readOnly, topLevel: true, visit: visit)
                }
            }
            return
        }
        guard case .object(let members) = body else { return }
        if let items = body["value"]?.arrayValue, message.isCollection || type.map({ isCollectionWrapper(members, items: items, of: $0) }) ?? true {
            for (offset, item) in items.enumerated() {
                if case .object(let itemMembers) = item {
                    walkObject(itemMembers, type: type, path: "value[\(offset)]", extras: [:], topLevel: false, visit: visit)
                }
            }
            // The collection wrapper's own keys (`@odata.context`, `@odata.nextLink`) are annotations.
            for member in members where member.key != "value" {
                values.append(ExampleValueVisit(
                    message: visit, path: member.key, member: member, owner: nil, property: nil, enumeration: nil,
                    location: location(of: member, in: message), isTopLevel: true))
            }
            return
        }
        // Generated (Intune) pages wrap a single entity as `{"value": {...}}`; read the entity inside.
        if let type, let inner = body["value"]?.objectMembers, members.allSatisfy({ $0.key == "value" || $0.key.contains("@") }),
           index.allMembers(of: type)["value"].map({ !Self.mayHoldObjects($0.0.type) }) ?? true {
            walkObject(inner, type: type, path: "value", extras: extras, readOnly: readOnly, topLevel: true, visit: visit)
            return
        }
        walkObject(members, type: type, path: "", extras: extras, readOnly: readOnly, topLevel: true, visit: visit)
    }

    /// Whether `{"value": [...]}` wraps a collection of `type` rather than being an object of a type
    /// that has its own `value` property: the body holds nothing but the list of objects and
    /// annotations (`@odata.context`, `@odata.nextLink`), and the type's `value` cannot hold that list.
    private func isCollectionWrapper(_ members: [JSONMember], items: [JSONValue], of type: TypeDefinition) -> Bool {
        guard let own = index.allMembers(of: type)["value"]?.0 else { return true }
        let itemsAreObjects = !items.isEmpty && items.allSatisfy { if case .object = $0 { true } else { false } }
        return itemsAreObjects && members.allSatisfy { $0.key == "value" || $0.key.contains("@") }
            && !(own.type.collection && Self.mayHoldObjects(own.type))
    }

    /// Whether a property of this type (or of its element type) can hold a JSON object: any
    /// structured type, or `Json`.
    private static func mayHoldObjects(_ type: TypeReference) -> Bool {
        !type.isPrimitive || type.name == PrimitiveType.json.rawValue
    }

    private mutating func walkObject(
        _ members: [JSONMember], type declared: TypeDefinition?, path: String, extras: [String: Property],
        readOnly: Set<String> = [], topLevel: Bool, visit: ExampleMessageVisit
    ) {
        // A derived type's payload names itself; read the object as that type when a page describes it.
        // A request body read as its section's own table is that table, as the generated operation
        // decodes it, whatever type the payload names.
        var type = declared
        if declared != nil || extras.isEmpty,
           let written = members.first(where: { $0.key == "@odata.type" })?.value.stringValue,
           let derived = index.type(named: written) {
            type = derived
        }
        let documented = type.map { index.allMembers(of: $0) } ?? [:]
        if let type {
            objects.append(ExampleObjectVisit(message: visit, path: path, type: type, keys: Set(members.map(\.key))))
        }
        for member in members {
            var property = documented[member.key]?.0
            let ownerName = documented[member.key]?.owner ?? type?.name
            if let table = extras[member.key] {
                // For a request, the page's own request-body table says what to send (for actions it lists
                // parameters, which may share a name with a property of the entity); the type's statement
                // only adds what the table leaves out.
                let fromType = property
                property = table
                if table.enum == nil { property?.enum = fromType?.enum }
                if fromType?.readOnly == true { property?.readOnly = true }
            }
            // The request-body prose ("must not include x (read-only)") overrides the tables.
            if readOnly.contains(member.key) { property?.readOnly = true }
            let enumeration = property.flatMap { index.enumeration(for: $0, in: ownerName) }
            let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
            values.append(ExampleValueVisit(
                message: visit, path: memberPath, member: member, owner: type, property: property,
                enumeration: enumeration, location: location(of: member, in: visit.message), isTopLevel: topLevel))
            guard !member.key.contains("@") else { continue }
            // `Json` and other primitives hold free-form values even when a page named like them exists.
            let childType = property.flatMap { PrimitiveTypes.isPrimitiveLike($0.type.name) ? nil : index.type(named: $0.type.name) }
            switch member.value {
            case .object(let children):
                walkObject(children, type: childType, path: memberPath, extras: [:], topLevel: false, visit: visit)
            case .array(let items):
                for (offset, item) in items.enumerated() {
                    if case .object(let children) = item {
                        walkObject(children, type: childType, path: "\(memberPath)[\(offset)]", extras: [:], topLevel: false, visit: visit)
                    }
                }
            default:
                break
            }
        }
    }

    /// The type a body is read as, as the generated example tests decode it. A request: what the
    /// request-body section names, else (when the section has its own table) none; then the
    /// annotation's `@odata.type`. A response: what the response section names for success, or the
    /// type derived from it that the annotation's `@odata.type` names (place-list's rooms), else the
    /// annotation's `@odata.type`. (A derived type named by the body's own `@odata.type` member is
    /// followed in both.)
    private func bodyType(site: OperationSite, message: HttpMessage, isRequest: Bool) -> TypeDefinition? {
        if isRequest, let body = site.operation.requestBody {
            // As the generated operation decodes it: the type the section names, else its own table.
            if let named = body.type { return index.type(named: named.name) }
            if !body.properties.isEmpty { return nil }
        }
        if !isRequest, (200..<300).contains(message.status ?? 200),
           let documented = site.operation.successResponse?.type.flatMap({ index.type(named: $0.name) }) {
            // The annotation narrows the documented type; one that contradicts it does not replace it.
            if let written = message.odataType, let annotated = index.type(named: written),
               index.isType(annotated, derivedFrom: documented) {
                return annotated
            }
            return documented
        }
        if let written = message.odataType, let type = index.type(named: written) { return type }
        if isRequest { return nil }
        let responses = site.operation.responses
        let response = responses.first { $0.status == message.status } ?? responses.first
        return response?.type.flatMap { index.type(named: $0.name) }
    }

    private func requestTableProperties(_ operation: Operation) -> [String: Property] {
        guard let body = operation.requestBody else { return [:] }
        var table: [String: Property] = [:]
        for property in body.properties where table[property.name] == nil { table[property.name] = property }
        return table
    }

    /// Maps a key's position within the JSON text to the `.md` file.
    private func location(of member: JSONMember, in message: HttpMessage) -> SourceLocation {
        guard let start = message.bodySource else { return message.source }
        guard member.line > 0 else { return start }
        return SourceLocation(
            file: start.file, line: start.line + member.line - 1,
            column: member.line == 1 ? start.column + member.column - 1 : member.column)
    }
}

extension ExampleValueVisit {
    /// The limits the docs state for this key (what generated validators check): the property's
    /// own, else those of the enclosing type's member of that name (a request-body table row states
    /// no format where the resource page does, and the generated request type is the resource's).
    func documentedConstraints(_ index: TypeIndex) -> PropertyConstraints? {
        if let constraints = property?.constraints { return constraints }
        guard let owner else { return nil }
        return index.allMembers(of: owner)[member.key]?.0.constraints
    }
}
