import GraphDocIR

/// The IR a correct extraction gives for the four seed pages in docs-input/, written by hand with the
/// pages' real lines and columns (code blocks start at their opening fence, as extraction records them), so lint's findings on the seeds can be checked before extraction lands.
enum SeedFixtures {
    static let addPhoneMethods = "docs-input/en-us/beta/api/add-phonemethods.md"
    static let addPhones = "docs-input/en-us/beta/api/add-phones.md"
    static let createPhoneMethod = "docs-input/en-us/beta/api/authentication-post-phonemethods.md"
    static let createPhoneMethodZh = "docs-input/zh-cn/beta/api/authentication-post-phonemethods.md"

    typealias F = Fixture

    static var pages: [PageFacts] { [seed001(), seed002(), seed003(), seed003zh()] }

    /// What the merged model holds (types and enums from all four pages; operations come from the
    /// pages' facts, which lint prefers).
    static var model: ApiModel {
        let pages = pages
        var types: [String: TypeDefinition] = [:]
        for type in pages.flatMap(\.types) {
            if var existing = types[type.name] {
                for property in type.properties where existing.member(named: property.name) == nil {
                    existing.properties.append(property)
                }
                types[type.name] = existing
            } else {
                types[type.name] = type
            }
        }
        // The merge applies what request-body prose states ("not smsSignInState (which is read-only)")
        // to the type, so every page's examples are checked against it.
        if var method = types["phoneAuthenticationMethod"],
           let index = method.properties.firstIndex(where: { $0.name == "smsSignInState" }) {
            method.properties[index].readOnly = true
            types["phoneAuthenticationMethod"] = method
        }
        return ApiModel(
            pages: pages.map(\.page), types: types.values.sorted { $0.name < $1.name },
            enums: pages.flatMap(\.enums), diagnostics: [])
    }

    // MARK: 001 add-phonemethods.md

    static func seed001() -> PageFacts {
        let file = addPhoneMethods
        let phoneType = F.enumeration(
            "phoneAuthenticationMethod.phoneType", ["mobile", "alternateMobile", "office", "unknownFutureValue"],
            origin: .description, owner: ("phoneAuthenticationMethod", "phoneType"))
        let smsSignInState = F.enumeration(
            "phoneAuthenticationMethod.smsSignInState",
            ["notSupported", "notAllowedByPolicy", "notEnabled", "phoneNumberNotUnique", "ready", "notConfigured", "unknownFutureValue"],
            origin: .description, owner: ("phoneAuthenticationMethod", "smsSignInState"))
        let tableProperties = [
            F.property("id", "String", file, line: 47, inheritedFrom: "entity", origin: .requestBody),
            F.property("phoneNumber", "String", file, line: 48, origin: .requestBody),
            F.property("phoneType", phoneType.name, file, line: 49, enum: phoneType.name, origin: .requestBody),
            F.property("smsSignInState", smsSignInState.name, file, line: 50, enum: smsSignInState.name, origin: .requestBody),
        ]
        let request = F.request(file, line: 66, "POST", "https://graph.microsoft.com/beta/me/authentication/phoneMethods", body: """
            {
              "@odata.type": "#microsoft.graph.phoneAuthenticationMethod",
              "phoneNumber": "Phone Number value",
              "phoneType": "String",
              "smsSignInState": "String"
            }
            """, bodyLine: 71, name: "create_phoneauthenticationmethod_from_")
        let response = F.response(file, line: 87, status: 201, body: """
            {
              "@odata.type": "#microsoft.graph.phoneAuthenticationMethod",
              "id": "274fa955-a955-274f-55a9-4f2755a94f27",
              "phoneNumber": "Phone Number value",
              "phoneType": "String",
              "smsSignInState": "String"
            }
            """, bodyLine: 92, odataType: "microsoft.graph.phoneauthenticationmethod")
        let operation = Operation(
            id: "add-phonemethods", title: "Add phoneMethods", apiVersion: "beta", page: file,
            routes: [Route(method: "POST", path: "/me/authentication/phoneMethods/$ref", source: F.at(file, 31))],
            requestBody: RequestBody(type: TypeReference(name: "phoneAuthenticationMethod"), properties: tableProperties),
            responses: [ResponseDescription(status: 201, type: TypeReference(name: "phoneAuthenticationMethod"), source: F.at(file, 55))],
            examples: [Example(name: "create_phoneauthenticationmethod_from_", request: request, response: response)],
            sources: [F.at(file, 10)])
        return PageFacts(
            page: PageInfo(path: file, locale: "en-US", apiVersion: "beta", kind: .operation, title: "Add phoneMethods", translation: nil),
            types: [F.type("phoneAuthenticationMethod", tableProperties, origin: .requestBody, file: file)],
            enums: [phoneType, smsSignInState], operation: operation,
            diagnostics: [
                Diagnostic(.placeholderText, "placeholder text 'TODO: Determine scopes'", at: F.at(file, 21, 37), subject: "TODO: Determine scopes"),
                Diagnostic(.placeholderText, "placeholder text 'TODO: Determine AppOnly scopes'", at: F.at(file, 23, 16), subject: "TODO: Determine AppOnly scopes"),
            ],
            exampleNames: ["create_phoneauthenticationmethod_from_"],
            sections: F.sections(file, [("permissions", 16), ("http-request", 25), ("request-headers", 34), ("request-body", 40), ("response", 54), ("examples", 57)]))
    }

