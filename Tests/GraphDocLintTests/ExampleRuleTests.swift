import GraphDocIR
import Testing
@testable import GraphDocLint

@Suite struct ExampleRuleTests {
    typealias F = Fixture
    static let file = "api/create-widget.md"

    /// A `widget` resource with a read-only id, an enum, numbers, a date and a complex property.
    static var widgetPages: [PageFacts] {
        let widget = F.type("widget", [
            F.property("id", "String", readOnly: true),
            F.property("displayName", "String"),
            F.property("size", "Int32"),
            F.property("score", "Double"),
            F.property("enabled", "Boolean"),
            F.property("createdDateTime", "DateTimeOffset"),
            F.property("color", "widgetColor"),
            F.property("tags", "String", collection: true),
            F.property("owner", "identity"),
            F.property("days", "dayOfWeek"),
            F.property("thumbnail", "Binary"),
            F.property("interval", "Duration"),
        ], base: "entity")
        let entity = F.type("entity", [F.property("etag", "String")])
        let identity = F.type("identity", [F.property("displayName", "String")])
        let resource = PageFacts(
            page: F.page("res/widget.md", kind: .resource), types: [widget, entity, identity],
            enums: [F.enumeration("widgetColor", ["red", "green", "unknownFutureValue"]),
                    F.enumeration("dayOfWeek", ["monday", "tuesday"], isFlags: true)],
            sections: F.sections("res/widget.md", [("properties", 3)]))
        return [resource]
    }

    static func page(method: String = "POST", request body: String, response: String? = nil, requestBody: RequestBody? = nil) -> PageFacts {
        F.operationPage(
            file, routes: [("POST", "/widgets"), ("PATCH", "/widgets/{id}")],
            request: F.request(file, line: 40, method, method == "POST" ? "https://graph.microsoft.com/beta/widgets" : "https://graph.microsoft.com/beta/widgets/1",
                               body: body, bodyLine: 44, name: "create_widget"),
            response: response.map { F.response(file, line: 60, status: 201, body: $0, bodyLine: 64, odataType: "microsoft.graph.widget") },
            requestBody: requestBody ?? RequestBody(type: TypeReference(name: "widget")), exampleName: "create_widget")
    }

    static func run(_ rule: any LintRule, _ page: PageFacts) -> [Diagnostic] {
        F.findings(rule, pages: widgetPages + [page])
    }

    // MARK: example-property-unknown

    @Test func unknownPropertyIsReportedAtItsKey() {
        let findings = Self.run(ExamplePropertyUnknownRule(), Self.page(request: """
            {
              "displayName": "Blue widget",
              "colour": "red"
            }
            """))
        #expect(findings.count == 1)
        #expect(findings.first.map { ($0.line, $0.column) } ?? (0, 0) == (46, 3))
        #expect(findings.first?.message.contains("'colour'") == true)
    }

    /// Directory extension properties are the tenant's, not the type's: no page can list them.
    @Test func directoryExtensionPropertiesAreNotUnknown() {
        let findings = Self.run(ExamplePropertyUnknownRule(), Self.page(request: """
            {
              "displayName": "Blue widget",
              "extension_fe2174665583431c953114ff7268b7b3_Education_Zip": "98052",
              "extension_fe21746655_Zip": "98052"
            }
            """))
        #expect(findings.map(\.subject) == ["create_widget/request/extension_fe21746655_Zip"])
        #expect(!ExamplePropertyUnknownRule.isDirectoryExtensionName("extension_fe2174665583431c953114ff7268b7b3_"))
    }

    /// A successful response is read as the type the response section names, as the generated test
    /// decodes it, whatever type the example's annotation names.
    @Test func successfulResponsesAreReadAsTheDocumentedType() {
        var page = Self.page(request: "{\n  \"displayName\": \"x\"\n}", response: "{\n  \"displayName\": \"x\",\n  \"size\": 1\n}")
        page.operation?.responses = [ResponseDescription(status: 201, type: TypeReference(name: "identity"))]
        #expect(Self.run(ExamplePropertyUnknownRule(), page).map(\.subject) == ["create_widget/response/size"])
        page.operation?.responses = []
        #expect(Self.run(ExamplePropertyUnknownRule(), page).isEmpty)
    }

