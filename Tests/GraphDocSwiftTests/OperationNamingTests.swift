import GraphDocIR
import Testing

@testable import GraphDocSwift

/// Route placeholders become distinct, named parameters.
@Suite struct RouteSignatureTests {
    func names(_ template: String) -> [String] { RouteSignature(templatePath: template).labels }

    @Test func aKeyIsNamedAfterTheCollectionItIndexes() {
        #expect(names("/me/calendars/{id}/events/{id}") == ["calendarId", "eventId"])
        #expect(names("/users/{id | userPrincipalName}/calendarGroups/{id}/calendars/{id}") == ["userId", "calendarGroupId", "calendarId"])
        #expect(names("/policies/{id}") == ["policyId"])
        #expect(names("/me/mailboxes/{key}/children/{key2}") == ["mailboxId", "childId"])
        // A type cast or an OData item names no collection.
        #expect(names("/users/{id}/microsoft.graph.user/{id}") == ["userId", "userId2"])
        #expect(names("/{id}") == ["id"])
    }

    @Test func aPlaceholderWithItsOwnNameKeepsIt() {
        #expect(names("/drives/{drive-id}/items/{item-id}") == ["driveId", "itemId"])
        #expect(names("/me/drive/root:/{item-path}:/content") == ["itemPath"])
    }

    @Test func keysInsideASegmentAndFunctionArgumentsAreNamedByTheirContext() {
        #expect(names("/sites/{site-id}/lists('{id}')") == ["siteId", "listId"])
        #expect(names("/reports/getEmailActivityCounts(period='{period_value}')") == ["period"])
        #expect(names("/me/reminderView(startDateTime={start},endDateTime={end})") == ["startDateTime", "endDateTime"])
    }

    @Test func queryPlaceholdersAreNamedAfterTheirOptionAndLeaveThePath() {
        let signature = RouteSignature(templatePath: "/me/calendars/{id}/calendarView?startDateTime={start_datetime}&endDateTime={end_datetime}&$top=5")
        #expect(signature.pathTemplate == "/me/calendars/{id}/calendarView")
        #expect(signature.labels == ["calendarId", "startDateTime", "endDateTime"])
        #expect(signature.parameters.map(\.component) == [.path, .query(name: "startDateTime"), .query(name: "endDateTime")])
        #expect(signature.queryItems.map(\.name) == ["startDateTime", "endDateTime", "$top"])
        #expect(signature.queryItems[2].value == [.literal("5")])
    }

    @Test func labelsAreUniqueAndNeverTheBodyLabel() {
        #expect(names("/a/{x}/b/{x}") == ["x", "x2"])
        #expect(names("/notes/{body}") == ["body2"])
    }

    @Test func lowerCaseSegmentsTakeThePagesSpelling() {
        var vocabulary = OperationNaming.Vocabulary()
        vocabulary.addWords(of: "/me/calendarGroups/{id}")
        #expect(RouteSignature(templatePath: "/me/calendargroups/{id}", cased: vocabulary.cased).labels == ["calendarGroupId"])
    }
}

@Suite struct EnglishInflectionTests {
    @Test func pluralsBecomeSingular() {
        #expect(EnglishInflection.singular("policies") == "policy")
        #expect(EnglishInflection.singular("mailboxes") == "mailbox")
        #expect(EnglishInflection.singular("calendarGroups") == "calendarGroup")
        #expect(EnglishInflection.singular("children") == "child")
        #expect(EnglishInflection.singular("branches") == "branch")
        #expect(EnglishInflection.singular("status") == "status")
        #expect(EnglishInflection.singular("analysis") == "analysis")
        #expect(EnglishInflection.singular("me") == "me")
    }
}

/// Operations are named from the structure of their page name and routes.
@Suite struct OperationNamingTests {
    static let here = SourceLocation(file: "p.md", line: 1, column: 1)

    func operation(_ id: String, _ method: String, _ path: String, collection: Bool = false) -> Operation {
        Operation(
            id: id, title: "A title in any language", apiVersion: "v1.0", page: id + ".md",
            routes: [Route(method: method, path: path, source: Self.here)],
            responses: [ResponseDescription(status: 200, type: TypeReference(name: "thing", collection: collection))])
    }

    func names(_ operations: [Operation], types: [String] = []) -> [String] {
        let model = ApiModel(types: types.map { TypeDefinition(name: $0, origin: .resource) }, operations: operations)
        return OperationNaming.names(for: model.operations, vocabulary: OperationNaming.vocabulary(for: model))
            .map { "\($0.namespace).\($0.member)" }
    }

