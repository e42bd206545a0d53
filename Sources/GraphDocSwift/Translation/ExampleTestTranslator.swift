import Foundation
import GraphDocIR

/// Turns the examples of each operation into the view model of a Swift Testing file: what to
/// decode into which type, which routes a URL must match, and which expectations the page's known
/// defects (lint findings, handed in as plain data) make fail today.
public struct ExampleTestTranslator: Sendable {
    public let translator: SwiftModelTranslator
    public let findings: ExampleFindings

    public init(translator: SwiftModelTranslator, findings: [Diagnostic]) {
        self.translator = translator
        self.findings = ExampleFindings(findings: findings, model: translator.model)
    }

    /// One unit per operation that has examples, at `<Operation>ExampleTests.swift`.
    public func translate() -> [RenderUnit] {
        let model = translator.model
        let vocabulary = OperationNaming.vocabulary(for: model)
        let names = OperationNaming.names(for: model.operations, vocabulary: vocabulary)
        return zip(model.operations, names).compactMap { operation, name in
            guard let vm = fileViewModel(for: operation, name: name, vocabulary: vocabulary) else { return nil }
            return RenderUnit(path: "\(vm.swiftName).swift", template: .exampleTests, value: vm)
        }.sorted { $0.path < $1.path }
    }

    func fileViewModel(
        for operation: GraphDocIR.Operation, name: OperationName, vocabulary: OperationNaming.Vocabulary
    ) -> ExampleTestFileViewModel? {
        var pages: [(locale: String?, routes: [Route]?, examples: [Example])] = [(nil, nil, operation.examples)]
        for translation in operation.translations {
            pages.append((translation.locale, translation.routes, translation.examples))
        }
        guard pages.contains(where: { !$0.examples.isEmpty }) else { return nil }
        let descriptor = translator.operationViewModel(for: operation, name: name, vocabulary: vocabulary)
        var functionNames: [String] = []
        var cases: [ExampleTestCaseViewModel] = []
        for page in pages {
            let routes = page.routes ?? operation.routes
            let routesExpression = page.routes.map(Self.routesLiteral) ?? "Operation.operation.routes"
            for example in page.examples {
                let base = (page.locale.map { SwiftNaming.memberName($0) } ?? "")
                    + (page.locale == nil ? SwiftNaming.memberName(example.name) : SwiftNaming.upperFirst(SwiftNaming.memberName(example.name)))
                let label = example.name + (page.locale.map { " (\($0))" } ?? "")
                var request: [ExampleMessageTestViewModel] = []
                var response: [ExampleMessageTestViewModel] = []
                if let message = example.request {
                    functionNames.append(base + "Request")
                    request.append(requestTest(
                        message, example: example, label: label, operation: operation, descriptor: descriptor, routes: routes,
                        routesExpression: routesExpression))
                }
                if let message = example.response {
                    functionNames.append(base + "Response")
                    response.append(responseTest(message, example: example, label: label, operation: operation, descriptor: descriptor))
                }
                var exchange: [ExampleExchangeTestViewModel] = []
                if let sent = request.first, let answered = response.first,
                   let test = exchangeTest(
                       example: example, label: label, operation: operation, name: name, descriptor: descriptor,
                       vocabulary: vocabulary, request: sent, response: answered) {
                    functionNames.append(base + "Exchange")
                    exchange.append(test)
                }
                let source = (example.request ?? example.response)!.source
                cases.append(ExampleTestCaseViewModel(
                    summary: SwiftEscaping.commentText("\(label), \(source.file):\(source.line)"), request: request, response: response,
                    exchange: exchange))
            }
        }
        // Function names, unique within the suite, in the order the messages were listed.
        let unique = SwiftNaming.deduplicated(functionNames).map(SwiftNaming.escaped)
        var next = 0
        for index in cases.indices {
            for message in cases[index].request.indices {
                cases[index].request[message].functionName = unique[next]
                cases[index].request[message].finish()
                next += 1
            }
            for message in cases[index].response.indices {
                cases[index].response[message].functionName = unique[next]
                cases[index].response[message].finish()
                next += 1
            }
            for exchange in cases[index].exchange.indices {
                cases[index].exchange[exchange].functionName = unique[next]
                next += 1
            }
        }
        let suiteName = name.namespace + name.typeName + "ExampleTests"
        return ExampleTestFileViewModel(
            swiftName: suiteName, suiteNameLiteral: SwiftEscaping.stringLiteral("\(operation.id) examples"),
            docLines: DocLines.make(
                "The examples of \(operation.title) checked against the generated models.",
                source: operation.sources.first, fallback: nil),
            operationType: "\(translator.options.moduleName).Operations.\(name.namespace).\(name.typeName)", examples: cases)
    }

    // MARK: Requests