    // MARK: 002 add-phones.md

    static func seed002() -> PageFacts {
        let file = addPhones
        let audiences = F.enumeration(
            "itemPhone.allowedAudiences",
            ["me", "family", "contacts", "groupMembers", "organization", "federatedOrganizations", "everyone", "unknownFutureValue"],
            origin: .description, owner: ("itemPhone", "allowedAudiences"))
        let phoneType = F.enumeration(
            "itemPhone.type", ["home", "business", "mobile", "other", "assistant", "homeFax", "businessFax", "otherFax", "pager", "radio"],
            origin: .description, owner: ("itemPhone", "type"))
        let tableProperties = [
            F.property("id", "String", file, line: 45, inheritedFrom: "entity", origin: .requestBody),
            F.property("allowedAudiences", "String", file, line: 46, enum: audiences.name, inheritedFrom: "itemFacet", origin: .requestBody),
            F.property("inference", "inferenceData", file, line: 47, inheritedFrom: "itemFacet", origin: .requestBody),
            F.property("createdDateTime", "DateTimeOffset", file, line: 48, inheritedFrom: "itemFacet", origin: .requestBody),
            F.property("createdBy", "identitySet", file, line: 49, inheritedFrom: "itemFacet", origin: .requestBody),
            F.property("lastModifiedDateTime", "DateTimeOffset", file, line: 50, inheritedFrom: "itemFacet", origin: .requestBody),
            F.property("lastModifiedBy", "identitySet", file, line: 51, inheritedFrom: "itemFacet", origin: .requestBody),
            F.property("displayName", "String", file, line: 52, origin: .requestBody),
            F.property("type", "String", file, line: 53, enum: phoneType.name, origin: .requestBody),
            F.property("number", "String", file, line: 54, origin: .requestBody),
        ]
        // Types only examples describe: their property types are inferred from the values.
        let inferenceData = F.type("inferenceData", [
            F.property("confidenceScore", "String", file, line: 80, origin: .example),
            F.property("userHasVerifiedAccuracy", "Boolean", file, line: 81, origin: .example),
        ], origin: .example, file: file)
        let identitySet = F.type("identitySet", [
            F.property("application", "identity", file, line: 85, origin: .example),
            F.property("device", "identity", file, line: 90, origin: .example),
            F.property("user", "identity", file, line: 93, origin: .example),
        ], origin: .example, file: file)
        let identity = F.type("identity", [
            F.property("id", "String", file, line: 87, origin: .example),
            F.property("displayName", "String", file, line: 88, origin: .example),
        ], origin: .example, file: file)
        let body = """
            {
              "@odata.type": "#microsoft.graph.itemPhone",
              "allowedAudiences": "String",
              "inference": {
                "@odata.type": "microsoft.graph.inferenceData",
                "confidenceScore": "Double",
                "userHasVerifiedAccuracy": true
              },
              "createdBy": {
                "@odata.type": "microsoft.graph.identitySet",
                "application": {
                  "@odata.type": "microsoft.graph.identity",
                  "id": "Id value",
                  "displayName": "Display Name value"
                },
                "device": {
                  "@odata.type": "microsoft.graph.identity"
                },
                "user": {
                  "@odata.type": "microsoft.graph.identity"
                }
              },
              "displayName": "Display Name value",
              "type": "String",
              "number": "Number value"
            }
            """
        let responseBody = """
            {
              "@odata.type": "#microsoft.graph.itemPhone",
              "id": "f87b6b30-6b30-f87b-306b-7bf8306b7bf8",
              "allowedAudiences": "String",
              "inference": {
                "@odata.type": "microsoft.graph.inferenceData",
                "confidenceScore": "Double",
                "userHasVerifiedAccuracy": true
              },
              "createdDateTime": "2017-01-01T00:00:46.1697867+03:00",
              "createdBy": {
                "@odata.type": "microsoft.graph.identitySet",
                "application": {
                  "@odata.type": "microsoft.graph.identity",
                  "id": "Id value",
                  "displayName": "Display Name value"
                },
                "device": {
                  "@odata.type": "microsoft.graph.identity"
                },
                "user": {
                  "@odata.type": "microsoft.graph.identity"
                }
              },
              "lastModifiedDateTime": "2016-12-31T23:58:46.8102575+03:00",
              "lastModifiedBy": {
                "@odata.type": "microsoft.graph.identitySet"
              },
              "displayName": "Display Name value",
              "type": "String",
              "number": "Number value"
            }
            """
        var request = F.request(file, line: 70, "POST", "https://graph.microsoft.com/docs\\api/me/profile/phones",
                                body: body, bodyLine: 75, name: "create_itemphone_from_")
        request.lineSource = F.at(file, 71)
        let response = F.response(file, line: 111, status: 201, body: responseBody, bodyLine: 116, odataType: "microsoft.graph.itemphone")
        let operation = Operation(
            id: "add-phones", title: "Add phones", apiVersion: "beta", page: file,
            routes: [Route(method: "POST", path: "/me/profile/phones/$ref", source: F.at(file, 29))],
            requestBody: RequestBody(type: nil, properties: tableProperties),
            responses: [ResponseDescription(status: 201, type: TypeReference(name: "itemPhone"), source: F.at(file, 59))],
            examples: [Example(name: "create_itemphone_from_", request: request, response: response)],
            sources: [F.at(file, 10)])
        return PageFacts(
            page: PageInfo(path: file, locale: "en-US", apiVersion: "beta", kind: .operation, title: "Add phones", translation: nil),
            types: [F.type("itemPhone", tableProperties, origin: .requestBody, file: file), inferenceData, identitySet, identity],
            enums: [audiences, phoneType], operation: operation,
            diagnostics: [
                Diagnostic(.placeholderText, "placeholder text 'TODO: Determine scopes'", at: F.at(file, 19, 37), subject: "TODO: Determine scopes"),
                Diagnostic(.placeholderText, "placeholder text 'TODO: Determine AppOnly scopes'", at: F.at(file, 21, 16), subject: "TODO: Determine AppOnly scopes"),
            ],
            exampleNames: ["create_itemphone_from_"],
            sections: F.sections(file, [("permissions", 14), ("http-request", 23), ("request-headers", 32), ("request-body", 38), ("response", 58), ("examples", 61)]))
    }

