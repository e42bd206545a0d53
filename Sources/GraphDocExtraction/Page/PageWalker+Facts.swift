import Foundation
import GraphDocIR
import GraphDocMarkdown

extension PageWalker {
    /// Whether the title or introduction says the type is open ("This is an _open type_ that
    /// represents ...", "teamsTabConfiguration resource type (Open Type)"), which pages without an
    /// `openType` annotation state only in words.
    var statesOpenType: Bool {
        [title, englishTitle, description].compactMap { $0?.lowercased() }.contains { $0.containsAny(Vocabulary.openTypeStatements) }
    }

    /// Whether the resource annotation or the page's words make the type open.
    var isOpenType: Bool {
        ExampleReader.flag(resourceAnnotation?["openType"]) || statesOpenType
    }

    /// The page's facts, once every block has been visited.
    mutating func facts() -> PageFacts {
        let locale = decideLocale()
        let isTranslation = !locale.hasPrefix("en")
        let kind = decideKind()
        let typeName = resourceTypeName()
        readTables(typeName: typeName, kind: kind, isTranslation: isTranslation)

        var types: [TypeDefinition] = []
        if kind == .resource {
            restoreTranslatedNamesFromJSONRepresentation()
            addPropertiesOnlyInJSONRepresentation(typeName: typeName)
        }
        if kind == .resource || (kind == .other && !properties.isEmpty) {
            let annotation = resourceAnnotation
            types.append(TypeDefinition(
                name: typeName, namespace: namespace ?? "microsoft.graph",
                kind: annotation?["keyProperty"] != nil ? .entity : .complex,
                baseType: annotation?["baseType"]?.stringValue.map(Self.unqualified) ?? baseType,
                description: description ?? "",
                properties: properties, relationships: relationships, origin: .resource,
                isOpen: isOpenType,
                isAbstract: ExampleReader.flag(annotation?["abstract"]) || ExampleReader.flag(annotation?["isAbstract"]),
                keyProperty: annotation?["keyProperty"]?.stringValue,
                sources: [SourceLocation(file: path, line: 1, column: 1)]))
        }
        if let bodyType = requestBody.type, !bodyType.isPrimitive, !requestBodyTable.isEmpty, !requestBodyIsParameters {
            types.append(TypeDefinition(
                name: bodyType.name, properties: requestBodyTable, origin: .requestBody,
                sources: requestBodyTable.first.map { [$0.source] } ?? []))
        }

        var operation: GraphDocIR.Operation?
        if kind == .operation || !routes.isEmpty {
            settleResponseWithoutStatedStatus()
            let hasBody = requestBody.type != nil || !requestBodyTable.isEmpty || !requestBody.required.isEmpty
            var body = requestBody
            body.properties = requestBodyTable
            // An action's body is its parameters table, whatever type the prose links to.
            if requestBodyIsParameters { body.type = nil }
            operation = GraphDocIR.Operation(
                id: stem, title: englishTitle ?? title ?? stem, apiVersion: apiVersion(), page: path, routes: routes,
                requestBody: hasBody ? body : nil, parameters: parameters, responses: responses, examples: examples,
                sources: [SourceLocation(file: path, line: 1, column: 1)])
        }

        let frontMatter = document.frontMatter
        if frontMatter == nil || frontMatter?["title"]?.isEmpty != false || frontMatter?["description"]?.isEmpty != false {
            let missing = ["title", "description"].filter { frontMatter?[$0]?.isEmpty != false }
            diagnostics.append(Diagnostic(
                .frontMatterMissingField,
                frontMatter == nil ? "expected YAML front matter with title and description, found none"
                    : "expected front matter field(s) \(missing.joined(separator: " and ")), found none",
                at: SourceLocation(file: path, line: 1, column: 1), subject: missing.joined(separator: ",")))
        }

        let translation = isTranslation || isTranslationByFrontMatter
            ? TranslationInfo(type: frontMatter?["ms.translationtype"] ?? "unknown", sideBySide: sawSideBySide) : nil
        let page = PageInfo(
            path: path, locale: locale, apiVersion: apiVersion(), kind: kind, title: title ?? frontMatter?["title"] ?? stem,
            translation: translation, uuid: uuid)
        return PageFacts(
            page: page, types: types, enums: Self.mergedByName(enums), operation: operation,
            diagnostics: diagnostics.sorted(), exampleNames: examples.map(\.name), sections: sections,
            proseTypeNames: proseTypeNames, representationOnlyKeys: representationOnlyKeys)
    }