    func requestTest(
        _ message: HttpMessage, example: Example, label: String, operation: GraphDocIR.Operation, descriptor: OperationViewModel,
        routes: [Route], routesExpression: String
    ) -> ExampleMessageTestViewModel {
        let found = findings.findings(for: message, exampleName: example.name)
        var test = messageTest(message, example: example, label: label + ": request", found: found)
        // A page without a route gives nothing to match (lint reports the missing section); a page whose
        // every route is unreadable fails for that reason, which lint reports on the route lines.
        if let method = message.method, let url = message.url, Self.addressesGraph(url), !routes.isEmpty {
            var routeFindings = found.filter { ExampleFindings.routeRules.contains($0.rule) }
            if routeFindings.isEmpty { routeFindings = findings.unreadableRouteFindings(routes) }
            test.route = [RouteCheckViewModel(
                methodLiteral: SwiftEscaping.stringLiteral(method.uppercased()), urlLiteral: SwiftEscaping.stringLiteral(url),
                routesExpression: routesExpression, knownIssue: Self.knownIssue(routeFindings))]
            let isReferenceRoute = routes.contains { $0.method.uppercased() == method.uppercased() && $0.addsReference }
            if isReferenceRoute, message.body != nil {
                let file = message.source.file
                test.reference = [CheckViewModel(knownIssue: Self.knownIssue(findings.referenceFindings(file: file, method: method, exampleName: example.name)))]
            }
        }
        if test.hasBody, message.body != nil, descriptor.requestBodyType != "GraphModelSupport.NoBody" {
            let polymorphic = operation.requestBody?.type.flatMap { reference in
                reference.collection ? nil : polymorphicCheck(base: reference.name, body: message.body)
            }
            // An update sends only what changes: "required" is about creating.
            let context = message.method?.uppercased() == "PATCH" ? ".update" : ".request"
            var validation = context == ".update"
                ? "Operation.validateRequest(decoded, context: .update)" : "Operation.validateRequest(decoded)"
            // A derived type's own members are checked through the derived value too.
            if polymorphic != nil {
                validation = "GraphModelSupport.ExampleCheck.union(\(validation), polymorphic.validate(context: \(context)))"
            }
            test.decode = [DecodeCheckViewModel(
                decodedType: "Operation.RequestBody", validationExpression: validation,
                found: observable(found, exampleName: example.name, root: operation.requestBody?.type?.name, table: operation.requestBody?.properties ?? []),
                exampleName: example.name, polymorphic: polymorphic.map { [$0] } ?? [])]
        }
        return test
    }

    // MARK: Responses

    func responseTest(
        _ message: HttpMessage, example: Example, label: String, operation: GraphDocIR.Operation, descriptor: OperationViewModel
    ) -> ExampleMessageTestViewModel {
        let found = findings.findings(for: message, exampleName: example.name)
        var test = messageTest(message, example: example, label: label + ": response", found: found)
        let documented = operation.successResponse
        guard let status = message.status, (200..<300).contains(status) else {
            // An error example: its body is an error payload, not the documented type.
            test.decode = []
            return test
        }
        if documented != nil {
            test.status = [StatusCheckViewModel(
                exampleStatus: status, knownIssue: Self.knownIssue(found.filter { $0.rule == ExampleFindings.statusRule }))]
        }
        guard test.hasBody, let body = message.body, var reference = responseType(documented?.type, annotated: message) else {
            return test
        }
        // A collection stated by the prose or the annotation but one object in the example: the
        // object is decoded as what it is, and the contradiction is its own check.
        if documented?.type?.collection == true || message.isCollection, body.isSingleObject {
            test.collectionPage = [CheckViewModel(knownIssue: Self.knownIssue(found.filter { $0.rule == ExampleFindings.collectionRule }))]
            reference.collection = false
        }
        let mapping = translator.types.map(reference)
        var decodedType = reference == documented?.type ? "Operation.ResponseBody" : qualified(mapping.swiftType)
        var validation = mapping.isValidatable ? "decoded.validate(context: .response)" : "[GraphModelSupport.ValidationIssue]()"
        var polymorphic: [PolymorphicCheckViewModel] = []
        // Bodies shaped unlike the documented type are read as lint reads them: a collection page for
        // a single-entity response that lists items under `value`, and `{"value": {...}}` as the
        // entity it wraps.
        let wrapsValue = !translator.type(reference.name, hasMember: "value")
        let listsItems = body["value"]?.arrayValue != nil && (message.isCollection || wrapsValue)
        let wrapsEntity = wrapsValue && body["value"]?.objectMembers != nil
            && (body.objectMembers ?? []).allSatisfy { $0.key == "value" || $0.key.contains("@") }
        if reference.collection || listsItems {
            let element = qualified(mapping.element)
            if case .array = body {
                decodedType = "[\(element)]"
            } else {
                decodedType = "GraphModelSupport.GraphCollectionPage<\(element)>"
            }
        } else if wrapsEntity, mapping.isValidatable {
            decodedType = "GraphModelSupport.GraphValueWrapper<\(qualified(mapping.element))>"
        } else if let check = polymorphicCheck(base: reference.name, body: body) {
            // The base value keeps the derived members; the derived reading checks them too.
            polymorphic = [check]
            validation = "GraphModelSupport.ExampleCheck.union(decoded.validate(context: .response), polymorphic.validate(context: .response))"
        }
        test.decode = [DecodeCheckViewModel(
            decodedType: decodedType, validationExpression: validation,
            found: observable(
                found, exampleName: example.name, root: reference.name,
                wrapped: decodedType.hasPrefix("GraphModelSupport.GraphCollectionPage<") || decodedType.hasPrefix("GraphModelSupport.GraphValueWrapper<")),
            exampleName: example.name,
            polymorphic: polymorphic)]
        return test
    }