    // MARK: 003 authentication-post-phonemethods.md (en-US)

    static func seed003() -> PageFacts {
        let file = createPhoneMethod
        let phoneType = F.enumeration(
            "phoneAuthenticationMethod.phoneType", ["mobile", "alternateMobile", "office"],
            origin: .description, owner: ("phoneAuthenticationMethod", "phoneType"))
        let tableProperties = [
            F.property("phoneNumber", "String", file, line: 58, origin: .requestBody),
            F.property("phoneType", "String", file, line: 59, enum: phoneType.name, origin: .requestBody),
        ]
        let request = F.request(file, line: 78, "POST", "https://graph.microsoft.com/beta/users/kim@contoso.com/authentication/phoneMethods", body: """
            {
              "phoneNumber": "+1 2065555555",
              "phoneType": "mobile"
            }
            """, bodyLine: 82, name: "create_phoneauthenticationmethod_from_authentication")
        let response = F.response(file, line: 134, status: 201, body: """
            {
              "phoneNumber": "+1 2065555555",
              "phoneType": "phoneType-value",
              "smsSignInState": "ready",
              "id": "3179e48a-750b-4051-897c-87b9720928f7"
            }
            """, bodyLine: 138, odataType: "microsoft.graph.phoneAuthenticationMethod")
        let operation = Operation(
            id: "authentication-post-phonemethods", title: "Create phoneAuthenticationMethod", apiVersion: "beta", page: file,
            routes: [Route(method: "POST", path: "/users/{id | userPrincipalName}/authentication/phoneMethods", source: F.at(file, 42))],
            requestBody: RequestBody(
                type: TypeReference(name: "phoneAuthenticationMethod"), properties: tableProperties,
                required: ["phoneNumber", "phoneType"], readOnly: ["smsSignInState"]),
            responses: [ResponseDescription(status: 201, type: TypeReference(name: "phoneAuthenticationMethod"), source: F.at(file, 63))],
            examples: [Example(name: "create_phoneauthenticationmethod_from_authentication", request: request, response: response)],
            sources: [F.at(file, 12)])
        return PageFacts(
            page: PageInfo(path: file, locale: "en-US", apiVersion: "beta", kind: .operation, title: "Create phoneAuthenticationMethod", translation: nil),
            types: [F.type("phoneAuthenticationMethod", tableProperties, origin: .requestBody, file: file)],
            enums: [phoneType], operation: operation,
            exampleNames: ["create_phoneauthenticationmethod_from_authentication"],
            sections: F.sections(file, [("permissions", 26), ("http-request", 37), ("request-headers", 45), ("request-body", 52), ("response", 61), ("examples", 65)]))
    }

