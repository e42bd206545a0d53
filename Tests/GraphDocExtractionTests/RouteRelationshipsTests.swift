import GraphDocIR
import Testing
@testable import GraphDocExtraction

/// Relationships that GET routes read and the type's relationships table does not list.
@Suite struct RouteRelationshipsTests {
    func page(_ path: String, _ text: String) -> PageFacts { DocumentationLoader.facts(path: path, text: text) }

    static let schedule = """
        # schedule resource type

        ## Properties
        | Property | Type | Description |
        |:---|:---|:---|
        | id | String | The id. |

        ## Relationships
        | Relationship | Type | Description |
        |:---|:---|:---|
        | shifts | [shift](shift.md) collection | The shifts. |
        | openshifts | [openShift](openshift.md) collection | The open shifts. |
        """

    /// An API page with one GET route, its response prose, and optionally an example.
    static func get(_ title: String, route: String, returns prose: String, example: String = "") -> String {
        """
        ---
        title: "\(title)"
        doc_type: apiPageType
        ---
        # \(title)

        ## HTTP request
        ```http
        GET \(route)
        ```

        ## Response
        If successful, this method returns a `200 OK` response code and \(prose) in the response body.

        \(example)
        """
    }

    var scheduleGet: PageFacts {
        page("api/schedule-get.md", Self.get("Get schedule", route: "/teams/{teamId}/schedule", returns: "a [schedule](../resources/schedule.md) object"))
    }

    @Test func aRouteBeyondWhatAnotherRouteReadsNamesARelationship() throws {
        let list = Self.get(
            "List timeOffRequest", route: "/teams/{teamId}/schedule/timeOffRequests",
            returns: "the requested [timeOffRequest](../resources/timeoffrequest.md) objects",
            example: """
                ## Example
                ```http
                GET https://graph.microsoft.com/v1.0/teams/{teamId}/schedule/timeOffRequests
                ```
                ```http
                HTTP/1.1 200 OK
                Content-type: application/json

                { "value": [ { "id": "1" } ] }
                ```
                """)
        let model = ModelMerger.merge([page("resources/schedule.md", Self.schedule), scheduleGet, page("api/timeoffrequest-list.md", list)])
        let schedule = try #require(model.type(named: "schedule"))
        #expect(schedule.relationships.map(\.name) == ["openshifts", "shifts", "timeOffRequests"])
        let added = try #require(schedule.member(named: "timeOffRequests"))
        #expect(added.type == TypeReference(name: "timeOffRequest", collection: true), "the prose says one object; the example gets a collection page")
        #expect(added.origin == .route)
        #expect(added.source == SourceLocation(file: "api/timeoffrequest-list.md", line: 9, column: 1))
        let report = try #require(model.diagnostics.first { $0.rule == RuleID.relationshipOnlyInRoute.id })
        #expect(report.message == "expected relationship 'timeOffRequests' of 'schedule' in its relationships table, found it only in this route; it is read as Collection(timeOffRequest)")
        #expect(report.location == added.source)
    }

    @Test func aRouteThatFollowsTheSegmentWithAKeyMakesItACollection() throws {
        let model = ModelMerger.merge([
            page("resources/schedule.md", Self.schedule), scheduleGet,
            page("api/swap-get.md", Self.get("Get swapShiftsChangeRequest", route: "/teams/{teamId}/schedule/swapShiftsChangeRequests", returns: "a [swapShiftsChangeRequest](../resources/swap.md) object")),
            page("api/swap-get-one.md", Self.get("Get one", route: "/teams/{teamId}/schedule/swapShiftsChangeRequests/{requestId}", returns: "a [swapShiftsChangeRequest](../resources/swap.md) object")),
        ])
        #expect(model.type(named: "schedule")?.member(named: "swapShiftsChangeRequests")?.type == TypeReference(name: "swapShiftsChangeRequest", collection: true))
    }

    /// The list page of insights shows how to get an item's resource; its response is the list's.
    @Test func aRouteThatGoesOnFromAnotherRouteOfItsPageIsNotDescribedByTheResponse() throws {
        let list = """
            # List shared

            ## HTTP request
            ```http
            GET /teams/{teamId}/schedule/timeOffRequests
            GET /teams/{teamId}/schedule/timeOffRequests/{id}/resource
            ```

            ## Response
            If successful, this method returns a `200 OK` response code and a list of [timeOffRequest](../resources/timeoffrequest.md) items in the response body.
            """
        let timeOff = """
            # timeOffRequest resource type

            ## Properties
            | Property | Type | Description |
            |:---|:---|:---|
            | id | String | The id. |
            """
        let model = ModelMerger.merge([
            page("resources/schedule.md", Self.schedule), page("resources/timeoffrequest.md", timeOff), scheduleGet, page("api/timeoffrequest-list.md", list),
        ])
        #expect(model.type(named: "schedule")?.member(named: "timeOffRequests")?.type == TypeReference(name: "timeOffRequest", collection: true))
        #expect(model.type(named: "timeOffRequest")?.relationships.isEmpty == true, "the list's type is not what /resource reads")
    }

