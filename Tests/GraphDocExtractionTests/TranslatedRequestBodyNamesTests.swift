import GraphDocIR
import Testing
@testable import GraphDocExtraction

/// A plain translation's request-body rows with translated names, and no English page among the
/// inputs: the resource pages of the same locale name them.
@Suite struct TranslatedRequestBodyNamesTests {
    func page(_ path: String, _ text: String) -> PageFacts { DocumentationLoader.facts(path: path, text: text) }

    static func update(prose: String) -> String {
        """
        ---
        title: 更新 widget
        ms.contentlocale: zh-CN
        ms.translationtype: MT
        doc_type: apiPageType
        ---
        # 更新 widget

        ## HTTP 请求
        ```http
        PATCH /widgets/{id}
        ```

        ## 请求正文
        \(prose)

        | 属性 | 类型 | 说明 |
        |:---|:---|:---|
        | 说明 | String | 小部件的说明。 |
        | 大小 | String | 大小。 |
        | 显示名称 | String | 显示名称。 |
        | 标签 | String | 没有页面这样说。 |
        """
    }

    var resources: [PageFacts] {
        [
            page("zh-cn/v1.0/resources/widget.md", translatedResourcePage("widget", properties: """
                | description | String | 小部件的说明。 |
                | size | Int32 | 大小。 |
                | displayName | String | 显示名称。 |
                """)),
            page("zh-cn/v1.0/resources/gadget.md", translatedResourcePage("gadget", properties: """
                | label | String | 显示名称。 |
                """)),
        ]
    }

    @Test func aRowWithTheSameTypeAndDescriptionNamesTheTranslatedRow() throws {
        let (model, pages) = ModelMerger.merging(resources + [page("zh-cn/v1.0/api/widget-update.md", Self.update(prose: ""))])
        let body = try #require(model.operations.first?.requestBody)
        #expect(body.properties.map(\.name) == ["description", "大小", "显示名称", "标签"],
                "大小 is a String here and an Int32 there; 显示名称 describes widget.displayName and gadget.label alike")
        let report = try #require(model.diagnostics.first { $0.rule == RuleID.propertyNameSuspicious.id && $0.subject == "说明" })
        #expect(report.message == "expected a property name (an identifier), found '说明'; the row of 'widget.description' at zh-cn/v1.0/resources/widget.md:12:3 has the same type and description, so 'description' is used")
        let lintedPage = try #require(pages.first { $0.page.path == "zh-cn/v1.0/api/widget-update.md" })
        #expect(lintedPage.operation?.requestBody?.properties.first?.name == "description", "lint reads the page as the model does")
        #expect(lintedPage.diagnostics.contains { $0.message == report.message })
    }

    @Test func theRequestBodysOwnTypeIsSearchedFirst() throws {
        let prose = "在请求正文中，提供 [widget](../resources/widget.md) 对象的 JSON 表示形式。"
        let model = ModelMerger.merge(resources + [page("zh-cn/v1.0/api/widget-update.md", Self.update(prose: prose))])
        let body = try #require(model.operations.first?.requestBody)
        #expect(body.type?.name == "widget")
        #expect(body.properties.map(\.name) == ["description", "大小", "displayName", "标签"])
    }

    @Test func theRequestBodysTypeTakesTheRestoredNamesToo() throws {
        let prose = "在请求正文中，提供 [widget](../resources/widget.md) 对象的 JSON 表示形式。"
        let (model, pages) = ModelMerger.merging(resources + [page("zh-cn/v1.0/api/widget-update.md", Self.update(prose: prose))])
        let widget = try #require(model.types.first { $0.name == "widget" })
        #expect(widget.properties.map(\.name) == ["description", "displayName", "size", "大小", "标签"],
                "the restored rows are widget.description and widget.displayName, not properties of their own")
        let lintedPage = try #require(pages.first { $0.page.path == "zh-cn/v1.0/api/widget-update.md" })
        #expect(lintedPage.types.first?.properties.map(\.name) == ["description", "大小", "displayName", "标签"])
    }

    @Test func rowsOfSeveralTypesThatAgreeAreCounted() throws {
        let pages = resources + [
            page("zh-cn/v1.0/resources/gizmo.md", translatedResourcePage("gizmo", properties: "| description | String | 小部件的说明。 |")),
            page("zh-cn/v1.0/api/widget-update.md", Self.update(prose: "")),
        ]
        let model = ModelMerger.merge(pages)
        #expect(model.operations.first?.requestBody?.properties.first?.name == "description")
        let report = try #require(model.diagnostics.first { $0.rule == RuleID.propertyNameSuspicious.id && $0.subject == "说明" })
        #expect(report.message.hasSuffix("; 2 rows have the same type and description and all name it 'description' (one is 'gizmo.description' at zh-cn/v1.0/resources/gizmo.md:12:3), which is used"))
    }

    @Test func aNameTheTableHasAlreadyIsNotTakenAgain() throws {
        let text = Self.update(prose: "").replacingOccurrences(of: "| 标签 | String | 没有页面这样说。 |", with: "| description | String | 说明。 |")
        let model = ModelMerger.merge(resources + [page("zh-cn/v1.0/api/widget-update.md", text)])
        #expect(model.operations.first?.requestBody?.properties.map(\.name) == ["说明", "大小", "显示名称", "description"])
    }

    @Test func pagesWithEnglishNamesAreLeftAlone() throws {
        let english = page("en-us/v1.0/api/widget-update.md", """
            # Update widget

            ## HTTP request
            ```http
            PATCH /widgets/{id}
            ```

            ## Request body
            | Property | Type | Description |
            |:---|:---|:---|
            | label | String | 显示名称。 |
            """)
        let model = ModelMerger.merge(resources + [english])
        #expect(model.operations.first?.requestBody?.properties.map(\.name) == ["label"])
    }
}
