import GraphDocIR

/// Infers types that no page describes from example bodies: a nested object's `@odata.type`, or a
/// documented property's type, names it; its keys and value kinds give its properties.
enum ExampleTypeInference {
    /// - Parameter enums: names that are enums; an object never makes them types.
    static func infer(operations: [Operation], documented: [TypeDefinition], enums: [EnumDefinition] = []) -> [TypeDefinition] {
        let base = Context(documented: documented, enums: Set(enums.map { $0.name.lowercased() }))
        // Operations are visited on all cores; folding their findings in operation order gives what
        // one pass in that order gives (first spelling and first source win, a `Json` property takes
        // the first precise type seen).
        let found = operations.concurrentMap { operation in
            var context = base
            context.visit(operation)
            return context.inferred
        }
        var inferred: [String: TypeDefinition] = [:]
        for partial in found {
            for (key, type) in partial {
                if let earlier = inferred[key] {
                    inferred[key] = Context.fold(type, into: earlier)
                } else {
                    inferred[key] = type
                }
            }
        }
        return inferred.values.map { type in
            var t = type
            t.properties.sort { $0.name < $1.name }
            t.sources = Array(Set(t.sources)).sorted()
            return t
        }.sorted { $0.name < $1.name }
    }

    /// The type a JSON representation's placeholder value states: `"String"`, `"string (timestamp)"`,
    /// `{"@odata.type": "microsoft.graph.x"}`, `["String"]`, `true`, `1024`.
    static func placeholderType(_ value: JSONValue) -> TypeReference {
        switch value {
        case .string(let text):
            // "string (timestamp)": the qualifier in parentheses is the more precise type.
            let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }).map(String.init)
            let precise = words.dropFirst().compactMap { Vocabulary.typeWords[$0] }.first { $0 != "String" }
            if let primitive = precise ?? words.first.flatMap({ Vocabulary.typeWords[$0] }) { return TypeReference(name: primitive) }
            return Context.valueType(value)
        case .array(let items):
            let element = items.first.map(placeholderType) ?? TypeReference(name: "Json")
            return TypeReference(name: element.name, collection: true)
        default:
            return Context.valueType(value)
        }
    }

    private struct Context {
        var documented: [String: TypeDefinition] = [:]
        var inferred: [String: TypeDefinition] = [:]
        let enums: Set<String>

        init(documented: [TypeDefinition], enums: Set<String>) {
            for type in documented { self.documented[type.name.lowercased()] = type }
            self.enums = enums
        }

        /// Only bodies that are valid JSON are read: what the lenient parse recovers from a broken body
        /// (a key that swallowed a line break and the indentation after it) is no member name.
        mutating func visit(_ operation: Operation) {
            for example in operation.examples {
                if let request = example.request, request.bodyIsValidJSON, let body = request.body, let start = request.bodySource {
                    visit(body, declared: operation.requestBody?.type?.name, start: start)
                }
                if let response = example.response, response.bodyIsValidJSON, let body = response.body, let start = response.bodySource {
                    let declared = response.odataType.map(PageWalker.unqualified) ?? operation.responses.first?.type?.name
                    visit(body, declared: declared, start: start)
                }
            }
        }

        mutating func visit(_ value: JSONValue, declared: String?, start: SourceLocation) {
            switch value {
            case .array(let items):
                for item in items { visit(item, declared: declared, start: start) }
            case .object(let members):
                // A collection response wraps its items in "value".
                if let items = value["value"], case .array = items, value["@odata.type"] == nil, declared.map({ documented[$0.lowercased()]?.member(named: "value") == nil }) ?? true {
                    visit(items, declared: declared, start: start)
                    return
                }
                let named = value["@odata.type"]?.stringValue.map(PageWalker.unqualified) ?? declared
                guard let typeName = named, PrimitiveType(anyCase: typeName) == nil, TypeLink.isIdentifier(typeName),
                      !enums.contains(typeName.lowercased()) else {
                    for member in members { visit(member.value, declared: nil, start: start) }
                    return
                }
                if let type = documented[typeName.lowercased()] {
                    for member in members {
                        let declaredType = type.member(named: member.key)?.type
                        visit(member.value, declared: declaredType.flatMap { $0.isPrimitive ? nil : $0.name }, start: start)
                    }
                    return
                }
                record(members, typeName: typeName, start: start)
            default:
                break
            }
        }

        mutating func record(_ members: [JSONMember], typeName: String, start: SourceLocation) {
            var type = inferred[typeName.lowercased()] ?? TypeDefinition(name: typeName, origin: .example)
            var positions = Self.positions(of: type)
            for member in members where !member.key.hasPrefix("@") && !member.key.containsText("@odata.") {
                let location = SourceLocation(file: start.file, line: start.line + member.line - 1, column: start.column + member.column - 1)
                type.sources.append(location)
                let kind = Self.valueType(member.value)
                Self.add(Property(name: member.key, type: kind, origin: .example, source: location), to: &type, positions: &positions)
                let nestedDeclared: String? = kind.isPrimitive || kind.name == "Json" ? nil : kind.name
                visit(member.value, declared: nestedDeclared, start: start)
            }
            if type.properties.contains(where: { $0.name == "id" }) { type.kind = .entity }
            inferred[typeName.lowercased()] = type
        }

        /// `later`'s findings added to `earlier`'s, as if its members had been recorded after them.
        static func fold(_ later: TypeDefinition, into earlier: TypeDefinition) -> TypeDefinition {
            var type = earlier
            type.sources += later.sources
            var positions = Self.positions(of: type)
            for property in later.properties { add(property, to: &type, positions: &positions) }
            if later.kind == .entity { type.kind = .entity }
            return type
        }

        /// A property seen in an example: new, or giving a precise type to one only seen as `Json` (null).
        /// `positions` is where each property name sits in `type.properties` (an example object of
        /// 100,000 keys searched the list once per key).
        static func add(_ property: Property, to type: inout TypeDefinition, positions: inout [String: Int]) {
            if let index = positions[property.name] {
                if type.properties[index].type.name == "Json", property.type.name != "Json" { type.properties[index].type = property.type }
            } else {
                positions[property.name] = type.properties.count
                type.properties.append(property)
            }
        }

        /// The position of each property name in `type.properties` (the first, if one repeats).
        static func positions(of type: TypeDefinition) -> [String: Int] {
            Dictionary(type.properties.indices.map { (type.properties[$0].name, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// The type a JSON value suggests. A string that names a primitive type (`"Double"`) is the
        /// generator's placeholder for a value of that type.
        static func valueType(_ value: JSONValue) -> TypeReference {
            switch value {
            case .string(let s):
                if let primitive = PrimitiveType(rawValue: s) { return TypeReference(name: primitive.rawValue) }
                if looksLikeDateTime(s) { return TypeReference(name: "DateTimeOffset") }
                return TypeReference(name: "String")
            case .bool: return TypeReference(name: "Boolean")
            case .number(let text):
                if text.containsText(".") || text.containsText("e") || text.containsText("E") { return TypeReference(name: "Double") }
                return TypeReference(name: Int32(text) != nil ? "Int32" : "Int64")
            case .object:
                return TypeReference(name: value["@odata.type"]?.stringValue.map(PageWalker.unqualified) ?? "Json")
            case .array(let items):
                let element = items.first.map(valueType) ?? TypeReference(name: "Json")
                return TypeReference(name: element.name, collection: true)
            case .null:
                return TypeReference(name: "Json")
            }
        }

        static func looksLikeDateTime(_ s: String) -> Bool {
            let u = Array(s.utf8)
            guard u.count >= 20, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"), u[10] == UInt8(ascii: "T") else { return false }
            return u.prefix(4).allSatisfy { (48...57).contains($0) }
        }
    }
}