    /// The findings whose predicted validation issue the models can report: every key on the path is
    /// a member the models decode, of the body's type or of a type derived from it. A value under a
    /// key the type does not document (an open type's `assignments.<id>`) is kept as JSON and not
    /// validated, whatever lint reads in it.
    func observable(
        _ found: [Diagnostic], exampleName: String, root: String?, table: [Property] = [], wrapped: Bool = false
    ) -> [Diagnostic] {
        guard root != nil || !table.isEmpty else { return found }
        return found.filter { finding in
            guard ExampleFindings.validationRules[finding.rule] != nil,
                  let path = ExampleFindings.path(of: finding, exampleName: exampleName) else { return true }
            return isObservable(path, root: root, table: table, wrapped: wrapped)
        }
    }

    /// Whether `path` leads through documented members from `root`, or, for a body the request-body
    /// table describes (`root` nil), from the table's rows. A `wrapped` body (a collection page, or
    /// `{"value": {...}}`) holds the type under `value`; an array body's items are `[i]`.
    func isObservable(_ path: String, root: String?, table: [Property] = [], wrapped: Bool = false) -> Bool {
        var components = path.split(separator: ".")[...]
        if wrapped {
            guard components.first?.prefix(while: { $0 != "[" }) == "value" else { return false }
            components = components.dropFirst()
        }
        var current = root
        var last: Property?
        if root == nil {
            guard let first = components.popFirst(), let row = table.first(where: { $0.name == first.prefix { $0 != "[" } }) else {
                return false
            }
            current = translator.types.swiftName(ofType: row.type.name) != nil ? row.type.name : nil
            last = row
        }
        // The body's own type may be read as a derived type (the polymorphic check validates the
        // derived value too); a value nested in it is validated as its property's type, whose
        // struct keeps a derived type's members without checking them.
        var isBodyLevel = root != nil
        for component in components {
            let key = String(component.prefix { $0 != "[" })
            guard let typeName = current else { return false }
            if key.isEmpty { continue }
            let member = isBodyLevel ? translator.member(key, ofTypeOrDescendants: typeName) : translator.member(key, ofType: typeName)
            isBodyLevel = false
            guard let property = member else { return false }
            current = translator.types.swiftName(ofType: property.type.name) != nil ? property.type.name : nil
            last = property
        }
        // A member whose type the input does not define is kept as JSON, and JSON is not validated.
        return last.map { translator.types.resolves($0.type, enumName: $0.enum) } ?? true
    }

    /// The documented response type, or the type derived from it that the example's annotation
    /// names (place-list's `"@odata.type": "microsoft.graph.room"`); when the page states no type the
    /// models know, the annotated type (`"@odata.type": "microsoft.graph.alert"`). Lint reads the
    /// body as the same type.
    func responseType(_ documented: TypeReference?, annotated message: HttpMessage) -> TypeReference? {
        let types = translator.types
        let annotated = message.odataType.flatMap { types.swiftName(ofType: $0) != nil ? $0 : nil }
        if let documented, types.swiftName(ofType: documented.name) != nil {
            // An annotation that contradicts the documented type does not replace it.
            guard let annotated, types.isType(annotated, derivedFrom: documented.name) else { return documented }
            return TypeReference(name: annotated, collection: documented.collection)
        }
        guard let annotated else { return documented }
        return TypeReference(name: annotated, collection: message.isCollection)
    }

    // MARK: Shared