    @Test func resourceThenVerb() {
        #expect(names([
            operation("calendar-list-events", "GET", "/me/calendar/events"),
            operation("event-tentativelyaccept", "POST", "/me/events/{id}/tentativelyAccept"),
            operation("user-list", "GET", "/users"),
            operation("calendar-getschedule", "POST", "/me/calendar/getSchedule"),
        ]) == ["Calendar.listEvents", "Event.tentativelyAccept", "User.list", "Calendar.getSchedule"])
    }

    /// An area prefix before the resource (`intune-deviceconfig-<resource>-get`) is not the resource.
    @Test func theResourceIsTheWordBeforeTheVerb() {
        #expect(names(
            [operation("intune-deviceconfig-androidcustomconfiguration-get", "GET", "/deviceManagement/deviceConfigurations/{id}")],
            types: ["microsoft.graph.androidCustomConfiguration"]) == ["AndroidCustomConfiguration.get"])
    }

    @Test func creatingNamesOneMember() {
        #expect(names([
            operation("user-post-events", "POST", "/me/events"),
            operation("group-add-members", "POST", "/groups/{id}/members/$ref"),
        ]) == ["User.createEvent", "Group.addMember"])
    }

    /// A page named by its verb alone takes its resource from the route.
    @Test func aPageNamedByItsVerbTakesItsResourceFromTheRoute() {
        #expect(names([operation("add-phonemethods", "POST", "/me/authentication/phoneMethods/$ref")]) == ["Authentication.addPhoneMethod"])
    }

    @Test func namesAreUniqueInANamespace() {
        #expect(names([operation("user-get", "GET", "/me"), operation("user-get", "GET", "/users/{id}")]) == ["User.get", "User.get2"])
    }

    @Test func keywordsAreNoProblem() {
        let model = ApiModel(operations: [operation("protocol-import", "POST", "/protocols/{id}/import")])
        let name = OperationNaming.names(for: model.operations, vocabulary: OperationNaming.vocabulary(for: model))[0]
        #expect(name.namespace == "Protocol_")
        #expect(name.member == "import")
        #expect(SwiftNaming.escaped(name.member) == "`import`")
    }
}

/// One request function per route, overloads told apart by their labels.
@Suite struct RequestFunctionTests {
    static let here = SourceLocation(file: "event-get.md", line: 1, column: 1)

    func functions(_ routes: [(String, String)], parameters: [OperationParameter] = [], collection: Bool = false) -> [RequestFunctionViewModel] {
        let operation = Operation(
            id: "event-get", title: "Get event", apiVersion: "v1.0", page: "event-get.md",
            routes: routes.map { Route(method: $0.0, path: $0.1, source: Self.here) }, parameters: parameters,
            responses: [ResponseDescription(status: 200, type: TypeReference(name: "event", collection: collection))])
        let model = ApiModel(types: [TypeDefinition(name: "event", origin: .resource)], operations: [operation])
        let translator = SwiftModelTranslator(model: model, options: GeneratorOptions())
        let vocabulary = OperationNaming.vocabulary(for: model)
        let name = OperationNaming.names(for: model.operations, vocabulary: vocabulary)[0]
        return translator.operationViewModel(for: operation, name: name, vocabulary: vocabulary).requestFunctions
    }

    @Test func everyRouteGetsAFunctionWithItsOwnLabels() {
        let made = functions([("GET", "/me/events/{id}"), ("GET", "/users/{id}/events/{id}"), ("GET", "/me/calendar/events/{id}")])
        #expect(made.map(\.name) == ["get", "get", "getViaCalendar"])
        #expect(made.map(\.parameterList) == ["eventId: Swift.String", "userId: Swift.String, eventId: Swift.String", "eventId: Swift.String"])
        #expect(made.map(\.arguments) == ["eventId", "userId, eventId", "eventId"])
        #expect(made[0].returnType == "GraphModelSupport.GraphRequest<Get.ResponseBody, GraphModelSupport.EntityQueryOptions>")
    }

    @Test func repeatedLabelsTakeTheirItemOrTheirFirstSegment() {
        let made = functions([
            ("GET", "/me/chats/{id}"), ("GET", "/chats/{id}"), ("GET", "/me/chats/{id}/$value"), ("GET", "/chats/{id}"),
        ])
        #expect(made.map(\.name) == ["get", "getViaChats", "getValue", "getViaChats2"])
    }

