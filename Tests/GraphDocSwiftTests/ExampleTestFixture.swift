import GraphDocIR

extension Fixtures {
    static let zhApi = "docs-input/zh-cn/beta/api/authentication-post-phonemethods.md"
    static let refApi = "docs-input/en-us/beta/api/add-phonemethods.md"

    static func request(_ url: String, _ body: String?, valid: Bool = true, lenient: JSONValue? = nil, file: String = api, line: Int) -> HttpMessage {
        HttpMessage(
            method: "POST", url: url, body: lenient ?? body.flatMap(parse), bodyText: body ?? "", bodyIsValidJSON: valid,
            bodySource: body == nil ? nil : at(file, line + 3), source: at(file, line))
    }

    static func response(_ status: Int, _ body: String?, file: String = api, line: Int) -> HttpMessage {
        HttpMessage(status: status, body: body.flatMap(parse), bodyText: body ?? "", source: at(file, line))
    }

    /// A tiny reader for the flat JSON of these fixtures (extraction owns the real one).
    static func parse(_ text: String) -> JSONValue? {
        struct Reader {
            var scalars: [Character]
            var i = 0
            mutating func skip() { while i < scalars.count, scalars[i].isWhitespace || scalars[i] == "," { i += 1 } }
            mutating func value() -> JSONValue {
                skip()
                switch scalars[i] {
                case "{":
                    i += 1
                    var members: [JSONMember] = []
                    while true {
                        skip()
                        if scalars[i] == "}" { i += 1; return .object(members) }
                        guard case .string(let key) = value() else { return .null }
                        skip()
                        i += 1  // ':'
                        members.append(JSONMember(key: key, value: value()))
                    }
                case "[":
                    i += 1
                    var items: [JSONValue] = []
                    while true {
                        skip()
                        if scalars[i] == "]" { i += 1; return .array(items) }
                        items.append(value())
                    }
                case "\"":
                    i += 1
                    var s = ""
                    while scalars[i] != "\"" { s.append(scalars[i]); i += 1 }
                    i += 1
                    return .string(s)
                default:
                    var word = ""
                    while i < scalars.count, !",}] \n".contains(scalars[i]) { word.append(scalars[i]); i += 1 }
                    return word == "true" ? .bool(true) : word == "false" ? .bool(false) : word == "null" ? .null : .number(word)
                }
            }
        }
        var reader = Reader(scalars: Array(text))
        return reader.value()
    }

