import GraphDocIR

extension SwiftModelTranslator {
    /// The methods a request function can send, as `HTTPRequest.Method` members.
    static let requestMethods: [String: String] = ["GET": "get", "POST": "post", "PATCH": "patch", "PUT": "put", "DELETE": "delete"]

    /// One request function per route: overloads of the operation's name told apart by their labels
    /// (`listEvents()`, `listEvents(userId:)`, `listEvents(userId:calendarId:)`). Two routes with the
    /// same labels (`/me/events/{id}` and `/me/calendar/events/{id}`) cannot both be overloads; the
    /// later one is named after the segment that sets it apart (`getViaCalendar(eventId:)`), its OData
    /// item (`/attachments/{id}/$value` -> `getValue(...)`), or, when the earlier route holds all its
    /// segments, its first (`/chats/{id}` after `/me/chats/{id}` -> `getViaChats(chatId:)`).
    func requestFunctions(
        _ operation: Operation, name: OperationName, signatures: [RouteSignature], sendsBody: Bool, isCollection: Bool,
        successStatus: Int
    ) -> [RequestFunctionViewModel] {
        var used: [[String]: [String]] = [:]
        var functionNames: Set<String> = []
        var result: [RequestFunctionViewModel] = []
        for (routeIndex, (route, signature)) in zip(operation.routes, signatures).enumerated() {
            guard let method = Self.requestMethods[route.method.uppercased()] else { continue }
            let documented = documentedQueryParameters(operation, signature: signature)
            let labels = signature.labels + documented.map(\.swiftName)
            var functionName = name.member
            if let earlier = used[labels] {
                let segments = Self.literalSegments(signature.pathTemplate)
                let base: String
                if let item = segments.last, item.hasPrefix("$"), !earlier.contains(item) {
                    // An OData item names what the route reads (`/attachments/{id}/$value` -> `getValue`).
                    base = name.member + SwiftNaming.upperFirst(SwiftNaming.memberName(String(item.dropFirst())))
                } else {
                    // The segment that sets the route apart, or (a route the earlier one contains) its first.
                    let words = segments.filter { !$0.hasPrefix("$") }
                    let distinct = words.last { !earlier.contains($0) } ?? words.first ?? route.method.lowercased()
                    base = name.member + "Via" + SwiftNaming.upperFirst(SwiftNaming.memberName(distinct))
                }
                functionName = base
                var counter = 2
                while functionNames.contains(functionName + "/" + labels.joined(separator: ",")) {
                    functionName = base + String(counter)
                    counter += 1
                }
            } else {
                used[labels] = Self.literalSegments(signature.pathTemplate)
            }
            functionNames.insert(functionName + "/" + labels.joined(separator: ","))
            result.append(requestFunction(
                routeIndex: routeIndex, route: route, signature: signature, documented: documented, functionName: functionName, typeName: name.typeName,
                method: method, sendsBody: sendsBody, isCollection: isCollection, successStatus: successStatus))
        }
        return result
    }

    /// A query parameter the page's table documents and the route does not write itself.
    struct DocumentedQueryParameter {
        var name: String
        var swiftName: String
        var isRequired: Bool
    }

    /// The documented query parameters a route's function takes, named apart from its path labels.
    /// OData system options (`$top`) are the request's own methods and are left out.
    func documentedQueryParameters(_ operation: Operation, signature: RouteSignature) -> [DocumentedQueryParameter] {
        let written = Set(signature.queryItems.map { $0.name.lowercased() })
        var taken = Set(signature.labels.map { $0.lowercased() }).union(RouteSignature.reservedLabels)
        var result: [DocumentedQueryParameter] = []
        for parameter in operation.parameters where parameter.location == .query {
            guard !parameter.name.hasPrefix("$"), !written.contains(parameter.name.lowercased()) else { continue }
            let label = RouteSignature.uniqueLabel(SwiftNaming.memberName(parameter.name), taken: &taken)
            result.append(DocumentedQueryParameter(name: parameter.name, swiftName: label, isRequired: parameter.required == true))
        }
        return result
    }

