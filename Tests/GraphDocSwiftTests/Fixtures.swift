import GraphDocIR

/// Hand-built IR inputs (extraction is developed separately; these pin what generation gets).
enum Fixtures {
    static func at(_ file: String, _ line: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: 1) }

    static let resource = "docs-input/en-us/beta/resources/phoneauthenticationmethod.md"
    static let api = "docs-input/en-us/beta/api/authentication-post-phonemethods.md"

    static func property(
        _ name: String, _ type: String, collection: Bool = false, _ description: String = "", readOnly: Bool = false,
        nullable: Bool? = nil, required: Bool? = nil, inheritedFrom: String? = nil, enumName: String? = nil,
        constraints: PropertyConstraints? = nil, line: Int = 1, file: String = resource
    ) -> Property {
        Property(
            name: name, type: TypeReference(name: type, collection: collection), description: description,
            readOnly: readOnly, nullable: nullable, required: required, inheritedFrom: inheritedFrom, enum: enumName,
            constraints: constraints, origin: .resource, source: at(file, line))
    }

    static let phonePattern = #"\+\d{1,3} \d{10,}(x\d+)?"#

    /// Seed 001: phone authentication methods, their base types and enums.
    static let phoneModel = ApiModel(
        types: [
            TypeDefinition(
                name: "authenticationMethod", kind: .entity, baseType: "entity",
                description: "An abstract type that represents an authentication method.",
                properties: [property("createdDateTime", "DateTimeOffset", "When the method was registered.", readOnly: true, line: 20)],
                origin: .resource, isAbstract: true, sources: [at("docs-input/en-us/beta/resources/authenticationmethod.md", 10)]),
            TypeDefinition(
                name: "entity", kind: .entity, description: "The base of all entities.",
                properties: [property("id", "String", "The identifier.", readOnly: true, line: 5)],
                origin: .resource, isAbstract: true, sources: [at("docs-input/en-us/beta/resources/entity.md", 3)]),
            TypeDefinition(
                name: "phoneAuthenticationMethod", kind: .entity, baseType: "authenticationMethod",
                description: "Represents a phone number registered to a user.\nIt can be used for SMS and voice.",
                properties: [
                    property("id", "String", "The identifier.", readOnly: true, inheritedFrom: "entity", line: 30),
                    property(
                        "phoneNumber", "String", "The phone number to text or call for authentication.", required: true,
                        constraints: PropertyConstraints(
                            maxLength: 32, pattern: phonePattern, validExamples: ["+1 5555551234", "+1 5555551234x123"]),
                        line: 31),
                    property("phoneType", "authenticationPhoneType", "The type of this phone.", required: true, enumName: "authenticationPhoneType", line: 32),
                    property("smsSignInState", "String", "Whether SMS sign-in is ready.", readOnly: true, enumName: "phoneAuthenticationMethod.smsSignInState", line: 33),
                ],
                origin: .resource, sources: [at(resource, 14)]),
        ],
        enums: [
            EnumDefinition(
                name: "authenticationPhoneType",
                members: [EnumMember(name: "mobile"), EnumMember(name: "alternateMobile"), EnumMember(name: "office"), EnumMember(name: "unknownFutureValue")],
                origin: .table, sources: [at("docs-input/en-us/beta/resources/enums.md", 40)]),
            EnumDefinition(
                name: "phoneAuthenticationMethod.smsSignInState",
                members: [EnumMember(name: "notSupported"), EnumMember(name: "ready", description: "Ready to use."), EnumMember(name: "unknownFutureValue")],
                origin: .description, ownerType: "phoneAuthenticationMethod", ownerProperty: "smsSignInState",
                sources: [at(resource, 33)]),
        ],
        operations: [
            Operation(
                id: "authentication-post-phonemethods", title: "Create phoneAuthenticationMethod", apiVersion: "beta",
                page: api,
                routes: [Route(method: "POST", path: "/users/{id | userPrincipalName}/authentication/phoneMethods", source: at(api, 44))],
                requestBody: RequestBody(
                    type: TypeReference(name: "phoneAuthenticationMethod"),
                    properties: [
                        property("phoneNumber", "String", file: api),
                        property("phoneType", "String", file: api),
                    ],
                    required: ["phoneNumber", "phoneType"], readOnly: ["smsSignInState"]),
                responses: [ResponseDescription(status: 201, type: TypeReference(name: "phoneAuthenticationMethod"))],
                sources: [at(api, 12)]),
            Operation(
                id: "user-list-phones", title: "List phones", apiVersion: "v1.0", page: "docs-input/en-us/v1.0/api/user-list-phones.md",
                routes: [
                    Route(method: "GET", path: "/me/phones", source: at("x.md", 1)),
                    Route(method: "GET", path: "/users/{id}/phones", source: at("x.md", 2)),
                ],
                requestBody: RequestBody(
                    properties: [
                        property("note", "String", "A note.", constraints: PropertyConstraints(maxLength: 5)),
                        property("count", "Int32", constraints: PropertyConstraints(minimum: 0, maximum: 10)),
                    ],
                    required: ["note"]),
                parameters: [
                    OperationParameter(name: "startDateTime", location: .query, type: TypeReference(name: "DateTimeOffset"), required: true, source: at("x.md", 5)),
                    OperationParameter(name: "$top", location: .query, type: TypeReference(name: "Int32"), source: at("x.md", 6)),
                    OperationParameter(name: "phoneType", location: .function, type: TypeReference(name: "String"), enum: "authenticationPhoneType", source: at("x.md", 7)),
                ],
                responses: [ResponseDescription(status: 200, type: TypeReference(name: "phoneAuthenticationMethod", collection: true))]),
        ])

    /// Names chosen to break naive generators; the output must still compile.
    static let hostileWords = [
        "type", "Type", "default", "protocol", "Protocol", "self", "Self", "class", "struct", "init", "func", "in",
        "is", "as", "var", "let", "where", "return", "throws", "rethrows", "true", "nil", "super", "Any", "extension",
        "operator", "subscript", "deinit", "inout", "_", "1stPlace", "@odata.type", "@odata.id", "two-factor",
        "kebab-case-name", "snake_case_name", "additionalProperties", "odataTypeName", "validate", "encode",
        "rawValue", "description", "hashValue", "container", "validator", "decoder", "encoder", "String", "Int",
        "Swift", "Foundation", "GraphModelSupport", "Date", "Data", "Error", "Optional", "Array", "Codable",
        "undocumented", "unknown", "Operations", "value", "Value", "id", "ID", "Id", "name", "Name", "日本語",
        "with space", "quote\"d", "back\\slash", "$dollar", "x.y", "DEFAULT",
    ]

    /// A model whose type names, property names and enum members are all hostile words.
    static var hostileModel: ApiModel {
        // Type names must be distinct after mapping, so each gets a prefix; properties and members
        // use the raw words (collisions there are deduplicated, not errors).
        let typeWords = ["type", "protocol", "self", "default", "class", "error", "date", "data", "string", "optional", "swift", "graphModelSupport", "foundation", "any", "1stPlace", "two-factor"]
        var types = typeWords.map { word in
            TypeDefinition(
                name: word, description: "Type \(word)",
                properties: hostileWords.enumerated().map { index, w in
                    property(
                        w, index % 3 == 0 ? "String" : index % 7 == 0 ? "DateTimeOffset" : "Int32", collection: index % 11 == 0,
                        nullable: index % 5 == 0 ? true : nil, required: index % 4 == 0 ? true : nil,
                        constraints: PropertyConstraints(maxLength: 3, minimum: 0, maximum: 9, pattern: ##"[a-z"#\]+"##),
                        line: index + 1)
                },
                origin: .resource, sources: [at("hostile.md", 1)])
        }
        types.append(TypeDefinition(name: "empty", description: "No documented members.\r\nCRLF text.", origin: .resource))
        types.append(
            TypeDefinition(
                name: "holder", description: "Refers to hostile types and enums.",
                properties: typeWords.map { property("p" + $0, $0) } + [
                    property("kind", "String", enumName: "holder.type"),
                    property("self", "holder"),
                    property("children", "holder", collection: true),
                ],
                origin: .resource, sources: [at("hostile.md", 2)]))
        return ApiModel(
            types: types,
            enums: [
                EnumDefinition(name: "holder.type", members: hostileWords.map { EnumMember(name: $0) }, origin: .description, ownerType: "holder", ownerProperty: "type"),
                EnumDefinition(name: "in", members: hostileWords.map { EnumMember(name: $0) }, isFlags: true, origin: .table),
            ],
            operations: [
                Operation(id: "default-get-type", title: "Get \"type\"", apiVersion: nil, page: "hostile.md",
                          routes: [Route(method: "get", path: "/x/{type}/y('{self}')", source: at("hostile.md", 3))],
                          requestBody: RequestBody(properties: hostileWords.map { property($0, "String") }, required: ["type"]),
                          responses: [ResponseDescription(status: 204)]),
            ])
    }
}