    /// `#microsoft.graph.user` -> `user`; `Collection(microsoft.graph.user)` -> `user` (the element
    /// type, read as ``ExampleReader/annotationType(_:)`` reads annotations).
    static func unqualified(_ name: String) -> String {
        var written = Substring(name.trimmedBlanks)
        if written.hasPrefix("#") { written = written.dropFirst() }
        var result = Substring(ExampleReader.annotationType(String(written)).name)
        if let dot = result.lastIndex(of: ".") { result = result[result.index(after: dot)...] }
        return String(result)
    }

    /// One enum per name: a page may list the same values twice (table and prose).
    static func mergedByName(_ enums: [EnumDefinition]) -> [EnumDefinition] {
        var order: [String] = []
        var byName: [String: EnumDefinition] = [:]
        for definition in enums {
            if var existing = byName[definition.name] {
                for member in definition.members where !existing.members.contains(where: { $0.name == member.name }) {
                    existing.members.append(member)
                }
                existing.sources += definition.sources
                byName[definition.name] = existing
            } else {
                order.append(definition.name)
                byName[definition.name] = definition
            }
        }
        return order.compactMap { byName[$0] }
    }

    // MARK: Decisions

    func decideLocale() -> String {
        if let tag = document.frontMatter?["ms.contentlocale"], !tag.isEmpty { return PageLocale.normalize(tag) }
        if let locale = scripts.locale { return locale }
        return PageLocale.fromPath(path) ?? "en-US"
    }

    /// The page kind: the front matter's `doc_type`, unless the page's structure plainly says
    /// otherwise (a resource annotation and no HTTP request, or routes on a page declared a resource),
    /// which is reported: the structure is what readers and graphdoc rely on.
    mutating func decideKind() -> PageKind {
        let structural = structuralKind()
        let docType = (document.frontMatter?["doc_type"] ?? "").trimmed(scalars: "\"' ")
        let declared: PageKind? = switch docType.lowercased() {
        case "apipagetype": .operation
        case "resourcepagetype": .resource
        case "enumpagetype": .enumeration
        case "conceptualpagetype": .other
        default: nil
        }
        guard let declared else { return structural }
        let keys = Set(sections.map(\.key))
        let hasRequest = keys.contains(Vocabulary.Section.httpRequest) || !routes.isEmpty
        let plainlyResource = resourceAnnotation != nil && !hasRequest
        // Conceptual pages show requests as illustrations; they stay conceptual.
        let plainlyOperation = hasRequest && resourceAnnotation == nil && !keys.contains(Vocabulary.Section.properties) && declared != .other
        guard declared != structural, (structural == .resource && plainlyResource) || (structural == .operation && plainlyOperation) else {
            return declared
        }
        let line = document.frontMatter?.keyLines["doc_type"] ?? 1
        let evidence = structural == .resource ? "a resource annotation and no HTTP request" : "HTTP request routes and no resource annotation"
        diagnostics.append(Diagnostic(
            .docTypeMismatch,
            "expected doc_type '\(structural.docType)' for a page with \(evidence), found '\(docType)'; reading it as a \(structural.rawValue) page",
            at: SourceLocation(file: path, line: line, column: 1), subject: "doc_type"))
        return structural
    }

    /// The kind the page's sections, routes and annotations show.
    func structuralKind() -> PageKind {
        let keys = Set(sections.map(\.key))
        if keys.contains(Vocabulary.Section.httpRequest) || !routes.isEmpty || examples.contains(where: { $0.request != nil }) {
            return .operation
        }
        if keys.contains(Vocabulary.Section.members) { return .enumeration }
        if keys.contains(Vocabulary.Section.properties) || resourceAnnotation != nil { return .resource }
        return .other
    }

    func apiVersion() -> String? {
        if let version = exampleVersions.first { return version }
        if sawBetaDisclaimer { return "beta" }
        for component in path.split(separator: "/") {
            if component == "beta" { return "beta" }
            if component == "v1.0" { return "v1.0" }
        }
        return nil
    }

    /// A resource page's type: the annotation's `@odata.type`, else the title's first word, else the file name.
    func resourceTypeName() -> String {
        if let annotated = resourceAnnotation?["@odata.type"]?.stringValue ?? resourceAnnotation?["@type"]?.stringValue {
            return Self.unqualified(annotated)
        }
        if let first = (englishTitle ?? "").split(separator: " ").first, TypeLink.isIdentifier(first) { return String(first) }
        return stem
    }