    func requestFunction(
        routeIndex: Int, route: Route, signature: RouteSignature, documented: [DocumentedQueryParameter], functionName: String, typeName: String,
        method: String, sendsBody: Bool, isCollection: Bool, successStatus: Int
    ) -> RequestFunctionViewModel {
        var parameters = signature.parameters.map { "\(SwiftNaming.escaped($0.swiftName)): Swift.String" }
        var docs = signature.parameters.map { parameter in
            switch parameter.component {
            case .path:
                "- Parameter \(parameter.swiftName): The route's `{\(SwiftEscaping.commentText(parameter.placeholder))}`."
            case .query(let name):
                "- Parameter \(parameter.swiftName): The `{\(SwiftEscaping.commentText(parameter.placeholder))}` of the query option `\(SwiftEscaping.commentText(name))`."
            }
        }
        for parameter in documented {
            parameters.append("\(SwiftNaming.escaped(parameter.swiftName)): Swift.String\(parameter.isRequired ? "" : "? = nil")")
            docs.append("- Parameter \(parameter.swiftName): The query parameter `\(SwiftEscaping.commentText(parameter.name))`\(parameter.isRequired ? " (required)" : "").")
        }
        if sendsBody {
            parameters.append("body: \(typeName).RequestBody")
            docs.append("- Parameter body: What the request sends.")
        }
        var queryCalls = signature.queryItems.map { item in
            QueryCallViewModel(nameLiteral: SwiftEscaping.stringLiteral(item.name), valueExpression: valueExpression(item, signature: signature))
        }
        queryCalls += documented.map {
            QueryCallViewModel(nameLiteral: SwiftEscaping.stringLiteral($0.name), valueExpression: SwiftNaming.escaped($0.swiftName))
        }
        let options = method == "get" ? (isCollection ? "CollectionQueryOptions" : "EntityQueryOptions") : "NoQueryOptions"
        let arguments = signature.parameters.filter { $0.component == .path }.map { SwiftNaming.escaped($0.swiftName) }
        return RequestFunctionViewModel(
            routeIndex: routeIndex, name: SwiftNaming.escaped(functionName),
            summary: SwiftEscaping.commentText("The `\(route.method.uppercased()) \(route.templatePath)` request of ``\(typeName)``."),
            parameterDocs: docs, hasParameterDocs: !docs.isEmpty, parameterList: parameters.joined(separator: ", "),
            returnType: "GraphModelSupport.GraphRequest<\(typeName).ResponseBody, GraphModelSupport.\(options)>",
            method: method, templateLiteral: SwiftEscaping.stringLiteral(signature.pathTemplate),
            arguments: arguments.joined(separator: ", "), bodyArgument: sendsBody ? ", body: body" : "",
            successStatus: successStatus, queryCalls: queryCalls)
    }

    /// A query option's value as a `String` expression: a parameter, a literal, or both joined.
    func valueExpression(_ item: RouteSignature.QueryItem, signature: RouteSignature) -> String {
        let pieces = item.value.map { piece in
            switch piece {
            case .literal(let text): SwiftEscaping.stringLiteral(text)
            case .parameter(let index): SwiftNaming.escaped(signature.parameters[index].swiftName)
            }
        }
        switch pieces.count {
        case 0: return "\"\""
        case 1: return pieces[0]
        default: return "[" + pieces.joined(separator: ", ") + "].joined()"
        }
    }

    /// The literal segments of a path that are words or OData items (`/me/calendar/events/{id}/$value`
    /// -> `me`, `calendar`, `events`, `$value`).
    static func literalSegments(_ path: String) -> [String] {
        path.split(separator: "/").filter { segment in
            let word = segment.hasPrefix("$") ? segment.dropFirst() : segment[...]
            return !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }.map(String.init)
    }
}
