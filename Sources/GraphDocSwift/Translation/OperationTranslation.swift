import GraphDocIR

extension SwiftModelTranslator {
    /// The operation files and the `Operations` namespace file.
    func operationUnits() -> [RenderUnit] {
        guard !model.operations.isEmpty else { return [] }
        var units: [RenderUnit] = []
        let vocabulary = OperationNaming.vocabulary(for: model)
        let names = OperationNaming.names(for: model.operations, vocabulary: vocabulary)
        for (operation, name) in zip(model.operations, names) {
            let vm = operationViewModel(for: operation, name: name, vocabulary: vocabulary)
            units.append(RenderUnit(path: "Operations/Operations.\(name.namespace).\(name.typeName).swift", template: .operation, value: vm))
        }
        units.append(
            RenderUnit(
                path: "Operations/Operations.swift", template: .operationsNamespace,
                value: NamespaceViewModel(
                    access: options.accessLevel.rawValue, swiftName: "Operations",
                    namespaces: Set(names.map(\.namespace)).sorted())))
        return units
    }

    /// A generated model type spelled with the module name, for places where another name may shadow
    /// it: inside `Operations.Event` the namespace shadows the model `Event`, and test files also
    /// import Testing, whose `Tag` or `Issue` would be ambiguous with a model's. Arrays keep their
    /// brackets (`[GraphModels.User]`); runtime and standard types are left alone.
    func moduleQualified(_ swiftType: String) -> String {
        if swiftType.hasPrefix("["), swiftType.hasSuffix("]") {
            return "[" + moduleQualified(String(swiftType.dropFirst().dropLast())) + "]"
        }
        guard !swiftType.hasPrefix("GraphModelSupport."), !swiftType.hasPrefix("Swift."), !swiftType.hasPrefix("Foundation."),
              let first = swiftType.first, first.isLetter || first == "_" else { return swiftType }
        return "\(options.moduleName).\(swiftType)"
    }