    /// The parts every message test has: name, body literal and the JSON validity check.
    func messageTest(_ message: HttpMessage, example: Example, label: String, found: [Diagnostic]) -> ExampleMessageTestViewModel {
        let hasBody = message.body != nil
        var strict: [CheckViewModel] = []
        var json5 = false
        var lenient: [String] = []
        if hasBody, !message.bodyIsValidJSON {
            strict = [CheckViewModel(knownIssue: Self.knownIssue(found.filter { $0.rule == ExampleFindings.jsonRule }))]
            if Self.parsesAsJSON5(message.bodyText) {
                json5 = true
            } else if let body = message.body {
                lenient = SwiftRawLiteral.lines(Self.canonicalText(body))
            }
        }
        return ExampleMessageTestViewModel(
            functionName: "", displayNameLiteral: SwiftEscaping.stringLiteral(label),
            bodyLines: hasBody ? SwiftRawLiteral.lines(message.bodyText) : [], hasBody: hasBody, route: [], status: [],
            strictJSON: strict, decodesLenientText: !lenient.isEmpty, lenientLines: lenient, json5: json5, decode: [],
            reference: [], collectionPage: [])
    }

    /// Reading the decoded base value as the derived type (`decoded.as(Derived.self)`) when the body's
    /// `@odata.type` names a type derived from `base`.
    func polymorphicCheck(base: String, body: JSONValue?) -> PolymorphicCheckViewModel? {
        guard let written = body?["@odata.type"]?.stringValue else { return nil }
        let name = written.hasPrefix("#") ? String(written.dropFirst()) : written
        let types = translator.types
        guard let derived = types.swiftName(ofType: name),
              SwiftTypeMapper.key(name) != SwiftTypeMapper.key(base),
              types.isType(name, derivedFrom: base),
              // The runtime selects a derived type by its exact qualified name; another namespace or
              // case (`#Microsoft.OutlookServices.ItemAttachment`) decodes as the base type.
              translator.odataTypeName(ofType: name) == name
        else { return nil }
        return PolymorphicCheckViewModel(derivedType: qualified(derived), odataTypeLiteral: SwiftEscaping.stringLiteral(name))
    }

    /// A type of the models' module spelled with the module name (`GraphModels.Calendar`).
    func qualified(_ swiftType: String) -> String { translator.moduleQualified(swiftType) }

    static func knownIssue(_ findings: [Diagnostic]) -> [KnownIssueViewModel] {
        findings.isEmpty ? [] : [KnownIssueViewModel(commentLiteral: SwiftEscaping.stringLiteral(ExampleFindings.comment(for: findings)))]
    }

    static func routesLiteral(_ routes: [Route]) -> String {
        let items = routes.map {
            "GraphModelSupport.GraphRoute(method: \(SwiftEscaping.stringLiteral($0.method.uppercased())), template: \(SwiftEscaping.stringLiteral($0.templatePath)), parameters: [])"
        }
        return "[" + items.joined(separator: ", ") + "]"
    }

    /// Whether `url` is a Graph request: relative, or on a host that is (or looks like) Graph's. Other
    /// hosts are services the docs show Graph calling (a bot's callback), not routes of the page.
    static func addressesGraph(_ url: String) -> Bool {
        guard let scheme = url.range(of: "://") else { return true }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "\\" }
        return host.lowercased().contains("graph")
    }

    /// Whether Foundation's JSON5 reader (what the generated test uses) accepts `text`.
    static func parsesAsJSON5(_ text: String) -> Bool {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        return (try? decoder.decode(JSONValue.self, from: Data(text.utf8))) != nil
    }

    /// The lenient reading of an invalid body as JSON text (sorted keys, so output is stable).
    static func canonicalText(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}

extension DecodeCheckViewModel {
    /// The decode check of a message, with one predicted issue per path and kind the findings name.
    init(decodedType: String, validationExpression: String, found: [Diagnostic], exampleName: String, polymorphic: [PolymorphicCheckViewModel]) {
        var order: [String] = []
        var grouped: [String: (pattern: String, findings: [Diagnostic])] = [:]
        for finding in found {
            guard let kind = ExampleFindings.validationRules[finding.rule],
                  let path = ExampleFindings.path(of: finding, exampleName: exampleName) else { continue }
            let pattern = "GraphModelSupport.ExampleCheck.IssuePattern(\(SwiftEscaping.stringLiteral(path)), .\(kind))"
            if grouped[pattern] == nil { order.append(pattern) }
            grouped[pattern, default: (pattern, [])].findings.append(finding)
        }
        let predicted = order.map { pattern in
            PredictedIssueViewModel(
                patternLiteral: pattern,
                knownIssue: KnownIssueViewModel(commentLiteral: SwiftEscaping.stringLiteral(ExampleFindings.comment(for: grouped[pattern]!.findings))))
        }
        self.init(
            decodedType: decodedType, validationExpression: validationExpression, predictedIssues: predicted,
            predictedPatternsLiteral: "[" + order.joined(separator: ", ") + "]", polymorphic: polymorphic)
    }
}
