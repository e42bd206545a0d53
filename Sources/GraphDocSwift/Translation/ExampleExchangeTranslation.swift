import GraphDocIR

extension ExampleTestTranslator {
    /// The end-to-end test of an example that shows a request and a success response: `nil` when the
    /// request cannot be built through a route's function (its URL matches no route of its method, a
    /// required parameter is missing from it) or when a body cannot be sent or read as written (not
    /// JSON, or an answer shaped unlike the operation's response type, which the message tests report).
    func exchangeTest(
        example: Example, label: String, operation: GraphDocIR.Operation, name: OperationName, descriptor: OperationViewModel,
        vocabulary: OperationNaming.Vocabulary, request: ExampleMessageTestViewModel, response: ExampleMessageTestViewModel
    ) -> ExampleExchangeTestViewModel? {
        guard let sent = example.request, let answer = example.response, let method = sent.method, let url = sent.url,
              let status = answer.status, (200..<300).contains(status),
              !request.json5, !request.decodesLenientText, !response.json5, !response.decodesLenientText
        else { return nil }
        let sendsBody = descriptor.requestBodyType != "GraphModelSupport.NoBody"
        guard sendsBody == (sent.body != nil) else { return nil }
        // The answer must have the shape `send` decodes: the documented type or one derived from it
        // (the base struct keeps a derived type's members), a page where a page is documented, or
        // nothing when no type is documented.
        if descriptor.responseBodyType != "GraphModelSupport.NoContent" {
            guard let decoded = response.decode.first?.decodedType else { return nil }
            func shape(_ type: String) -> String {
                for wrapper in ["GraphModelSupport.GraphCollectionPage<", "GraphModelSupport.GraphValueWrapper<", "["] where type.hasPrefix(wrapper) {
                    return wrapper
                }
                return "model"
            }
            // Another model (or page of models) than the documented one is a type derived from it, or
            // the annotated type where the documented one is unknown and answered as JSON.
            let documentedShape = shape(descriptor.responseBodyType)
            guard decoded == "Operation.ResponseBody" || decoded == descriptor.responseBodyType
                || (shape(decoded) == documentedShape && documentedShape != "[")
            else { return nil }
        }
        for function in descriptor.requestFunctions {
            let route = operation.routes[function.routeIndex]
            guard route.method.uppercased() == method.uppercased() else { continue }
            let signature = RouteSignature(templatePath: route.templatePath, cased: vocabulary.cased)
            guard let match = ExampleURLMatch.match(url, signature) else { continue }
            var arguments = zip(signature.parameters, match.arguments).map { "\(SwiftNaming.escaped($0.swiftName)): \(SwiftEscaping.stringLiteral($1))" }
            var extra = match.extraQuery
            var missingRequired = false
            for parameter in translator.documentedQueryParameters(operation, signature: signature) {
                let index = extra.firstIndex { $0.name.caseInsensitiveCompare(parameter.name) == .orderedSame }
                if let index {
                    arguments.append("\(SwiftNaming.escaped(parameter.swiftName)): \(SwiftEscaping.stringLiteral(extra[index].value))")
                    extra.remove(at: index)
                } else if parameter.isRequired {
                    missingRequired = true
                }
            }
            if missingRequired { continue }
            if sendsBody { arguments.append("body: requestBody") }
            let call = "\(translator.options.moduleName).Operations.\(name.namespace).\(function.name)(\(arguments.joined(separator: ", ")))"
            let responseLines = answer.body != nil ? SwiftRawLiteral.lines(answer.bodyText) : []
            return ExampleExchangeTestViewModel(
                displayNameLiteral: SwiftEscaping.stringLiteral(label + ": sent and answered"),
                requestBodyLines: sendsBody ? SwiftRawLiteral.lines(sent.bodyText) : [], hasRequestBody: sendsBody,
                cannedResponse: answer.body != nil
                    ? "GraphModelTesting.CannedResponse.json(responseText, status: \(status))"
                    : "GraphModelTesting.CannedResponse(status: \(status))",
                responseBodyLines: responseLines, hasResponseBody: answer.body != nil, callExpression: call,
                queryCalls: extra.map {
                    QueryCallViewModel(nameLiteral: SwiftEscaping.stringLiteral($0.name), valueExpression: SwiftEscaping.stringLiteral($0.value))
                },
                methodLiteral: SwiftEscaping.stringLiteral(method.uppercased()), urlLiteral: SwiftEscaping.stringLiteral(url))
        }
        return nil
    }
}
