import GraphDocIR
@testable import GraphDocExtraction
import Testing

/// Request-body and response types that the prose names inexactly, settled by the merge.
@Suite struct ProseTypeResolutionTests {
    func page(_ path: String, _ text: String) -> PageFacts { DocumentationLoader.facts(path: path, text: text) }

    func resource(_ file: String, _ type: String) -> PageFacts {
        page("docs/resources/\(file).md", """
            # \(type) resource type

            ## Properties
            | Property | Type | Description |
            |:---|:---|:---|
            | id | String | The id. |
            | displayName | String | The name. |
            """)
    }

    func operation(_ file: String, response: String, requestBody: String? = nil) -> PageFacts {
        page("docs/api/\(file).md", """
            # \(file)

            ## HTTP request
            ```http
            GET /things
            ```
            \(requestBody.map { "\n## Request body\n\($0)\n\n| Property | Type | Description |\n|:---|:---|:---|\n| displayName | String | The name. |\n" } ?? "")
            ## Response
            \(response)
            """)
    }

    func notes(_ model: ApiModel) -> [Diagnostic] { model.diagnostics.filter { $0.rule == RuleID.proseTypeNameInexact.id } }

    @Test func linkTextThatShortensTheLinkedPagesTypeGivesThatType() throws {
        let model = ModelMerger.merge([
            resource("teamstab", "teamsTab"),
            resource("range", "workbookRange"),
            operation("chat-list-tabs", response: "If successful, this method returns a `200 OK` response code and collection of [tabs](../resources/teamstab.md) objects in the response body."),
            operation("range-get", response: "If successful, this method returns a `200 OK` response code and a [Range](../resources/range.md) object in the response body."),
            // The docs site finds pages whatever the case of the link.
            operation("tab-get", response: "If successful, this method returns a `200 OK` response code and the [tab](../resources/teamsTab.md) object."),
        ])
        #expect(model.operation(id: "chat-list-tabs")?.responses.first?.type == TypeReference(name: "teamsTab", collection: true))
        #expect(model.operation(id: "range-get")?.responses.first?.type == TypeReference(name: "workbookRange"))
        let note = try #require(notes(model).first { $0.file == "docs/api/chat-list-tabs.md" })
        #expect(note.severity == .note)
        #expect(note.line == 9, "the Response paragraph")
        #expect(note.subject == "tabs")
        #expect(note.message.contains("found 'tabs'") && note.message.contains("docs/resources/teamstab.md describes 'teamsTab'"))
        #expect(model.operation(id: "tab-get")?.responses.first?.type == TypeReference(name: "teamsTab"))
        #expect(notes(model).count == 3)
        #expect(model.type(named: "tabs") == nil && model.type(named: "Range") == nil, "no type is inferred under the inexact names")
    }

    @Test func aNameSomePageDescribesStaysWhateverItLinksTo() throws {
        let model = ModelMerger.merge([
            resource("teamstab", "teamsTab"),
            resource("room", "room"),
            page("docs/resources/enums.md", """
                # Enum values

                ### bookingType values

                | Member |
                |:---|
                | standard |
                | reserved |
                """),
            operation("a-get", response: "If successful, this method returns a `200 OK` response code and a [teamsTab](../resources/teamstab.md) object."),
            operation("b-get", response: "If successful, this method returns a `200 OK` response code and a [bookingType](../resources/room.md) object."),
        ])
        #expect(model.operation(id: "a-get")?.responses.first?.type == TypeReference(name: "teamsTab"))
        #expect(model.operation(id: "b-get")?.responses.first?.type == TypeReference(name: "bookingType"), "an enum of that name is described")
        #expect(notes(model).isEmpty)
    }

    /// `[message](chatmessage.md)`: the link text is a type some page describes (the mail message),
    /// but it shortens the type of the page it links to, which is the one meant.
    @Test func linkTextShorteningTheLinkedTypeWinsOverAnotherDescribedType() throws {
        let model = ModelMerger.merge([
            resource("message", "message"),
            resource("chatmessage", "chatMessage"),
            operation("reply-post", response: "If successful, this method returns `201 Created` response code with the [message](../resources/chatmessage.md) that was created."),
            operation("mail-get", response: "If successful, this method returns a `200 OK` response code and a [message](../resources/message.md) object."),
        ])
        #expect(model.operation(id: "reply-post")?.responses.first?.type == TypeReference(name: "chatMessage"))
        #expect(model.operation(id: "mail-get")?.responses.first?.type == TypeReference(name: "message"))
        let note = try #require(notes(model).first)
        #expect(notes(model).count == 1)
        #expect(note.message.contains("found 'message', the text of a link to another type's page") && note.message.contains("describes 'chatMessage'"))
    }

    @Test func linkTextThatIsAnotherWordStays() throws {
        let model = ModelMerger.merge([
            resource("room", "room"),
            operation("b-get", response: "If successful, this method returns a `200 OK` response code and a [bookingType](../resources/room.md) object."),
            operation("c-get", response: "If successful, this method returns a `200 OK` response code and a [widget](../resources/widget.md) object."),
        ])
        #expect(model.operation(id: "b-get")?.responses.first?.type == TypeReference(name: "bookingType"), "not a spelling of room: lint reports it")
        #expect(model.operation(id: "c-get")?.responses.first?.type == TypeReference(name: "widget"), "the linked page is not among the inputs")
        #expect(notes(model).isEmpty)
    }