    /// Table names that machine translation translated (`说明`) take their English name from the JSON
    /// representation, which is code and so left alone by translation. A translated row takes the one
    /// key that no table row names and whose placeholder states the row's type, when no other
    /// translated row could take that key either: first by exact type, then by placeholders that do
    /// not say (`"String"` for an enum, `{}` for an object). The name stays reported as suspicious, with
    /// the name used; ambiguous rows keep their translated names.
    mutating func restoreTranslatedNamesFromJSONRepresentation() {
        guard let members = resourceJSON?.value?.objectMembers,
              (properties + relationships).contains(where: { TableReader.isInAnotherScript($0.name) }) else { return }
        let named = Set((properties + relationships).map { $0.name.lowercased() })
        var keys = members.filter {
            !$0.key.hasPrefix("@") && TableReader.isPropertyName($0.key) && !named.contains($0.key.lowercased()) && !GuidText.isGuid($0.key)
        }.map { (name: $0.key, type: ExampleTypeInference.placeholderType($0.value)) }
        var rows: [WritableKeyPath<PageWalker, Property>] =
            properties.indices.map { \PageWalker.properties[$0] } + relationships.indices.map { \PageWalker.relationships[$0] }
        let relationshipRows = Set(relationships.map(\.source))
        rows.removeAll { !TableReader.isInAnotherScript(self[keyPath: $0].name) }
        for exact in [true, false] {
            func fits(_ key: TypeReference, _ row: WritableKeyPath<PageWalker, Property>) -> Bool {
                Self.placeholder(key, states: self[keyPath: row].type, exactly: exact, ofRelationship: relationshipRows.contains(self[keyPath: row].source))
            }
            var restored = true
            while restored {
                restored = false
                for (position, row) in rows.enumerated() {
                    let fitting = keys.indices.filter { fits(keys[$0].type, row) }
                    guard fitting.count == 1, let keyIndex = fitting.first,
                          rows.filter({ fits(keys[keyIndex].type, $0) }).count == 1 else { continue }
                    let key = keys[keyIndex].name
                    giveEnglishName(key, to: row, because: "the JSON representation names it '\(key)'")
                    keys.remove(at: keyIndex)
                    rows.remove(at: position)
                    restored = true
                    break
                }
            }
        }
        let order = members.map(\.key)
        restoreTranslatedNamesByPlace(\.properties, keys: &keys, representationOrder: order)
        restoreTranslatedNamesByPlace(\.relationships, keys: &keys, representationOrder: order)
    }