    /// An annotation naming a type derived from the documented one narrows it (place-list's rooms,
    /// whose items carry no `@odata.type`): the body is read as the annotated type.
    @Test func annotatedDerivedTypesNarrowTheDocumentedResponseType() {
        var page = Self.page(request: "{\n  \"displayName\": \"x\"\n}", response: "{\n  \"size\": 1,\n  \"colour\": \"red\"\n}")
        page.operation?.responses = [ResponseDescription(status: 201, type: TypeReference(name: "entity"))]
        let findings = Self.run(ExamplePropertyUnknownRule(), page)
        #expect(findings.map(\.subject) == ["create_widget/response/colour"])
        #expect(findings.first?.message.contains("which widget does not document") == true)
    }

    @Test func inheritedNestedAndAnnotatedPropertiesAreKnown() {
        let findings = Self.run(ExamplePropertyUnknownRule(), Self.page(request: """
            {
              "@odata.type": "#microsoft.graph.widget",
              "etag": "W/1",
              "owner": { "displayName": "Kim" },
              "owner@odata.bind": "https://graph.microsoft.com/beta/users/1"
            }
            """))
        #expect(findings.isEmpty)
        let nested = Self.run(ExamplePropertyUnknownRule(), Self.page(request: """
            {
              "owner": { "displayName": "Kim", "mail": "kim@contoso.com" }
            }
            """))
        #expect(nested.map(\.subject) == ["create_widget/request/owner.mail"])
    }

    @Test func singleEntityValueWrapperIsReadAsTheEntity() {
        let page = F.operationPage(
            Self.file, routes: [("GET", "/widgets/{id}")], request: F.request(Self.file, line: 40, "GET", "/widgets/1"),
            response: F.response(Self.file, line: 60, body: "{\n  \"value\": {\n    \"displayName\": \"x\",\n    \"colour\": \"red\"\n  }\n}", bodyLine: 64, odataType: "microsoft.graph.widget"))
        let findings = F.findings(ExamplePropertyUnknownRule(), pages: Self.widgetPages + [page])
        #expect(findings.map(\.subject) == ["example_1/response/value.colour"])
    }