    @Test func aLinkToAPageThatDescribesNoTypeGivesWayToTheWords() throws {
        let model = ModelMerger.merge([
            resource("alert", "alert"),
            page("docs/resources/security-error-codes.md", "# Microsoft Graph Security API error responses\n\nErrors.\n"),
            page("docs/api/onenoteoperation-get.md", "# Get onenoteOperation\n\n## HTTP request\n```http\nGET /me/onenote/operations/{id}\n```\n"),
            operation("alert-get", response: "If successful, this method returns a `200 OK` response code and an **alert** object in the response body. See [Microsoft Graph Security API error responses](../resources/security-error-codes.md)."),
            operation("notebook-copy", response: "If successful, this method returns a `202 Accepted` response code and an `Operation-Location` header. Poll the endpoint to [get the status of the copy operation](onenoteoperation-get.md)."),
        ])
        #expect(model.operation(id: "alert-get")?.responses.first?.type == TypeReference(name: "alert"))
        let copy = try #require(model.operation(id: "notebook-copy")?.responses.first)
        #expect(copy.status == 202)
        #expect(copy.type == nil)
        #expect(notes(model).map(\.subject) == ["codes", "get"])
        #expect(notes(model).last?.message.contains("no type is recorded") == true)
    }

    @Test func aPluralOfADescribedNameIsTheSingular() throws {
        let model = ModelMerger.merge([
            resource("securescore", "secureScore"),
            operation("security-list-securescores", response: "If successful, this method returns a `200 OK` response code and collection of **secureScores** objects in the response body."),
        ])
        #expect(model.operation(id: "security-list-securescores")?.responses.first?.type == TypeReference(name: "secureScore", collection: true))
        #expect(notes(model).first?.message.contains("its singular 'secureScore' is described") == true)
    }

    @Test func aRequestBodyTableFollowsTheResolvedName() throws {
        let model = ModelMerger.merge([
            resource("page", "onenotePage"),
            operation("page-update", response: "If successful, this method returns a `204 No Content` response code.",
                      requestBody: "In the request body, supply a JSON representation of a [page](../resources/page.md) object."),
        ])
        let operation = try #require(model.operation(id: "page-update"))
        #expect(operation.requestBody?.type == TypeReference(name: "onenotePage"))
        #expect(model.type(named: "page") == nil, "the request-body table is not filed under the inexact name")
        let merged = try #require(model.type(named: "onenotePage"))
        #expect(merged.origin == .resource)
        #expect(merged.properties.map(\.name) == ["displayName", "id"])
        #expect(notes(model).first?.message.contains("request body paragraph") == true)
    }
}

extension ProseTypeResolutionTests {
    @Test func mergingHandsBackThePagesAsTheModelReadsThem() throws {
        let input = [
            resource("teamstab", "teamsTab"),
            operation("chat-list-tabs", response: "If successful, this method returns a `200 OK` response code and collection of [tabs](../resources/teamstab.md) objects."),
            operation("chat-get", response: "If successful, this method returns a `200 OK` response code and a [teamsTab](../resources/teamstab.md) object."),
        ]
        let (model, pages) = ModelMerger.merging(input)
        #expect(pages.map(\.page.path) == input.map(\.page.path), "input order")
        #expect(pages[1].operation?.responses.first?.type == TypeReference(name: "teamsTab", collection: true),
                "lint reads each page's own facts; they must name the type the model does")
        #expect(pages[1].operation?.responses == model.operation(id: "chat-list-tabs")?.responses)
        #expect(pages[0] == input[0] && pages[2] == input[2], "pages that name their types exactly are handed back as they came")
    }
}

extension ProseTypeResolutionTests {
    @Test func aTranslationIsSettledToo() throws {
        let english = page("docs/en-us/api/chat-list-tabs.md", """
            # List tabs

            ## HTTP request
            ```http
            GET /chats/{chat-id}/tabs
            ```

            ## Response
            If successful, this method returns a `200 OK` response code and collection of [tabs](../resources/teamstab.md) objects.
            """)
        let translation = page("docs/zh-cn/api/chat-list-tabs.md", """
            ---
            ms.contentlocale: zh-CN
            ms.translationtype: MT
            ---
            # 列出选项卡

            ## HTTP 请求
            ```http
            GET /chats/{chat-id}/tabs
            ```

            ## 响应
            如果成功，此方法在响应正文中返回 `200 OK` 响应代码和 [tabs](../resources/teamstab.md) 对象集合。
            """)
        let (_, pages) = ModelMerger.merging([
            resource("teamstab", "teamsTab"), english, translation,
            page("docs/zh-cn/resources/teamstab.md", "# teamsTab 资源类型\n\n## 属性\n| 属性 | 类型 | 说明 |\n|:---|:---|:---|\n| id | String | 标识符。 |\n"),
        ])
        #expect(pages[2].page.translation != nil)
        #expect(pages[2].operation?.responses.first?.type == TypeReference(name: "teamsTab", collection: true),
                "the translated page links its own locale's page, which describes the type under its English name")
    }
}