    @Test func queryOptionsFollowTheMethodAndTheResponse() {
        #expect(functions([("GET", "/me/events")], collection: true)[0].returnType.hasSuffix("CollectionQueryOptions>"))
        #expect(functions([("DELETE", "/me/events/{id}")])[0].returnType.hasSuffix("NoQueryOptions>"))
        // A method the runtime cannot send gets no function.
        #expect(functions([("MERGE", "/me/events/{id}")]).isEmpty)
    }

    @Test func documentedQueryParametersAreArguments() {
        let made = functions(
            [("GET", "/me/calendarView?startDateTime={start}")],
            parameters: [
                OperationParameter(name: "startDateTime", location: .query, type: TypeReference(name: "String"), required: true, source: Self.here),
                OperationParameter(name: "endDateTime", location: .query, type: TypeReference(name: "String"), required: true, source: Self.here),
                OperationParameter(name: "timeZone", location: .query, type: TypeReference(name: "String"), required: false, source: Self.here),
                OperationParameter(name: "$top", location: .query, type: TypeReference(name: "Int32"), source: Self.here),
            ])
        #expect(made[0].parameterList == "startDateTime: Swift.String, endDateTime: Swift.String, timeZone: Swift.String? = nil")
        #expect(made[0].queryCalls.map(\.nameLiteral) == ["\"startDateTime\"", "\"endDateTime\"", "\"timeZone\""])
        #expect(made[0].templateLiteral == "\"/me/calendarView\"")
    }
}

/// An example URL read against a route gives the route function's arguments.
@Suite struct ExampleURLMatchTests {
    func match(_ url: String, _ template: String) -> ExampleURLMatch? {
        ExampleURLMatch.match(url, RouteSignature(templatePath: template))
    }

    @Test func placeholdersTakeTheSegmentsValues() throws {
        let found = try #require(match("https://graph.microsoft.com/v1.0/me/calendars/AAA=/events/BBB?$select=subject,body", "/me/calendars/{id}/events/{id}"))
        #expect(found.arguments == ["AAA=", "BBB"])
        #expect(found.extraQuery.map(\.name) == ["$select"])
        #expect(found.extraQuery.map(\.value) == ["subject,body"])
        #expect(try #require(match("/beta/users/kim%40contoso.com/events", "/users/{id | userPrincipalName}/events")).arguments == ["kim@contoso.com"])
        #expect(try #require(match("/sites/s1/lists('L1')", "/sites/{site-id}/lists('{id}')")).arguments == ["s1", "L1"])
    }

    /// Graph routes compare literal segments without case; another route does not match.
    @Test func literalSegmentsDecide() {
        #expect(match("/me/CalendarGroups/G1", "/me/calendarGroups/{id}")?.arguments == ["G1"])
        #expect(match("/me/events/E1/attachments", "/me/events/{id}") == nil)
        #expect(match("/me/messages/E1", "/me/events/{id}") == nil)
    }

    @Test func queryPlaceholdersTakeTheirOptionsValue() throws {
        let found = try #require(match(
            "/me/calendarView?startDateTime=2020-01-01T00:00:00Z&endDateTime=2020-01-02T00:00:00Z&$top=5",
            "/me/calendarView?startDateTime={start}&endDateTime={end}"))
        #expect(found.arguments == ["2020-01-01T00:00:00Z", "2020-01-02T00:00:00Z"])
        #expect(found.extraQuery.map(\.name) == ["$top"])
        // An option the example leaves out cannot be filled.
        #expect(match("/me/calendarView?startDateTime=2020", "/me/calendarView?startDateTime={start}&endDateTime={end}") == nil)
    }

    /// A route that writes an option's value itself is the example's route only with that value.
    @Test func anOptionTheRouteFixesMustBeTheExamples() {
        #expect(match("/me?$expand=manager&$select=id", "/me?$expand=manager")?.extraQuery.map(\.name) == ["$select"])
        #expect(match("/me?$expand=manager($levels=max)", "/me?$expand=manager") == nil)
        #expect(match("/me", "/me?$expand=manager") == nil)
    }

    @Test func aQueryValueWithoutANameIsNoParameter() {
        #expect(RouteSignature(templatePath: "/me/events?{filter}&$top={n}").labels == ["top"])
    }
}
