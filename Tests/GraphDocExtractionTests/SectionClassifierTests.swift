@testable import GraphDocExtraction
import GraphDocMarkdown
import Testing

@Suite struct SectionClassifierTests {
    private func heading(_ markdown: String) throws -> Heading {
        try #require(parse(markdown).headings.first)
    }

    private func classify(_ markdown: String) throws -> SectionKind {
        SectionClassifier.classify(try heading(markdown))
    }

    @Test(arguments: [
        (#"## <a name="request-body"></a>请求正文"#, "request-body"),
        (#"## <a name="http-request"></a>HTTP 请求"#, "http-request"),
        (#"## <a name="request-headers"></a>Заголовки"#, "request-headers"),
        (#"### <a name="response"></a>响应"#, "response"),
        (#"### <a name="request-1"></a>请求"#, "request"),
        (#"### <a name="response-2"></a>响应"#, "response"),
        (#"### <a name="example-1-create-a-phone"></a>示例 1：创建电话"#, "examples"),
        (#"## <a name="optional-query-parameters"></a>可选的查询参数"#, "query-parameters"),
        // Anchors win over a title that says something else.
        (#"## <a name="properties"></a>Request body"#, "properties"),
    ])
    func anchors(markdown: String, key: String) throws {
        #expect(try classify(markdown).key == key)
    }

    /// Titles and header cells are looked up without case, emphasis, code marks and trailing
    /// punctuation.
    @Test(arguments: [
        ("**Property** :", "property"),
        ("`Name`  ", "name"),
        ("请求正文？", "请求正文"),
        ("Request Body：\u{A0}", "request body"),
        ("  Type ?", "type"),
        ("***", ""),
    ])
    func lookupKeys(text: String, key: String) {
        #expect(Vocabulary.key(text) == key)
    }

    @Test func sideBySideHeadingFromSeed() throws {
        let doc = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        let heading = try #require(doc.headings.first { $0.source.line == 59 })
        #expect(heading.text.localized.plainText == "请求正文")
        #expect(heading.text.english.plainText == "Request body")
        #expect(SectionClassifier.classify(heading).key == "request-body")
        #expect(SectionClassifier.titleText(heading.text.english) == "Request body")
    }

    @Test(arguments: [
        ("## HTTP request", "http-request"), ("## HTTP Request", "http-request"), ("## http REQUEST", "http-request"),
        ("## HTTP Requests", "http-request"),
        ("## Request headers", "request-headers"), ("## Optional request headers", "request-headers"),
        ("## Request body", "request-body"), ("## Request Body", "request-body"), ("## Response", "response"),
        ("## Responses", "response"), ("## Examples", "examples"), ("## Example", "examples"),
        ("### Example 1: Create a phone", "examples"), ("## Properties", "properties"), ("## Relationships", "relationships"),
        ("## JSON representation", "json-representation"), ("## Methods", "methods"), ("## Members", "members"),
        ("## Permissions", "permissions"), ("## Function parameters", "function-parameters"),
        ("## Optional query parameters", "query-parameters"), ("### Request", "request"), ("## Request body:", "request-body"),
        ("## **Response**", "response"), ("## Namespace", "other"), ("# Create phoneAuthenticationMethod", "other"),
    ])
    func englishTitles(markdown: String, key: String) throws {
        #expect(try classify(markdown).key == key)
    }

    @Test(arguments: [
        ("## HTTP 请求", "http-request"), ("## 请求标头", "request-headers"), ("## 请求正文", "request-body"),
        ("## 响应", "response"), ("## 示例", "examples"), ("### 示例 1：创建电话", "examples"), ("## 属性", "properties"),
        ("## 关系", "relationships"), ("## JSON 表示形式", "json-representation"), ("## 权限", "permissions"),
        ("### 请求", "request"),
    ])
    func chineseTitles(markdown: String, key: String) throws {
        #expect(try classify(markdown).key == key)
    }

    @Test(arguments: [
        ("## HTTP-запрос", "http-request"), ("## Заголовки запроса", "request-headers"), ("## Текст запроса", "request-body"),
        ("## Тело запроса", "request-body"), ("## Ответ", "response"), ("## Отклик", "response"), ("## Примеры", "examples"),
        ("### Пример 1. Создание телефона", "examples"), ("## Свойства", "properties"), ("## Связи", "relationships"),
        ("## Разрешения", "permissions"),
    ])
    func russianTitles(markdown: String, key: String) throws {
        #expect(try classify(markdown).key == key)
    }

    @Test(arguments: [
        ("### calendarRoleType values", "calendarRoleType"),
        ("### `riskLevel` values", "riskLevel"),
        ("### allowInvitesFrom values", "allowInvitesFrom"),
        (#"### <a name="allowinvitesfrom-values"></a>allowInvitesFrom 值"#, "allowInvitesFrom"),
        ("### calendarRoleType 值", "calendarRoleType"),
        // A translated title names no enum: the slug does, without its case.
        (#"### <a name="tone-values"></a>音调值"#, "tone"),
        (#"### <a name="custodianholdstatus-values"></a>保管人HoldStatus 值"#, "custodianholdstatus"),
    ])
    func enumValueHeadings(markdown: String, name: String) throws {
        let kind = try classify(markdown)
        #expect(kind == SectionKind(key: "enum-values", enumName: name))
    }

    @Test(arguments: [
        "### Prefer header values",           // v1.0/api/shares-get.md
        "### Roles property values",          // v1.0/resources/permission.md
        "## containerType property values",   // v1.0/resources/insights-resourcevisualization.md
        "### 电话 值",
    ])
    func valuesHeadingThatNamesNoEnum(markdown: String) throws {
        let kind = try classify(markdown)
        #expect(kind.enumName == nil)
    }

    @Test func exampleAnchorEndingInValuesIsAnExample() throws {
        // zh-cn v1.0/api/identitycontainer-post-b2xuserflows.md
        let kind = try classify(#"### <a name="example-1-create-a-user-flow-with-the-default-values"></a>示例 1：使用默认值创建用户流"#)
        #expect(kind == SectionKind(key: "examples"))
    }

    @Test(arguments: [
        ("# [HTTP](#tab/http)", true), ("# [C#](#tab/csharp)", true), ("# [JavaScript](#tab/javascript)", true),
        (#"# <a name="http"></a>[<span data-ttu-id="b7996-160">HTTP</span><span class="sxs-lookup"><span data-stu-id="b7996-160">HTTP</span></span>](#tab/http)"#, true),
        ("# Create phoneAuthenticationMethod", false), ("# [Create](create.md)", false),
    ])
    func tabHeadings(markdown: String, isTab: Bool) throws {
        #expect(SectionClassifier.isTabHeading(try heading(markdown)) == isTab)
    }

    @Test func tabHeadingsOfSeedPages() throws {
        let en = try seed("en-us/beta/api/authentication-post-phonemethods.md")
        let enTabs = en.headings.filter(SectionClassifier.isTabHeading).map(\.source.line)
        #expect(enTabs == [71, 88, 92, 96, 100, 104, 108, 112, 116])
        let zh = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        let zhTabs = zh.headings.filter(SectionClassifier.isTabHeading)
        #expect(zhTabs.map(\.source.line) == [78, 93, 97, 101])
        #expect(zhTabs.map { $0.text.english.links.first?.text } == ["HTTP", "C#", "JavaScript", "Objective-C"])
    }

    @Test func enumName() {
        #expect(SectionClassifier.enumName("calendarRoleType values") == "calendarRoleType")
        #expect(SectionClassifier.enumName("**status** values") == "status")
        #expect(SectionClassifier.enumName("Prefer header values") == nil)
        #expect(SectionClassifier.enumName("x2RestrictionEnforcementType values") == "x2RestrictionEnforcementType")
        #expect(SectionClassifier.enumName("电话 值") == nil)
    }
}