    @Test func aNameTheTableSpellsInAnotherCaseKeepsTheTablesSpellingAndIsReported() throws {
        let list = Self.get("List openShifts", route: "/teams/{teamId}/schedule/openShifts", returns: "a collection of [openShift](../resources/openshift.md) objects")
        let model = ModelMerger.merge([page("resources/schedule.md", Self.schedule), scheduleGet, page("api/openshift-list.md", list)])
        #expect(model.type(named: "schedule")?.relationships.map(\.name) == ["openshifts", "shifts"])
        let report = try #require(model.diagnostics.first { $0.rule == RuleID.propertyNameCase.id })
        #expect(report.message == "expected relationship 'openshifts' of 'schedule' spelled as the route GET /teams/{teamId}/schedule/openShifts at api/openshift-list.md:9:1 spells it, 'openShifts'; the table's spelling is kept")
        #expect(report.location == SourceLocation(file: "resources/schedule.md", line: 12, column: 3))
        #expect(!model.diagnostics.contains { $0.rule == RuleID.relationshipOnlyInRoute.id })
    }

    @Test func boundFunctionsAreNotRelationships() throws {
        let model = ModelMerger.merge([
            page("resources/schedule.md", Self.schedule), scheduleGet,
            page("api/schedule-usedrange.md", Self.get("Schedule: UsedRange", route: "/teams/{teamId}/schedule/usedRange", returns: "a [workbookRange](../resources/range.md) object")),
            page("api/schedule-report.md", Self.get("getScheduleReport function", route: "/teams/{teamId}/schedule/getScheduleReport", returns: "a [report](../resources/report.md) object")),
            page("api/range-get.md", """
                # Get Range

                ## HTTP request
                ```http
                GET /teams/{teamId}/schedule/range
                GET /teams/{teamId}/schedule/range(address='A1')
                ```

                ## Response
                If successful, this method returns a `200 OK` response code and a [workbookRange](../resources/range.md) object in the response body.
                """),
        ])
        #expect(model.type(named: "schedule")?.relationships.map(\.name) == ["openshifts", "shifts"])
        #expect(!model.diagnostics.contains { $0.rule == RuleID.relationshipOnlyInRoute.id })
    }

    @Test func nothingIsReadBeyondAPathNoOtherRouteReadsOrTwoRoutesReadDifferently() throws {
        let list = Self.get("List timeOffRequest", route: "/teams/{teamId}/schedule/timeOffRequests", returns: "a collection of [timeOffRequest](../resources/timeoffrequest.md) objects")
        let alone = ModelMerger.merge([page("resources/schedule.md", Self.schedule), page("api/timeoffrequest-list.md", list)])
        #expect(alone.type(named: "schedule")?.relationships.count == 2, "no route says what /teams/{teamId}/schedule is")
        let other = Self.get("Get schedule report", route: "/teams/{id}/schedule", returns: "a [report](../resources/report.md) object")
        let ambiguous = ModelMerger.merge([page("resources/schedule.md", Self.schedule), scheduleGet, page("api/report-get.md", other), page("api/timeoffrequest-list.md", list)])
        #expect(ambiguous.type(named: "schedule")?.relationships.count == 2, "two routes read /teams/{id}/schedule as different types")
    }

    /// printer.md calls `connectors` one printConnector; printer-list-connectors lists them.
    @Test func aRouteThatReadsATableRowAsAnotherTypeIsAConflict() throws {
        let table = Self.schedule.replacingOccurrences(of: "| [shift](shift.md) collection |", with: "| [shift](shift.md) |")
        let shifts = Self.get("List shifts", route: "/teams/{teamId}/schedule/shifts", returns: "a collection of [shift](../resources/shift.md) objects")
        let model = ModelMerger.merge([page("resources/schedule.md", table), scheduleGet, page("api/shift-list.md", shifts)])
        #expect(model.type(named: "schedule")?.member(named: "shifts")?.type == TypeReference(name: "shift"), "the resource page's statement is kept")
        let report = try #require(model.diagnostics.first { $0.rule == RuleID.propertyConflict.id })
        #expect(report.message == "property 'schedule.shifts' has type Collection(shift) here, but shift at resources/schedule.md:11:3")
        #expect(report.location == SourceLocation(file: "api/shift-list.md", line: 9, column: 1))
    }

    /// Intune pages list `androidLobApp`s at `/deviceAppManagement/mobileApps`, a collection of mobileApp.
    @Test func aRouteThatReadsADerivedTypeAgreesWithTheTable() throws {
        let special = """
            # specialShift resource type

            Inherits from [shift](shift.md).

            ## Properties
            | Property | Type | Description |
            |:---|:---|:---|
            | id | String | The id. |
            """
        let list = Self.get("List specialShifts", route: "/teams/{teamId}/schedule/shifts", returns: "a collection of [specialShift](../resources/specialshift.md) objects")
        let model = ModelMerger.merge([
            page("resources/schedule.md", Self.schedule), page("resources/specialshift.md", special),
            scheduleGet, page("api/specialshift-list.md", list),
        ])
        #expect(model.type(named: "specialShift")?.baseType == "shift")
        #expect(!model.diagnostics.contains { $0.rule == RuleID.propertyConflict.id })
    }