    /// Translated names that the types left ambiguous (three `String` rows) take their names from
    /// their places. Tables list properties in the alphabetical order of their English names, or (as
    /// Intune's do) in the order of the JSON representation's keys: when the names a table has in
    /// English are in one of those orders, the translated rows between two of them stand for the keys
    /// between those names, in that order, if there are as many such keys as rows and each placeholder
    /// states its row's type. The representation's order is taken only when the English names show
    /// it, not the alphabet; a table with no English name is read as alphabetical.
    mutating func restoreTranslatedNamesByPlace(
        _ table: WritableKeyPath<PageWalker, [Property]>, keys: inout [(name: String, type: TypeReference)], representationOrder: [String]
    ) {
        let names = self[keyPath: table].map(\.name)
        let english = names.filter { !TableReader.isInAnotherScript($0) }.map { $0.lowercased() }
        guard english.count < names.count else { return }
        let position = Dictionary(representationOrder.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let ranks = english.compactMap { position[$0] }
        let followsRepresentation = ranks.count == english.count && zip(ranks, ranks.dropFirst()).allSatisfy { $0 < $1 }
        let order: (name: String, precedes: (String, String) -> Bool)
        if english == english.sorted() {
            order = ("the table's alphabetical order", { $0 < $1 })
        } else if followsRepresentation {
            order = ("the order of the JSON representation, which the table follows,", { (position[$0] ?? .max) < (position[$1] ?? .max) })
        } else {
            return
        }
        var start = 0
        while start < names.count {
            guard TableReader.isInAnotherScript(names[start]) else { start += 1; continue }
            var end = start
            while end < names.count, TableReader.isInAnotherScript(names[end]) { end += 1 }
            let lower = start > 0 ? names[start - 1] : nil, upper = end < names.count ? names[end] : nil
            let between = keys.indices.filter { index in
                let key = keys[index].name.lowercased()
                return (lower.map { order.precedes($0.lowercased(), key) } ?? true) && (upper.map { order.precedes(key, $0.lowercased()) } ?? true)
            }.sorted { order.precedes(keys[$0].name.lowercased(), keys[$1].name.lowercased()) }
            let rows = Array(start..<end)
            if between.count == rows.count, zip(rows, between).allSatisfy({ row, key in
                Self.placeholder(keys[key].type, states: self[keyPath: table][row].type, exactly: false, ofRelationship: table == \.relationships)
            }) {
                let place = [lower.map { "after '\($0)'" }, upper.map { "before '\($0)'" }].compactMap { $0 }.joined(separator: " and ")
                for (row, key) in zip(rows, between) {
                    let name = keys[key].name
                    giveEnglishName(
                        name, to: table.appending(path: \[Property][row]),
                        because: place.isEmpty
                            ? "the table names no row in English, and in alphabetical order its rows stand for the JSON representation's keys, this one for '\(name)'"
                            : "in \(order.name) it comes \(place), where the JSON representation has '\(name)'")
                }
                for key in between.sorted(by: >) { keys.remove(at: key) }
            }
            start = end
        }
    }

    /// Names a table row, and the enum it owns (`policy.级别`, from the values its description lists)
    /// after it; the row's report as a suspicious name says why the name is used.
    mutating func giveEnglishName(_ name: String, to row: WritableKeyPath<PageWalker, Property>, because reason: String) {
        let translated = self[keyPath: row]
        if let reported = diagnostics.lastIndex(where: { $0.rule == RuleID.propertyNameSuspicious.id && $0.location == translated.source }) {
            diagnostics[reported].message += "; \(reason), which is used"
        }
        self[keyPath: row].name = name
        guard let owned = translated.enum,
              let index = enums.firstIndex(where: { $0.name == owned && $0.ownerProperty == translated.name }),
              let owner = enums[index].ownerType else { return }
        let renamed = EnumDefinition.ownedName(type: owner, property: name)
        enums[index].name = renamed
        enums[index].ownerProperty = name
        self[keyPath: row].enum = renamed
        if translated.type.name == owned { self[keyPath: row].type.name = renamed }
    }

    /// Whether a JSON-representation placeholder states a table row's type: the same type (any number
    /// for a number), or, when not `exactly`, a placeholder that does not say which (`"String"` for an
    /// enum or object, `{}`, `null`). A relationship holds an entity, which no representation writes
    /// as `"String"`: such a key is a property's (educationUser's `"officeLocation": "String"` is not
    /// its translated `user` relationship).
    static func placeholder(_ placeholder: TypeReference, states declared: TypeReference, exactly: Bool, ofRelationship: Bool = false) -> Bool {
        guard placeholder.collection == declared.collection else { return false }
        if placeholder.name.lowercased() == declared.name.lowercased() { return true }
        let numbers: Set<String> = ["Int16", "Int32", "Int64", "Double", "Single", "Decimal", "Byte", "SByte"]
        if numbers.contains(placeholder.name) && numbers.contains(declared.name) { return true }
        guard !exactly else { return false }
        return placeholder.name == PrimitiveType.json.rawValue || declared.name == PrimitiveType.json.rawValue
            || (placeholder.name == PrimitiveType.string.rawValue && !declared.isPrimitive && !ofRelationship)
    }

    /// Keys of the JSON representation that no table lists: the page states them, so they are read
    /// (typed from their placeholder values) and reported. An open type whose tables list no property
    /// (`plannerUserIds`, `fieldValueSet`) shows samples of the members clients define
    /// (`"String-value": true`, a list's column names), not properties: those are left out. An open
    /// entity with tables (`group`) is read as any type. A table name that differs from a key only in
    /// case takes the key's spelling, which is the one on the wire.
    mutating func addPropertiesOnlyInJSONRepresentation(typeName: String) {
        guard let (value, origin) = resourceJSON, let members = value?.objectMembers,
              // A table whose names were translated by machine cannot be compared with the JSON keys;
              // those rows are reported as suspicious names instead.
              properties.allSatisfy({ TableReader.isPropertyName($0.name) }) else { return }
        let exact = Set((properties + relationships).map(\.name))
        let known = Set(exact.map { $0.lowercased() })
        let showsSamples = isOpenType && properties.isEmpty && relationships.isEmpty
        // A GUID key is a sample key of an open dictionary (`plannerAssignments`), not a property.
        for member in members where !member.key.hasPrefix("@") && !exact.contains(member.key) && TableReader.isPropertyName(member.key)
            && !GuidText.isGuid(member.key) {
            let location = SourceLocation(
                file: path, line: origin.line + member.line - 1, column: origin.column + member.column - 1)
            if known.contains(member.key.lowercased()) {
                respellTableName(as: member.key, typeName: typeName)
                continue
            }
            guard !showsSamples else { continue }
            properties.append(Property(
                name: member.key, type: ExampleTypeInference.placeholderType(member.value), origin: .resource, source: location))
            // Inherited, or forgotten by the tables: the merge knows the ancestors, and reports.
            representationOnlyKeys.append(RepresentationOnlyKey(type: typeName, name: member.key, source: location))
        }
    }

    private mutating func respellTableName(as key: String, typeName: String) {
        func respell(_ list: inout [Property]) {
            guard let index = list.firstIndex(where: { $0.name.lowercased() == key.lowercased() }) else { return }
            diagnostics.append(Diagnostic(
                .propertyNameCase,
                "expected the table's property '\(list[index].name)' of '\(typeName)' to be spelled as in the JSON representation, found '\(key)' there; using '\(key)'",
                at: list[index].source, subject: key))
            list[index].name = key
        }
        respell(&properties)
        respell(&relationships)
    }

    // MARK: Tables

    mutating func readTables(typeName: String, kind: PageKind, isTranslation: Bool) {
        for (table, section, enumName, leadIn) in pendingTables {
            let shape = TableShape(table)
            switch section {
            case Vocabulary.Section.properties, Vocabulary.Section.relationships, Vocabulary.Section.requestBody:
                guard shape.isPropertyTable else {
                    if !shape.isEnumTable, table.header.count > 1 {
                        diagnostics.append(Diagnostic(
                            .tableUnrecognized,
                            "expected a 'Property | Type | Description' table in this section, found '\(table.header.map { $0.text.english.plainText }.joined(separator: " | "))'",
                            at: table.source, subject: section))
                    }
                    continue
                }
                let isBody = section == Vocabulary.Section.requestBody
                if isBody { settleTheTypeABodyTableDescribes(table, shape: shape, leadIn: leadIn) }
                let owner = isBody ? (requestBody.type.map(\.name) ?? stem) : typeName
                let result = TableReader.properties(
                    table, shape: shape, owner: owner, origin: isBody ? .requestBody : .resource,
                    isTranslation: isTranslation, diagnostics: &diagnostics)
                enums += result.enums
                switch section {
                case Vocabulary.Section.properties: properties += result.properties
                case Vocabulary.Section.relationships: relationships += result.properties
                default:
                    requestBodyTable += result.properties
                    if shape.isParameterTable { requestBodyIsParameters = true }
                }
            case Vocabulary.Section.functionParameters, Vocabulary.Section.queryParameters, Vocabulary.Section.pathParameters:
                // These sections also hold tables of another shape ("Name | Description | Example",
                // "Format value | Description"): only tables with a type column state parameters.
                guard shape.isPropertyTable else { continue }
                let location: OperationParameter.Location = switch section {
                case Vocabulary.Section.functionParameters: .function
                case Vocabulary.Section.queryParameters: .query
                default: .path
                }
                let result = TableReader.properties(
                    table, shape: shape, owner: stem, origin: .requestBody, isTranslation: isTranslation,
                    namesMayBeQueryOptions: location == .query, diagnostics: &diagnostics)
                enums += result.enums
                parameters += result.properties.map { OperationParameter($0, location: location) }
            case Vocabulary.Section.members, Vocabulary.Section.enumValues:
                // A values table whose heading names no enum ("Roles property values") is the page's
                // enum only on an enumeration page; on a resource page it would take the type's name.
                guard shape.isEnumTable || shape.index(of: .name) != nil,
                      let name = section == Vocabulary.Section.members ? typeName : (enumName ?? (kind == .enumeration ? typeName : nil))
                else { continue }
                let members = TableReader.enumMembers(table, shape: shape, diagnostics: &diagnostics)
                let isFlags = members.count > 2 && members.compactMap(\.value).count == members.count
                    && members.compactMap(\.value).filter { $0 > 0 }.allSatisfy { $0 & ($0 - 1) == 0 }
                    && Set(members.compactMap(\.value)).count == members.count && members.contains { ($0.value ?? 0) > 2 }
                enums.append(EnumDefinition(name: name, members: members, isFlags: isFlags, origin: .table, sources: [table.source]))
            default:
                continue
            }
        }
    }
}

private extension PageKind {
    /// The front matter `doc_type` the docs site uses for pages of this kind.
    var docType: String {
        switch self {
        case .operation: "apiPageType"
        case .resource: "resourcePageType"
        case .enumeration: "enumPageType"
        case .other: "conceptualPageType"
        }
    }
}