    func operationViewModel(for operation: Operation, name: OperationName, vocabulary: OperationNaming.Vocabulary) -> OperationViewModel {
        let access = options.accessLevel.rawValue
        let swiftName = name.typeName
        var requestBodyType = "GraphModelSupport.NoBody"
        var requestBodyTypeLiteral = "nil"
        var requestBodyStruct: [StructViewModel] = []
        var checks: [RequestCheckViewModel] = []
        if operation.takesReference {
            // The prose links the type of the object referred to; the body is only its address.
            requestBodyType = "GraphModelSupport.ODataReference"
            requestBodyTypeLiteral = SwiftEscaping.stringLiteral("ODataReference")
        } else if let body = operation.requestBody {
            var bodyProperties: [Property] = body.properties
            if let reference = body.type, let typeName = types.swiftName(ofType: reference.name) {
                requestBodyType = reference.collection ? "[\(moduleQualified(typeName))]" : moduleQualified(typeName)
                requestBodyTypeLiteral = SwiftEscaping.stringLiteral(reference.collection ? "[\(typeName)]" : typeName)
                bodyProperties = reference.collection ? [] : typesByKey[SwiftTypeMapper.key(reference.name)].map(flattenedProperties) ?? []
            } else if !body.properties.isEmpty {
                requestBodyType = "RequestBody"
                requestBodyTypeLiteral = SwiftEscaping.stringLiteral("\(name.namespace).\(swiftName).RequestBody")
                // An anonymous body is no Graph type: it has no `@odata.type` of its own to send.
                requestBodyStruct = [
                    structViewModel(
                        swiftName: "RequestBody", graphName: operation.id + ".requestBody", odataTypeName: "",
                        description: "The request body of \(operation.title).", source: operation.sources.first,
                        properties: body.properties.map { property in
                            var copy = property
                            copy.required = copy.required ?? body.required.contains(property.name)
                            return copy
                        }, qualifiesTypes: true)
                ]
                bodyProperties = []
            }
            let names = SwiftNaming.deduplicated(bodyProperties.map { SwiftNaming.memberName($0.name) })
            for (property, name) in zip(bodyProperties, names) {
                if body.required.contains(property.name) && property.required != true {
                    checks.append(RequestCheckViewModel(method: "required", swiftName: SwiftNaming.escaped(name), jsonNameLiteral: SwiftEscaping.stringLiteral(property.name)))
                }
                if body.readOnly.contains(property.name) && !property.readOnly {
                    checks.append(RequestCheckViewModel(method: "readOnly", swiftName: SwiftNaming.escaped(name), jsonNameLiteral: SwiftEscaping.stringLiteral(property.name)))
                }
            }
        }
        let success = operation.successResponse
        let response = responseBody(success?.type)
        let parameters = operation.parameters.map { parameter in
            OperationParameterViewModel(
                nameLiteral: SwiftEscaping.stringLiteral(parameter.name), location: parameter.location.rawValue,
                typeLiteral: SwiftEscaping.stringLiteral(moduleQualified(types.map(parameter.type, enumName: parameter.enum).swiftType)),
                isRequired: parameter.required == true)
        }
        let signatures = operation.routes.map { RouteSignature(templatePath: $0.templatePath, cased: vocabulary.cased) }
        return OperationViewModel(
            access: access, namespace: name.namespace, swiftName: swiftName,
            docLines: DocLines.make(operation.title, source: operation.sources.first, fallback: nil),
            idLiteral: SwiftEscaping.stringLiteral(operation.id), titleLiteral: SwiftEscaping.stringLiteral(operation.title),
            apiVersionLiteral: operation.apiVersion.map(SwiftEscaping.stringLiteral) ?? "nil",
            routes: zip(operation.routes, signatures).map(routeViewModel), requestBodyType: requestBodyType,
            requestBodyTypeLiteral: requestBodyTypeLiteral, requestBodyStruct: requestBodyStruct,
            responseBodyType: response.swiftType, responseTypeLiteral: response.literal,
            responseIsCollection: success?.type?.collection ?? false, successStatus: success?.status ?? 200,
            isUpdate: !operation.routes.isEmpty && operation.routes.allSatisfy { $0.method.uppercased() == "PATCH" }, requestChecks: checks,
            operationParameters: parameters, hasOperationParameters: !parameters.isEmpty,
            requestFunctions: requestFunctions(
                operation, name: name, signatures: signatures, sendsBody: requestBodyType != "GraphModelSupport.NoBody",
                isCollection: success?.type?.collection ?? false, successStatus: success?.status ?? 200))
    }

    /// What a success answer decodes into: a page for a collection (Graph wraps it in `value` with
    /// paging links), the model itself, a primitive or enum inside its `{"value": ...}` wrapper, or
    /// nothing.
    func responseBody(_ reference: TypeReference?) -> (swiftType: String, literal: String) {
        guard let reference else { return ("GraphModelSupport.NoContent", "nil") }
        let mapping = types.map(reference)
        let literal = SwiftEscaping.stringLiteral(mapping.element)
        let element = moduleQualified(mapping.element)
        if reference.collection { return ("GraphModelSupport.GraphCollectionPage<\(element)>", literal) }
        if mapping.modelType != nil || mapping.element == "GraphModelSupport.JSONValue" { return (element, literal) }
        return ("GraphModelSupport.GraphValueWrapper<\(element)>", literal)
    }

    func routeViewModel(_ route: Route, _ signature: RouteSignature) -> RouteViewModel {
        let parameters = signature.parameters.map { parameter in
            RouteParameterViewModel(
                nameLiteral: SwiftEscaping.stringLiteral(parameter.swiftName),
                placeholderLiteral: SwiftEscaping.stringLiteral(parameter.placeholder), typeLiteral: "\"Swift.String\"")
        }
        return RouteViewModel(
            methodLiteral: SwiftEscaping.stringLiteral(route.method.uppercased()),
            templateLiteral: SwiftEscaping.stringLiteral(route.templatePath), parameters: parameters, hasParameters: !parameters.isEmpty)
    }
}