    /// A type with its own `value` property that cannot hold objects: `{"value": [...]}` and
    /// `{"value": {...}}` of objects still wrap the type's items or entity.
    @Test func valueWrappersOfATypeWithItsOwnValueProperty() {
        var pages = Self.widgetPages
        pages[0].types[0].properties.append(F.property("value", "Boolean"))
        func findings(_ body: String) -> [Diagnostic] {
            let page = F.operationPage(
                Self.file, routes: [("GET", "/widgets")], request: F.request(Self.file, line: 40, "GET", "/widgets"),
                response: F.response(Self.file, line: 60, body: body, bodyLine: 64, odataType: "microsoft.graph.widget"))
            return F.findings(ExamplePropertyUnknownRule(), pages: pages + [page])
                + F.findings(ExamplePropertyTypeMismatchRule(), pages: pages + [page])
        }
        #expect(findings("{\n  \"value\": [\n    { \"displayName\": \"x\", \"colour\": \"red\", \"value\": true }\n  ]\n}").map(\.subject)
                == ["example_1/response/value[0].colour"])
        #expect(findings("{\n  \"value\": {\n    \"displayName\": \"x\", \"value\": false, \"colour\": \"red\"\n  }\n}").map(\.subject)
                == ["example_1/response/value.colour"])
        // The type's own value, beside its other properties, is read as the property.
        let own = findings("{\n  \"displayName\": \"x\",\n  \"value\": [{ \"a\": 1 }]\n}")
        #expect(own.count == 1)
        #expect(own.first?.rule == RuleID.examplePropertyTypeMismatch.id)
    }

    @Test func subNamespaceTypesResolve() {
        var pages = Self.widgetPages
        pages[0].types.append(TypeDefinition(name: "session", namespace: "microsoft.graph.callRecords", origin: .resource, sources: [F.at("res.md", 1)]))
        let page = Self.page(request: "{\n  \"owner\": { \"@odata.type\": \"#microsoft.graph.callRecords.session\" }\n}")
        #expect(F.findings(ExampleODataTypeUnknownRule(), pages: pages + [page]).isEmpty)
    }

    @Test func freeFormAndPropertylessTypesAreNotJudged() {
        var pages = Self.widgetPages
        pages[0].types[0].properties.append(F.property("extra", "Json"))
        pages[0].types.append(F.type("Json", []))
        pages[0].types.append(F.type("settingValue", []))
        pages[0].types[0].properties.append(F.property("setting", "settingValue"))
        let page = Self.page(request: "{\n  \"extra\": { \"anything\": 1 },\n  \"setting\": { \"name\": \"x\" }\n}")
        #expect(F.findings(ExamplePropertyUnknownRule(), pages: pages + [page]).isEmpty)
    }

    @Test func subNamespaceTypesFiledUnderMicrosoftGraphResolve() {
        var pages = Self.widgetPages
        pages[0].types.append(F.type("clientUserAgent", [F.property("productFamily", "String")], base: "identity"))
        let page = Self.page(request: "{\n  \"owner\": { \"@odata.type\": \"#microsoft.graph.callRecords.clientUserAgent\", \"productFamily\": \"x\" }\n}")
        #expect(F.findings(ExamplePropertyUnknownRule(), pages: pages + [page]).isEmpty)
        #expect(F.findings(ExampleODataTypeUnknownRule(), pages: pages + [page]).isEmpty)
    }

    @Test func openTypesAcceptAnything() {
        var pages = Self.widgetPages
        pages[0].types[0].isOpen = true
        let findings = F.findings(ExamplePropertyUnknownRule(), pages: pages + [Self.page(request: "{\n  \"anything\": 1\n}")])
        #expect(findings.isEmpty)
    }

    // MARK: example-property-type-mismatch

    @Test func typeMismatchesAreReported() {
        let findings = Self.run(ExamplePropertyTypeMismatchRule(), Self.page(request: """
            {
              "size": "10",
              "score": 1.5,
              "enabled": "true",
              "createdDateTime": "2017-01-01",
              "tags": "a",
              "owner": "Kim",
              "color": 2,
              "thumbnail": "MIIDYDCCAki...",
              "interval": "5 minutes"
            }
            """))
        #expect(findings.map(\.subject) == [
            "create_widget/request/size", "create_widget/request/enabled", "create_widget/request/createdDateTime",
            "create_widget/request/tags", "create_widget/request/owner", "create_widget/request/color",
            "create_widget/request/thumbnail", "create_widget/request/interval",
        ])
    }

    @Test func wellTypedValuesPass() {
        let findings = Self.run(ExamplePropertyTypeMismatchRule(), Self.page(request: """
            {
              "size": 10,
              "score": "NaN",
              "enabled": false,
              "createdDateTime": "2017-01-01T00:00:46.1697867+03:00",
              "tags": ["a", "b"],
              "owner": { "displayName": "Kim" },
              "color": "red",
              "displayName": null,
              "thumbnail": "iVBORw0KGgo=",
              "interval": "PT5M"
            }
            """))
        #expect(findings.isEmpty)
    }

    // MARK: example-placeholder-value

    @Test func placeholdersInTypedSlotsAreReported() {
        let findings = Self.run(PlaceholderValueRule(), Self.page(request: """
            {
              "color": "widgetColor-value",
              "score": "Double",
              "enabled": "Boolean",
              "size": "notSet | small | large",
              "owner": "String"
            }
            """))
        #expect(findings.count == 5)
        #expect(findings.first?.message.contains("expected one of red, green, unknownFutureValue") == true)
    }

    /// A key the documented type lacks is example-property-unknown's: the models keep its value as it came.
    @Test func placeholdersOfUndocumentedKeysAreNotTyped() {
        #expect(Self.run(PlaceholderValueRule(), Self.page(request: "{\n  \"deletedDateTime\": \"String (timestamp)\",\n  \"colour\": \"Int32\"\n}")).isEmpty)
    }

    /// A type name that is a member of the slot's enum is a value, not a placeholder.
    @Test func enumMembersNamedLikeTypesAreValues() {
        var pages = Self.widgetPages
        pages[0].enums[0].members.append(EnumMember(name: "String"))
        let findings = F.findings(PlaceholderValueRule(), pages: pages + [Self.page(request: "{\n  \"color\": \"String\"\n}")])
        #expect(findings.isEmpty)
        #expect(Self.run(PlaceholderValueRule(), Self.page(request: "{\n  \"color\": \"String\"\n}")).count == 1)
    }

    @Test func placeholdersInFreeTextArePermitted() {
        let findings = Self.run(PlaceholderValueRule(), Self.page(request: """
            {
              "displayName": "Display Name value",
              "tags": ["String"],
              "color": "green"
            }
            """))
        #expect(findings.isEmpty)
    }

    /// A Binary placeholder that is base64url text is a valid value of its type; one that is not is reported.
    @Test func binaryPlaceholdersCountOnlyWhenNotBase64() {
        let findings = Self.run(PlaceholderValueRule(), Self.page(request: """
            {
              "thumbnail": "Binary"
            }
            """))
        #expect(findings.isEmpty)
        let invalid = Self.run(PlaceholderValueRule(), Self.page(request: """
            {
              "thumbnail": "Thumbnail value"
            }
            """))
        #expect(invalid.map(\.subject) == ["create_widget/request/thumbnail"])
    }

    // MARK: example-enum-value-unknown

    @Test func enumValuesOutsideTheListAreReported() {
        let findings = Self.run(ExampleEnumValueRule(), Self.page(request: """
            {
              "color": "Red",
              "days": "monday,friday"
            }
            """))
        #expect(findings.count == 2)
        #expect(findings[0].message.contains("differs in case from 'red'"))
        #expect(findings[1].subject == "create_widget/request/days=friday")
    }

    /// A body that is a collection of the type (onenote page-update's patch commands) is checked item
    /// by item, at paths `[i].key`, as the generated models check an array.
    @Test func itemsOfACollectionBodyAreChecked() {
        let page = Self.page(request: """
            [
              { "color": "Red", "colour": "x" },
              { "id": "1", "color": "green" }
            ]
            """, requestBody: RequestBody(type: TypeReference(name: "widget", collection: true)))
        #expect(Self.run(ExampleEnumValueRule(), page).compactMap(\.subject) == ["create_widget/request/[0].color=Red"])
        #expect(Self.run(ExamplePropertyUnknownRule(), page).count == 1)
        #expect(Self.run(ExampleReadOnlyPropertyRule(), page).first?.message.contains("'[1].id'") == true)
    }

    @Test func documentedEnumValuesPass() {
        let findings = Self.run(ExampleEnumValueRule(), Self.page(request: """
            {
              "color": "unknownFutureValue",
              "days": "monday, tuesday",
              "tags": ["x"]
            }
            """))
        #expect(findings.isEmpty)
    }

    @Test func commaListsOfMembersPassForNonFlagsEnums() {
        let findings = Self.run(ExampleEnumValueRule(), Self.page(request: "{\n  \"color\": \"red,green\"\n}"))
        #expect(findings.isEmpty)
    }

    /// An action's parameter table (a body that names no type) describes the body; a body that names
    /// a documented type is that type, as the generated models decode it.
    @Test func requestTableDescribesOnlyBodiesWithoutADocumentedType() {
        let parameters = RequestBody(properties: [F.property("owner", "String", origin: .requestBody)])
        #expect(Self.run(ExamplePropertyTypeMismatchRule(), Self.page(request: "{\n  \"owner\": \"Kim\"\n}", requestBody: parameters)).isEmpty)
        let typed = RequestBody(type: TypeReference(name: "widget"), properties: [F.property("owner", "String", origin: .requestBody)])
        let findings = Self.run(ExamplePropertyTypeMismatchRule(), Self.page(request: "{\n  \"owner\": \"Kim\"\n}", requestBody: typed))
        #expect(findings.map(\.subject) == ["create_widget/request/owner"])
    }

    // MARK: example-read-only-property

    @Test func readOnlyPropertyInRequest() {
        let findings = Self.run(ExampleReadOnlyPropertyRule(), Self.page(request: "{\n  \"id\": \"1\",\n  \"displayName\": \"x\"\n}"))
        #expect(findings.map(\.subject) == ["create_widget/request/id"])
        let byTable = Self.run(ExampleReadOnlyPropertyRule(), Self.page(
            request: "{\n  \"displayName\": \"x\"\n}",
            requestBody: RequestBody(type: TypeReference(name: "widget"), readOnly: ["displayName"])))
        #expect(byTable.count == 1)
    }

    /// A request body is read as the generated operation decodes it: the section's own table outranks
    /// the `@odata.type` of the example's annotation.
    @Test func aRequestBodyTableOutranksTheAnnotationsType() {
        let table = RequestBody(properties: [F.property("id", "String")])
        var page = Self.page(request: "{\n  \"id\": \"1\"\n}", requestBody: table)
        page.operation?.examples[0].request?.odataType = "microsoft.graph.widget"
        #expect(Self.run(ExampleReadOnlyPropertyRule(), page).isEmpty)
        page.operation?.requestBody = nil
        #expect(Self.run(ExampleReadOnlyPropertyRule(), page).map(\.subject) == ["create_widget/request/id"])
    }

    /// ... and the `@odata.type` the payload itself names: the generated operation decodes the table.
    @Test func aRequestBodyTableOutranksThePayloadsOwnType() {
        let table = RequestBody(properties: [F.property("id", "String")])
        var page = Self.page(request: "{\n  \"@odata.type\": \"#microsoft.graph.widget\",\n  \"id\": \"1\"\n}", requestBody: table)
        #expect(Self.run(ExampleReadOnlyPropertyRule(), page).isEmpty)
        page.operation?.requestBody = nil
        #expect(Self.run(ExampleReadOnlyPropertyRule(), page).map(\.subject) == ["create_widget/request/id"])
    }

    @Test func readOnlyPropertyInResponseIsFine() {
        let findings = Self.run(ExampleReadOnlyPropertyRule(), Self.page(
            request: "{\n  \"displayName\": \"x\"\n}", response: "{\n  \"id\": \"1\",\n  \"displayName\": \"x\"\n}"))
        #expect(findings.isEmpty)
    }

    // MARK: example-required-property-missing

    @Test func requiredPropertyMissingFromCreate() {
        // The page's prose, and its table when the body names no documented type.
        let typed = RequestBody(type: TypeReference(name: "widget"), properties: [F.property("size", "Int32", required: true)], required: ["displayName"])
        let findings = Self.run(ExampleRequiredPropertyRule(), Self.page(request: "{\n  \"color\": \"red\"\n}", requestBody: typed))
        #expect(findings.map(\.subject) == ["create_widget/request/displayName"], "a typed body is that type, as the models decode it")
        #expect(findings.first?.line == 44)
        let untyped = RequestBody(properties: [F.property("size", "Int32", required: true), F.property("color", "String")])
        #expect(Self.run(ExampleRequiredPropertyRule(), Self.page(request: "{\n  \"color\": \"red\"\n}", requestBody: untyped))
            .map(\.subject) == ["create_widget/request/size"])
    }

    @Test func requiredMembersOfDocumentedTypesAtAnyDepth() {
        let event = F.type("event", [F.property("subject", "String", required: true), F.property("recurrence", "patternedRecurrence")])
        let recurrence = F.type("patternedRecurrence", [F.property("pattern", "String", required: true), F.property("range", "String")])
        let types = PageFacts(page: F.page("res/event.md", kind: .resource), types: [event, recurrence], enums: [], sections: [])
        let page = F.operationPage(
            Self.file, routes: [("POST", "/widgets")],
            request: F.request(Self.file, line: 40, "POST", "https://graph.microsoft.com/beta/widgets",
                               body: "{\n  \"recurrence\": {\"range\": \"x\"}\n}", bodyLine: 44, name: "create_widget"),
            requestBody: RequestBody(type: TypeReference(name: "event")), exampleName: "create_widget")
        let findings = F.findings(ExampleRequiredPropertyRule(), pages: [types, page])
        #expect(Set(findings.compactMap(\.subject)) == ["create_widget/request/subject", "create_widget/request/recurrence.pattern"])
    }

    @Test func requiredPropertiesPresentOrPatchPass() {
        let body = RequestBody(type: TypeReference(name: "widget"), required: ["displayName", "DisablePasswordExpiration"])
        // `DisablePasswordExpiration` is no property (a value misread as one): not required of the example.
        #expect(Self.run(ExampleRequiredPropertyRule(), Self.page(request: "{\n  \"displayName\": \"x\"\n}", requestBody: body)).isEmpty)
        #expect(Self.run(ExampleRequiredPropertyRule(), Self.page(method: "PATCH", request: "{\n  \"color\": \"red\"\n}", requestBody: body)).isEmpty)
    }

    /// A `$ref` route takes a reference, whatever the prose links: the linked type's required and
    /// read-only members say nothing about `{"@odata.id": ...}`. A whole object sent to a `$ref`
    /// route (a wrong route) is still checked as the type.
    @Test func referenceBodiesAreNotCheckedAsTheLinkedType() {
        let policy = F.type("tokenIssuancePolicy", [
            F.property("displayName", "String", required: true), F.property("id", "String", readOnly: true),
        ])
        let types = PageFacts(page: F.page("res/policy.md", kind: .resource), types: [policy], enums: [], sections: [])
        func page(_ body: String) -> PageFacts {
            F.operationPage(
                Self.file, routes: [("POST", "/applications/{id}/tokenIssuancePolicies/$ref")],
                request: F.request(Self.file, line: 40, "POST", "https://graph.microsoft.com/beta/applications/1/tokenIssuancePolicies/$ref",
                                   body: body, bodyLine: 44, name: "add_policy"),
                requestBody: RequestBody(type: TypeReference(name: "tokenIssuancePolicy")), exampleName: "add_policy")
        }
        let reference = page("{\n  \"@odata.id\": \"https://graph.microsoft.com/v1.0/policies/tokenIssuancePolicies/1\"\n}")
        #expect(F.findings(ExampleRequiredPropertyRule(), pages: [types, reference]).isEmpty)
        let wholeObject = page("{\n  \"id\": \"1\"\n}")
        #expect(F.findings(ExampleRequiredPropertyRule(), pages: [types, wholeObject]).compactMap(\.subject) == ["add_policy/request/displayName"])
        #expect(F.findings(ExampleReadOnlyPropertyRule(), pages: [types, wholeObject]).count == 1)
        #expect(F.findings(RouteRefWithObjectBodyRule(), pages: [types, wholeObject]).count == 1)
    }

    // MARK: example-odata-type-mismatch

    /// The widget response example's annotation against the type the response section states.
    static func annotationFindings(documented: String?, status: Int = 201) -> [Diagnostic] {
        var page = Self.page(request: "{\n  \"displayName\": \"x\"\n}", response: "{\n  \"displayName\": \"x\"\n}")
        page.operation?.responses = documented.map { [ResponseDescription(status: status, type: TypeReference(name: $0))] } ?? []
        page.operation?.examples[0].response?.status = status
        return Self.run(ExampleODataTypeMismatchRule(), page)
    }

    @Test func annotationsContradictingTheDocumentedResponseType() {
        let findings = Self.annotationFindings(documented: "identity")
        #expect(findings.map(\.subject) == ["create_widget/response/annotation=widget"])
        #expect(findings.first?.message == "response example 'create_widget' is annotated as widget, but the page's response is identity, which widget does not derive from")
        #expect(findings.first?.line == 60)
    }

    /// The documented type itself, an ancestor of it (less precise, not wrong), a type derived from
    /// it, no documented type, or an error response: nothing to report.
    @Test func annotationsAgreeingWithTheDocumentedResponseType() {
        #expect(Self.annotationFindings(documented: "widget").isEmpty)
        #expect(Self.annotationFindings(documented: "microsoft.graph.Widget").isEmpty)
        #expect(Self.annotationFindings(documented: "entity").isEmpty)
        #expect(Self.annotationFindings(documented: nil).isEmpty)
        #expect(Self.annotationFindings(documented: "identity", status: 400).isEmpty)
        var pages = Self.widgetPages
        pages[0].types.append(F.type("gadget", [F.property("size", "Int32")], base: "widget"))
        var page = Self.page(request: "{}", response: "{}")
        page.operation?.responses = [ResponseDescription(status: 201, type: TypeReference(name: "gadget"))]
        #expect(F.findings(ExampleODataTypeMismatchRule(), pages: pages + [page]).isEmpty)
        // Another definition of the same name in another case (a translation's) is the same type.
        pages[0].types.append(F.type("Widget", [F.property("size", "Int32")]))
        page.operation?.responses = [ResponseDescription(status: 201, type: TypeReference(name: "Widget"))]
        #expect(F.findings(ExampleODataTypeMismatchRule(), pages: pages + [page]).isEmpty)
    }

    // MARK: example-odata-type-unknown

    @Test func unknownODataTypes() {
        let findings = Self.run(ExampleODataTypeUnknownRule(), Self.page(request: """
            {
              "@odata.type": "#microsoft.graph.widgit",
              "owner": { "@odata.type": "#microsoft.graph.Identity" }
            }
            """))
        #expect(findings.count == 2)
        #expect(findings[0].message.contains("no page describes"))
        #expect(findings[1].message.contains("differs in case"))
    }

    @Test func knownAndForeignODataTypesPass() {
        let findings = Self.run(ExampleODataTypeUnknownRule(), Self.page(request: """
            {
              "@odata.type": "#microsoft.graph.widget",
              "owner": { "@odata.type": "#Microsoft.OutlookServices.Contact" }
            }
            """, response: "{\n  \"id\": \"1\"\n}"))
        // The response annotation is lower-case-insensitive: `microsoft.graph.widget` resolves.
        #expect(findings.isEmpty)
    }
}