    /// driveitem-list-thumbnails documents `GET .../children?$expand=thumbnails` as returning thumbnailSets.
    @Test func aRouteThatExpandsReadsNoRelationship() throws {
        let expand = Self.get("List thumbnails", route: "/teams/{teamId}/schedule/timeOffRequests?$expand=thumbnails", returns: "a collection of [thumbnailSet](../resources/thumbnailset.md) objects")
        let model = ModelMerger.merge([page("resources/schedule.md", Self.schedule), scheduleGet, page("api/thumbnails.md", expand)])
        #expect(model.type(named: "schedule")?.relationships.count == 2)
    }

    /// user-list-manager documents `GET /me?$expand=manager` as returning the manager.
    @Test func aRouteWithAQuerySaysNothingOfWhatItsPathReads() throws {
        let expand = Self.get("Get schedule owner", route: "/teams/{teamId}/schedule?$expand=owner", returns: "a [user](../resources/user.md) object")
        let list = Self.get("List timeOffRequest", route: "/teams/{teamId}/schedule/timeOffRequests", returns: "a collection of [timeOffRequest](../resources/timeoffrequest.md) objects")
        let model = ModelMerger.merge([page("resources/schedule.md", Self.schedule), scheduleGet, page("api/owner.md", expand), page("api/timeoffrequest-list.md", list)])
        #expect(model.type(named: "schedule")?.member(named: "timeOffRequests") != nil)
    }

    @Test func aTranslatedRelationshipOfTheRoutesTypeTakesTheRoutesName() throws {
        let list = translatedResourcePage("list", properties: "| id | String | 标识符。 |", relationships: """
            | 项目 | [listItem](listitem.md) 集合 | 列表中的所有项。 |
            | 列 | [columnDefinition](columndefinition.md) 集合 | 列的集合。 |
            """)
        let model = ModelMerger.merge([
            page("zh-cn/resources/list.md", list),
            page("zh-cn/api/list-get.md", Self.get("获取列表", route: "/sites/{site-id}/lists/{list-id}", returns: "a [list](../resources/list.md) object")),
            page("zh-cn/api/listitem-list.md", Self.get("列出项", route: "/sites/{site-id}/lists/{list-id}/items", returns: "a collection of [listItem](../resources/listitem.md) objects")),
        ])
        #expect(model.type(named: "list")?.relationships.map(\.name) == ["items", "列"])
        let report = try #require(model.diagnostics.first { $0.rule == RuleID.propertyNameSuspicious.id && $0.subject == "项目" })
        #expect(report.message.hasSuffix("; the route GET /sites/{site-id}/lists/{list-id}/items at zh-cn/api/listitem-list.md:9:1 reads a 'Collection(listItem)' relationship 'items', which is used"))
        #expect(!model.diagnostics.contains { $0.rule == RuleID.relationshipOnlyInRoute.id })
    }

    /// chatMessage's 答复 row says one chatMessage; chatmessage-list-replies lists them.
    @Test func aTranslatedRelationshipTakesTheRoutesNameWhateverItSaysOfCollections() throws {
        let message = translatedResourcePage("chatMessage", properties: "| id | String | 标识符。 |", relationships: "| 答复 | [chatMessage](chatmessage.md) | 答复。 |")
        let model = ModelMerger.merge([
            page("zh-cn/resources/chatmessage.md", message),
            page("zh-cn/api/chatmessage-get.md", Self.get("获取 chatMessage", route: "/chats/{chat-id}/messages/{message-id}", returns: "a [chatMessage](../resources/chatmessage.md) object")),
            page("zh-cn/api/chatmessage-list-replies.md", Self.get("列出答复", route: "/chats/{chat-id}/messages/{message-id}/replies", returns: "a collection of [chatMessage](../resources/chatmessage.md) objects")),
        ])
        let replies = try #require(model.type(named: "chatMessage")?.relationships.first)
        #expect(replies.name == "replies")
        #expect(replies.type == TypeReference(name: "chatMessage"), "the table's statement is kept")
        #expect(model.diagnostics.contains { $0.rule == RuleID.propertyConflict.id && $0.subject == "chatMessage.replies" })
    }

    @Test(arguments: [
        ("Range: UsedRange", true), ("user: delta", true), ("Range:单元格", true), ("reports： getGroupArchivedPrintJobs", true),
        ("getAuditCategories function", true), ("deviceConfigurationDeviceActivity 函数", true),
        ("reportRoot: getYammerDeviceUsageUserDetail function", true),
        ("List openShifts", false), ("servicePrincipal: List owners", false), ("列出 openShifts", false),
        ("Get 1:1 chat between the specified user and Teams app", false), ("teamsAppInstallation in team: upgrade", false),
    ])
    func titlesThatNameAMethod(title: String, namesMethod: Bool) {
        #expect(RouteRelationships.namesMethod(title) == namesMethod)
    }
}