    // MARK: 003 authentication-post-phonemethods.md (zh-CN, side by side)

    static func seed003zh() -> PageFacts {
        let file = createPhoneMethodZh
        let request = F.request(file, line: 84, "POST", "https://graph.microsoft.com/beta/me/authentication/phoneMethods", body: """
            {
              "phoneNumber": "+1 2065555555",
              "phoneType": "mobile",
            }
            """, bodyLine: 88, name: "create_phoneauthenticationmethod_from_authentication")
        let response = F.response(file, line: 120, status: 201, body: """
            {
              "phoneNumber": "+1 2065555555",
              "phoneType": "phoneType-value",
              "smsSignInState": "ready",
              "id": "3179e48a-750b-4051-897c-87b9720928f7"
            }
            """, bodyLine: 124, odataType: "microsoft.graph.phoneAuthenticationMethod")
        let operation = Operation(
            id: "authentication-post-phonemethods", title: "创建 phoneAuthenticationMethod", apiVersion: "beta", page: file,
            routes: [
                Route(method: "POST", path: "/me/authentication/phoneMethods", source: F.at(file, 48)),
                Route(method: "POST", path: "/users/{id}/authentication/phoneMethods", source: F.at(file, 49)),
            ],
            requestBody: RequestBody(
                type: TypeReference(name: "phoneAuthenticationMethod"), properties: [
                    F.property("phoneNumber", "String", file, line: 65, origin: .requestBody),
                    F.property("phoneType", "String", file, line: 66, enum: "phoneAuthenticationMethod.phoneType", origin: .requestBody),
                ], required: ["phoneNumber", "phoneType"], readOnly: ["smsSignInState"]),
            responses: [ResponseDescription(status: 201, type: TypeReference(name: "phoneAuthenticationMethod"), source: F.at(file, 70))],
            examples: [Example(name: "create_phoneauthenticationmethod_from_authentication", request: request, response: response)],
            sources: [F.at(file, 15)])
        return PageFacts(
            page: PageInfo(path: file, locale: "zh-CN", apiVersion: "beta", kind: .operation, title: "创建 phoneAuthenticationMethod",
                           translation: TranslationInfo(type: "MT", sideBySide: true), englishPage: createPhoneMethod),
            operation: operation,
            diagnostics: [
                Diagnostic(.exampleJSONInvalid, "request body of example 'create_phoneauthenticationmethod_from_authentication' is not valid JSON: trailing comma before '}'",
                           at: F.at(file, 90, 24), subject: "create_phoneauthenticationmethod_from_authentication/request"),
                Diagnostic(.translationDrift, "routes differ from the English page", at: F.at(file, 48), subject: "routes"),
            ],
            exampleNames: ["create_phoneauthenticationmethod_from_authentication"],
            sections: F.sections(file, [("permissions", 27), ("http-request", 43), ("request-headers", 52), ("request-body", 59), ("response", 68), ("examples", 72)]))
    }
}