@Suite struct ExampleResponseNotCollectionRuleTests {
    typealias F = Fixture
    static let file = "api/list-widgets.md"

    static func page(_ body: String, isCollection: Bool = false, documented: TypeReference?) -> PageFacts {
        var page = F.operationPage(
            file, routes: [("GET", "/widgets")],
            request: F.request(file, line: 40, "GET", "https://graph.microsoft.com/v1.0/widgets", body: nil, bodyLine: 44, name: "list_widgets"),
            response: F.response(file, line: 60, status: 200, body: body, bodyLine: 64, odataType: "microsoft.graph.widget", isCollection: isCollection),
            exampleName: "list_widgets")
        page.operation?.responses = documented.map { [ResponseDescription(status: 200, type: $0)] } ?? []
        return page
    }

    @Test func oneObjectWhereACollectionIsStated() {
        let collection = TypeReference(name: "widget", collection: true)
        let findings = F.findings(ExampleResponseNotCollectionRule(), pages: [Self.page(#"{"id": "1"}"#, documented: collection)])
        #expect(findings.map(\.message) == ["response example 'list_widgets' is one object, but the page states a collection of widget (a `value` array)"])
        #expect(findings.map(\.line) == [64])
        // The annotation's isCollection states it as well.
        #expect(F.findings(ExampleResponseNotCollectionRule(), pages: [Self.page(#"{"id": "1"}"#, isCollection: true, documented: nil)]).count == 1)
        // A page of items, or one object where one object is stated, is fine.
        #expect(F.findings(ExampleResponseNotCollectionRule(), pages: [Self.page(#"{"value": [{"id": "1"}]}"#, documented: collection)]).isEmpty)
        #expect(F.findings(ExampleResponseNotCollectionRule(), pages: [Self.page(#"{"id": "1"}"#, documented: TypeReference(name: "widget"))]).isEmpty)
    }
}