    /// The phone model with examples on every operation: valid, placeholder, read-only, trailing
    /// comma (translated page), unparseable, `$ref` route, collection and error responses.
    static var exampleModel: ApiModel {
        var model = phoneModel
        model.operations[0].examples = [
            Example(
                name: "create_phone",
                request: request(
                    "https://graph.microsoft.com/beta/users/kim@contoso.com/authentication/phoneMethods",
                    "{\n  \"phoneNumber\": \"+1 2065555555\",\n  \"phoneType\": \"String\",\n  \"smsSignInState\": \"ready\"\n}", line: 80),
                response: response(201, "{\n  \"id\": \"1\",\n  \"phoneNumber\": \"+1 2065555555\",\n  \"phoneType\": \"mobile\"\n}", line: 95)),
            Example(
                name: "error_example",
                request: request("https://graph.microsoft.com/beta/me/authentication/phoneMethods", "{\"phoneType\": \"mobile\"}", line: 110),
                response: response(400, "{\"error\": {\"code\": \"badRequest\"}}", line: 120)),
        ]
        model.operations[0].translations = [
            OperationTranslation(
                locale: "zh-CN", page: zhApi, title: "创建 phoneAuthenticationMethod",
                routes: [Route(method: "POST", path: "/me/authentication/phoneMethods", source: at(zhApi, 48))],
                examples: [
                    Example(
                        name: "create_phone",
                        request: request(
                            "https://graph.microsoft.com/beta/me/authentication/phoneMethods",
                            "{\n  \"phoneNumber\": \"+1 2065555555\",\n  \"phoneType\": \"mobile\",\n}", valid: false,
                            lenient: .object([JSONMember(key: "phoneNumber", value: .string("+1 2065555555")), JSONMember(key: "phoneType", value: .string("mobile"))]),
                            file: zhApi, line: 84),
                        response: nil),
                    Example(
                        name: "truncated",
                        request: request(
                            "https://graph.microsoft.com/beta/me/authentication/phoneMethods", "{\n  \"phoneType\": \"mobile\",\n  ...\n}",
                            valid: false, lenient: .object([JSONMember(key: "phoneType", value: .string("mobile"))]), file: zhApi, line: 100),
                        response: nil),
                ]),
        ]
        model.operations[1].examples = [
            Example(
                name: "list_phones", request: HttpMessage(method: "GET", url: "https://graph.microsoft.com/v1.0/me/phones?$top=1", source: at("x.md", 30)),
                response: response(
                    200, "{\"@odata.context\": \"ctx\", \"value\": [{\"id\": \"1\", \"phoneType\": \"mobile\", \"@odata.type\": \"#microsoft.graph.phoneAuthenticationMethod\"}]}",
                    file: "x.md", line: 40)),
        ]
        model.operations.append(Operation(
            id: "add-phonemethods", title: "Add phoneMethods", apiVersion: "beta", page: refApi,
            routes: [Route(method: "POST", path: "/me/authentication/phoneMethods/$ref", source: at(refApi, 31))],
            requestBody: RequestBody(type: TypeReference(name: "phoneAuthenticationMethod")),
            responses: [ResponseDescription(status: 201, type: TypeReference(name: "phoneAuthenticationMethod"))],
            examples: [
                Example(
                    name: "add_ref",
                    request: request(
                        "https://graph.microsoft.com/beta/me/authentication/phoneMethods", "{\"phoneNumber\": \"+1 2065555555\"}",
                        file: refApi, line: 66),
                    response: response(204, nil, file: refApi, line: 80)),
            ],
            sources: [at(refApi, 1)]))
        return model
    }

    /// What lint says about `exampleModel`, plus findings the tests must not attach anywhere.
    static let exampleFindings: [Diagnostic] = [
        Diagnostic(.examplePlaceholderValue, "request example 'create_phone' has placeholder \"String\" for 'phoneType'", at: at(api, 82), subject: "create_phone/request/phoneType"),
        Diagnostic(.exampleReadOnlyProperty, "request example 'create_phone' sends read-only property 'smsSignInState'", at: at(api, 83), subject: "create_phone/request/smsSignInState"),
        Diagnostic(.exampleJSONInvalid, "example body is not valid JSON: trailing comma", at: at(zhApi, 90), subject: "create_phone:trailing comma"),
        Diagnostic(.exampleJSONInvalid, "example body is not valid JSON: '...'", at: at(zhApi, 105), subject: "truncated:ellipsis"),
        Diagnostic(.routeExampleUnmatched, "request example 'add_ref' URL matches no documented route", at: at(refApi, 66), subject: "add_ref/request"),
        Diagnostic(.routeRefWithObjectBody, "route 'POST /me/authentication/phoneMethods/$ref' adds a reference, but example 'add_ref' sends a full object", at: at(refApi, 31), subject: "add_ref/request/POST /me/authentication/phoneMethods/$ref"),
        // Another example of the same page and method sends a reference: the finding is not its.
        Diagnostic(.routeRefWithObjectBody, "route 'POST /me/authentication/phoneMethods/$ref' adds a reference, but example 'other' sends a full object", at: at(refApi, 31), subject: "other/request/POST /me/authentication/phoneMethods/$ref"),
        Diagnostic(.exampleStatusMismatch, "response example 'add_ref' has status 204, but the page states 201", at: at(refApi, 80), subject: "add_ref/response"),
        // Not about any example message's checks.
        Diagnostic(.placeholderText, "TODO", at: at(api, 20), subject: "TODO"),
        // Another example's subject on a line inside create_phone's request: not create_phone's.
        Diagnostic(.examplePlaceholderValue, "misplaced", at: at(api, 84), subject: "other_example/request/phoneNumber"),
    ]
}
