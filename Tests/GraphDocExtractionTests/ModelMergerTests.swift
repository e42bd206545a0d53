import Testing
@testable import GraphDocExtraction
import GraphDocIR

/// Merging facts across pages: authority, conflicts, enum unions, translations, inference.
@Suite struct ModelMergerTests {
    func page(_ path: String, _ text: String) -> PageFacts { DocumentationLoader.facts(path: path, text: text) }

    static let resource = """
        ---
        title: "widget resource type"
        description: "A widget."
        doc_type: resourcePageType
        ---
        # widget resource type

        ## Properties
        | Property | Type | Description |
        |:---|:---|:---|
        | id | String | The id. Read-only. |
        | size | Int32 | The size. |
        | color | String | Possible values are: `red`, `green`. |

        ## JSON representation
        <!-- { "blockType": "resource", "keyProperty": "id", "@odata.type": "microsoft.graph.widget" } -->
        ```json
        { "id": "string" }
        ```
        """

    static let create = """
        ---
        title: "Create widget"
        description: "Create a widget."
        doc_type: apiPageType
        ---
        # Create widget

        ## HTTP request
        ```http
        POST /widgets
        ```

        ## Request body
        Supply a JSON representation of a [widget](../resources/widget.md) object. The JSON must include `size`, but not `id` (which is read-only).

        | Property | Type | Description |
        |:---|:---|:---|
        | size | String | The size. |
        | color | Enumeration | Possible values are: `red`, `green`, `blue`. |

        ## Response
        If successful, this method returns a `201 Created` response code and a [widget](../resources/widget.md) object in the response body.

        ## Example
        <!-- { "blockType": "request", "name": "create_widget" } -->
        ```http
        POST https://graph.microsoft.com/v1.0/widgets
        Content-type: application/json

        { "size": 3, "owner": { "@odata.type": "#microsoft.graph.person", "name": "Ann", "age": 3 } }
        ```
        """

    @Test func resourcePageWinsAndDisagreementsAreReported() throws {
        let model = ModelMerger.merge([
            page("en-us/v1.0/api/widget-post.md", Self.create),
            page("en-us/v1.0/resources/widget.md", Self.resource),
        ])
        let widget = try #require(model.type(named: "widget"))
        #expect(widget.origin == .resource)
        #expect(widget.kind == .entity)
        #expect(widget.properties.map(\.name) == ["color", "id", "size"])
        #expect(widget.member(named: "size")?.type == TypeReference(name: "Int32"), "the resource page is more authoritative")
        let conflict = try #require(model.diagnostics.first { $0.rule == RuleID.propertyConflict.id })
        #expect(conflict.file == "en-us/v1.0/api/widget-post.md")
        #expect(conflict.subject == "widget.size")
        #expect(conflict.message.contains("String") && conflict.message.contains("Int32"))
        // `String` with values and `Enumeration` with values are the same enum: no conflict, members unioned.
        #expect(model.diagnostics.filter { $0.rule == RuleID.propertyConflict.id }.count == 1)
        let color = try #require(model.enumeration(named: "widget.color"))
        #expect(color.members.map(\.name) == ["red", "green", "blue"])
        let differ = try #require(model.diagnostics.first { $0.rule == RuleID.enumMembersDiffer.id })
        #expect(differ.message.contains("adds blue"))
        #expect(widget.member(named: "color")?.type == TypeReference(name: "widget.color"))
    }

    /// An enum is a string on the wire: a table that calls a property `String` agrees with one that
    /// names its enum type, and the enum type, the more precise statement, is kept.
    @Test func stringAgreesWithANamedEnumType() throws {
        let enums = page("en-us/v1.0/resources/enums.md", """
            # Enum values

            ### widgetShape values

            | Member | Description |
            |:---|:---|
            | round | Round. |
            | square | Square. |
            """)
        for (resourceCell, requestCell) in [("[widgetShape](enums.md#widgetshape-values)", "String"), ("String", "[widgetShape](../resources/enums.md#widgetshape-values)")] {
            let resource = Self.resource.replacingOccurrences(of: "| size | Int32 | The size. |", with: "| size | Int32 | The size. |\n| shape | \(resourceCell) | The shape. |")
            let create = Self.create.replacingOccurrences(of: "| size | String | The size. |", with: "| size | Int32 | The size. |\n| shape | \(requestCell) | The shape. |")
            let model = ModelMerger.merge([
                page("en-us/v1.0/api/widget-post.md", create), page("en-us/v1.0/resources/widget.md", resource), enums,
            ])
            #expect(model.diagnostics.filter { $0.rule == RuleID.propertyConflict.id }.map(\.message) == [], "\(resourceCell)")
            #expect(model.type(named: "widget")?.member(named: "shape")?.type == TypeReference(name: "widgetShape"), "\(resourceCell)")
        }
    }

    /// A derived type's page that calls an inherited property read-only speaks for the derived type:
    /// the ancestor's own page stays the authority on the ancestor, wherever the pages sort.
    @Test func inheritedRowsDoNotOverruleTheAncestorsOwnPage() throws {
        func resourcePage(_ name: String, base: String?, rows: String) -> String {
            """
            ---
            title: "\(name) resource type"
            doc_type: resourcePageType
            ---
            # \(name) resource type

            \(base.map { "Inherits from [\($0)](\($0.lowercased()).md)." } ?? "")

            ## Properties
            | Property | Type | Description |
            |:---|:---|:---|
            \(rows)
            """
        }
        let derived = resourcePage("builtInAttribute", base: "userAttribute", rows: """
            | id | String | The id. Read-only. Inherited from [userAttribute](userattribute.md). |
            | displayName | String | The name. Inherited from [userAttribute](userattribute.md). Read-only. |
            | legacyCode | String | A code. Inherited from [userAttribute](userattribute.md). Read-only. |
            """)
        let base = resourcePage("userAttribute", base: nil, rows: """
            | id | String | The id. Read-only. |
            | displayName | String | The name shown at sign-up. |
            """)
        let model = ModelMerger.merge([
            page("en-us/v1.0/resources/builtinattribute.md", derived),
            page("en-us/v1.0/resources/userattribute.md", base),
        ])
        let ancestor = try #require(model.type(named: "userAttribute"))
        let displayName = try #require(ancestor.member(named: "displayName"))
        #expect(!displayName.readOnly)
        #expect(displayName.description == "The name shown at sign-up.")
        #expect(displayName.source.file == "en-us/v1.0/resources/userattribute.md")
        #expect(ancestor.member(named: "id")?.readOnly == true)
        // A property only the derived page's inherited rows describe keeps what they say.
        #expect(ancestor.member(named: "legacyCode")?.readOnly == true)
        let builtIn = try #require(model.type(named: "builtInAttribute"))
        #expect(builtIn.member(named: "displayName")?.readOnly == true)
        #expect(builtIn.baseType == "userAttribute")
    }

    @Test func requestBodyProseAndExampleInference() throws {
        let model = ModelMerger.merge([page("en-us/v1.0/api/widget-post.md", Self.create)])
        let operation = try #require(model.operation(id: "widget-post"))
        #expect(operation.requestBody?.required == ["size"])
        #expect(operation.requestBody?.readOnly == ["id"])
        #expect(operation.responses.first?.status == 201)
        let person = try #require(model.type(named: "person"))
        #expect(person.origin == .example)
        #expect(person.properties.map(\.name) == ["age", "name"])
        #expect(person.member(named: "age")?.type == TypeReference(name: "Int32"))
        #expect(person.member(named: "name")?.source.line == 30, "the example body's line in the page")
        // The documented type does not absorb example-only keys such as "owner".
        #expect(model.type(named: "widget")?.member(named: "owner") == nil)
    }

    /// A primitive named by an annotation or a body's `@odata.type`, in whatever case (a translated
    /// page's `"@odata.type": "string"`), is not a Graph type to infer.
    @Test func primitivesInAnyCaseAreNotInferredAsTypes() throws {
        for written in ["string", "Edm.Boolean", "boolean"] {
            let text = Self.create.replacingOccurrences(of: "#microsoft.graph.person", with: written)
            let model = ModelMerger.merge([page("en-us/v1.0/api/widget-post.md", text)])
            #expect(model.types.filter { $0.origin == .example }.map(\.name) == [], "\(written)")
        }
    }

    @Test func inferenceAcrossOperationsFollowsOperationOrder() throws {
        // Operations are visited concurrently; the result must be what one pass in operation order gives.
        func create(_ owner: String) -> String {
            Self.create.replacingOccurrences(
                of: ##"{ "@odata.type": "#microsoft.graph.person", "name": "Ann", "age": 3 }"##, with: owner)
        }
        let pages = [
            page("en-us/v1.0/api/widget-a.md", create(##"{ "@odata.type": "#microsoft.graph.person", "name": null, "age": 3 }"##)),
            page("en-us/v1.0/api/widget-b.md", create(##"{ "@odata.type": "#microsoft.graph.person", "name": "Ann", "email": "a@b.c" }"##)),
            page("en-us/v1.0/api/widget-c.md", create(##"{ "@odata.type": "#microsoft.graph.person", "name": 5, "id": "p1" }"##)),
            page("en-us/v1.0/api/widget-d.md", create(##"{ "@odata.type": "#microsoft.graph.person", "age": 2.5 }"##)),
        ]
        let person = try #require(ModelMerger.merge(pages).type(named: "person"))
        #expect(person.properties.map(\.name) == ["age", "email", "id", "name"])
        #expect(person.member(named: "name")?.type == TypeReference(name: "String"), "null gives Json; the first precise type seen wins")
        #expect(person.member(named: "age")?.type == TypeReference(name: "Int32"), "a later precise type does not replace an earlier one")
        #expect(person.member(named: "age")?.source.file == "en-us/v1.0/api/widget-a.md", "the first source is kept")
        #expect(person.kind == .entity, "an id in any example makes it an entity")
        #expect(person.sources.map(\.file) == ["en-us/v1.0/api/widget-a.md", "en-us/v1.0/api/widget-a.md", "en-us/v1.0/api/widget-b.md",
                                                "en-us/v1.0/api/widget-b.md", "en-us/v1.0/api/widget-c.md", "en-us/v1.0/api/widget-c.md",
                                                "en-us/v1.0/api/widget-d.md"])
    }

    @Test func anEnumNamedBySlugTakesTheCaseOfTheLinksToIt() throws {
        let enums = page("zh-cn/v1.0/resources/enums.md", """
            # 枚举值

            ### <a name="custodianholdstatus-values"></a>保管人值

            | 成员 |
            |:---|
            | applied |
            | pending |
            """)
        let custodian = page("zh-cn/v1.0/resources/custodian.md", """
            # custodian 资源类型

            ## 属性
            | 属性 | 类型 | 说明 |
            |:---|:---|:---|
            | holdStatus | [custodianHoldStatus](enums.md#custodianholdstatus-values) | 保留状态。 |
            """)
        let model = ModelMerger.merge([enums, custodian])
        #expect(model.enums.map(\.name) == ["custodianHoldStatus"])
        #expect(model.type(named: "custodian")?.properties.first?.type.name == "custodianHoldStatus")
    }

    @Test func sameNameInTwoNamespacesIsReported() throws {
        let graph = page("en-us/v1.0/resources/widget.md", Self.resource.replacingOccurrences(of: "# widget resource type\n", with: "# widget resource type\n\nNamespace: microsoft.graph\n"))
        let sub = page("en-us/v1.0/resources/gadgets-widget.md", Self.resource
            .replacingOccurrences(of: "# widget resource type\n", with: "# widget resource type\n\nNamespace: microsoft.graph.gadgets\n")
            .replacingOccurrences(of: "| size | Int32 | The size. |", with: "| weight | Double | The weight. |"))
        let model = ModelMerger.merge([sub, graph])
        let conflicts = model.diagnostics.filter { $0.rule == RuleID.typeNamespaceConflict.id }
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict.file == "en-us/v1.0/resources/widget.md", "reported on the later page in path order")
        #expect(conflict.subject == "widget")
        #expect(conflict.message.contains("microsoft.graph here") && conflict.message.contains("microsoft.graph.gadgets at en-us/v1.0/resources/gadgets-widget.md"))
        // Still one type (types are keyed by name), holding both pages' properties.
        #expect(model.type(named: "widget")?.properties.map(\.name) == ["color", "id", "size", "weight"])
        // Pages that agree on the namespace, or an inherited row naming an ancestor, are no conflict.
        let agreeing = ModelMerger.merge([graph, page("en-us/v1.0/resources/widget2.md", Self.resource)])
        #expect(!agreeing.diagnostics.contains { $0.rule == RuleID.typeNamespaceConflict.id })
    }

    @Test func translationsArePairedComparedAndKeptBeside() throws {
        let english = page("docs/en-us/v1.0/resources/widget.md", Self.resource)
        let translated = page("docs/zh-cn/v1.0/resources/widget.md", """
            ---
            title: widget 资源类型
            description: 小部件。
            ms.contentlocale: zh-CN
            ms.translationtype: MT
            doc_type: resourcePageType
            ---
            # <a name="widget-resource-type"></a>widget 资源类型

            ## <a name="properties"></a>属性
            | 属性 | 类型 | 说明 |
            |:---|:---|:---|
            | id | 字符串 | 标识符。只读。 |
            | size | Int32 | 大小。 |
            | 颜色 | 字符串 | 可取值为：`red`、`green`。 |

            ## <a name="json-representation"></a>JSON 表示形式
            <!-- { "blockType": "resource", "keyProperty": "id", "@odata.type": "microsoft.graph.widget" } -->
            ```json
            { "id": "string" }
            ```
            """)
        #expect(translated.diagnostics.contains { $0.rule == RuleID.propertyNameSuspicious.id && $0.line == 15 })
        let model = ModelMerger.merge([translated, english])
        let zh = try #require(model.pages.first { $0.locale == "zh-CN" })
        #expect(zh.englishPage == "docs/en-us/v1.0/resources/widget.md")
        let widget = try #require(model.type(named: "widget"))
        #expect(widget.properties.map(\.name) == ["color", "id", "size"], "the translation never adds facts of its own")
        #expect(widget.member(named: "id")?.localizedDescription == "标识符。只读。")
        // '颜色' is the third row in both tables and a String there too: it is 'color'.
        #expect(widget.member(named: "color")?.localizedDescription == "可取值为：`red`、`green`。".replacingOccurrences(of: "`", with: ""))
        #expect(!model.diagnostics.contains { $0.rule == RuleID.translationDrift.id }, "\(model.diagnostics)")
        #expect(!model.diagnostics.contains { $0.rule == RuleID.translationUnpaired.id })
    }

    @Test func translatedRowsThatDisagreeAreDrift() throws {
        let english = page("docs/en-us/v1.0/resources/widget.md", Self.resource)
        let translated = page("docs/zh-cn/v1.0/resources/widget.md", """
            ---
            title: widget
            description: x
            ms.contentlocale: zh-CN
            doc_type: resourcePageType
            ---
            # widget
            ## <a name="properties"></a>属性
            | 属性 | 类型 | 说明 |
            |:---|:---|:---|
            | id | 字符串 | 标识符。 |
            | 大小 | 布尔值 | 大小。 |
            """)
        let model = ModelMerger.merge([translated, english])
        let drift = model.diagnostics.filter { $0.rule == RuleID.translationDrift.id }
        #expect(drift.contains { $0.message.contains("'大小'") }, "row counts differ: no alignment, the name is reported")
        #expect(drift.contains { $0.message.contains("color") && $0.message.contains("missing") })
    }

    @Test func collectionAnnotationsNameTheirElementType() {
        #expect(PageWalker.unqualified("Collection(microsoft.graph.accessReviewInstance)") == "accessReviewInstance")
        #expect(PageWalker.unqualified("#microsoft.graph.user") == "user")
        #expect(PageWalker.unqualified("microsoft.graph.callRecords.session") == "session")
    }

    @Test func unpairedTranslationIsUsedAndNoted() {
        let translated = "---\ntitle: x\ndescription: y\nms.contentlocale: zh-cn\n---\n# widget\n"
        let english = "---\ntitle: x\ndescription: y\n---\n# gadget\n"
        // Beside English pages, each translation without its own English page is noted where it is.
        let mixed = ModelMerger.merge([
            page("zh-cn/v1.0/resources/widget.md", translated), page("zh-cn/v1.0/resources/part.md", translated),
            page("en-us/v1.0/resources/gadget.md", english),
        ])
        #expect(mixed.diagnostics.filter { $0.rule == RuleID.translationUnpaired.id }.map(\.file).sorted() == [
            "zh-cn/v1.0/resources/part.md", "zh-cn/v1.0/resources/widget.md",
        ])
        // With no English page at all, that is one fact about the run, said once.
        let alone = ModelMerger.merge([page("zh-cn/v1.0/resources/widget.md", translated), page("zh-cn/v1.0/resources/part.md", translated)])
        let notes = alone.diagnostics.filter { $0.rule == RuleID.translationUnpaired.id }
        #expect(notes.count == 1)
        #expect(notes.first?.message.contains("the 2 translated pages") == true)
    }

    @Test func operationIdsStayUniqueAcrossVersions() {
        let text = "# Get widget\n\n## HTTP request\n```http\nGET /widgets/{id}\n```\n"
        let model = ModelMerger.merge([page("beta/api/widget-get.md", text), page("v1.0/api/widget-get.md", text)])
        #expect(Set(model.operations.map(\.id)) == ["widget-get", "v1.0/api/widget-get"])
    }

    @Test func typeNameSpellingComesFromTheResourcePage() throws {
        let model = ModelMerger.merge([
            page("en-us/v1.0/api/x.md", """
                # Update thing

                ## Request body
                | Property | Type | Description |
                |:---|:---|:---|
                | owner | [identityset](identityset.md) | Who. |
                | thing | [thing](thing.md) | What. |
                """),
            page("en-us/v1.0/resources/identityset.md", "---\ntitle: t\ndescription: d\ndoc_type: resourcePageType\n---\n# identitySet resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|user|String|x|\n"),
        ])
        #expect(model.type(named: "identitySet") != nil)
        #expect(model.type(named: "identityset") == nil)
    }

    /// A plain translation's members table with machine-translated names, and a property table that
    /// states the English values in code spans (which machine translation leaves alone).
    static let translatedEnumPage = """
        # passwordType 枚举类型

        ## <a name="members"></a>成员
        |成员|值|说明|
        |:---|:---|:---|
        |deviceDefault|0|设备默认值。|
        |字母|1|所需的字母数字密码。|
        |数字|2|所需的数值密码。|
        """

    static func translatedPolicyPage(values: String) -> String {
        """
        # policy 资源类型

        ## 属性
        |属性|类型|说明|
        |:---|:---|:---|
        |passcodeType|[passwordType](passwordtype.md)|所需的密码类型。可取值为：\(values)。|
        """
    }

    @Test func translatedMemberNamesAreReportedOnceNotAtEveryPageStatingTheEnglishNames() throws {
        let model = ModelMerger.merge([
            page("zh-cn/v1.0/resources/passwordtype.md", Self.translatedEnumPage),
            page("zh-cn/v1.0/resources/policy.md", Self.translatedPolicyPage(values: "`deviceDefault`、`alphanumeric`、`numeric`")),
            page("zh-cn/v1.0/resources/otherpolicy.md", Self.translatedPolicyPage(values: "`deviceDefault`、`alphanumeric`、`numeric`、`pin`")),
        ])
        let suspicious = model.diagnostics.filter { $0.rule == RuleID.enumMemberNameSuspicious.id }
        #expect(suspicious.map(\.subject) == ["字母", "数字"])
        #expect(suspicious.allSatisfy { $0.file == "zh-cn/v1.0/resources/passwordtype.md" })
        // Two translated names can stand for two English ones, not for three.
        let differ = model.diagnostics.filter { $0.rule == RuleID.enumMembersDiffer.id }
        #expect(differ.map(\.file) == ["zh-cn/v1.0/resources/otherpolicy.md"])
        let members = try #require(model.enumeration(named: "passwordType")).members.map(\.name)
        #expect(members == ["deviceDefault", "alphanumeric", "numeric", "pin"], "policy.md's list lines up with the table and names its rows")
    }

    @Test func translatedMemberNamesTakeTheEnglishNamesOfAListThatLinesUp() throws {
        let model = ModelMerger.merge([
            page("zh-cn/v1.0/resources/passwordtype.md", Self.translatedEnumPage),
            page("zh-cn/v1.0/resources/policy.md", Self.translatedPolicyPage(values: "`deviceDefault`、`alphanumeric`、`numeric`")),
        ])
        let passwordType = try #require(model.enumeration(named: "passwordType"))
        #expect(passwordType.members.map(\.name) == ["deviceDefault", "alphanumeric", "numeric"])
        #expect(passwordType.members.map(\.value) == [0, 1, 2], "the table's values stay with their rows")
        let suspicious = model.diagnostics.filter { $0.rule == RuleID.enumMemberNameSuspicious.id }
        #expect(suspicious.map(\.line) == [7, 8], "still reported where the translated names are written")
        #expect(suspicious.map(\.message) == [
            "expected an enum member name in English, found '字母'; the list at zh-cn/v1.0/resources/policy.md:6:2 that lines up with this one names it 'alphanumeric', which is used",
            "expected an enum member name in English, found '数字'; the list at zh-cn/v1.0/resources/policy.md:6:2 that lines up with this one names it 'numeric', which is used",
        ])
        #expect(!model.diagnostics.contains { $0.rule == RuleID.enumMembersDiffer.id })
    }

    @Test func translatedMemberNamesStayWhenNoEnglishListLinesUp() throws {
        for (values, why) in [
            ("`alphanumeric`、`deviceDefault`、`numeric`", "an untranslated name at another place"),
            ("`deviceDefault`、`alphanumeric`", "fewer names"),
        ] {
            let model = ModelMerger.merge([
                page("zh-cn/v1.0/resources/passwordtype.md", Self.translatedEnumPage),
                page("zh-cn/v1.0/resources/policy.md", Self.translatedPolicyPage(values: values)),
            ])
            let members = try #require(model.enumeration(named: "passwordType")).members.map(\.name)
            #expect(members.contains("字母") && members.contains("数字"), "\(why): \(members)")
        }
        let disagreeing = ModelMerger.merge([
            page("zh-cn/v1.0/resources/passwordtype.md", Self.translatedEnumPage),
            page("zh-cn/v1.0/resources/policy.md", Self.translatedPolicyPage(values: "`deviceDefault`、`alphanumeric`、`numeric`")),
            page("zh-cn/v1.0/resources/otherpolicy.md", Self.translatedPolicyPage(values: "`deviceDefault`、`numeric`、`alphanumeric`")),
        ])
        let members = try #require(disagreeing.enumeration(named: "passwordType")).members.map(\.name)
        #expect(Array(members.prefix(3)) == ["deviceDefault", "字母", "数字"], "two lists line up and disagree: \(members)")
    }

    @Test func anEnglishListThatLeavesMembersOutLinesUpInOrder() throws {
        #expect(EnumMerger.englishNames(for: ["无", "freeBusyRead", "阅读", "unknownFutureValue"], in: ["none", "read"])?.map(\.name) == ["none", "read"])
        #expect(EnumMerger.englishNames(for: ["无", "freeBusyRead", "阅读"], in: ["none", "freeBusyRead", "read"])?.map(\.index) == [0, 2])
        #expect(EnumMerger.englishNames(for: ["target", "审批者", "unknownFutureValue"], in: ["target", "approver"])?.map(\.name) == ["approver"])
        #expect(EnumMerger.englishNames(for: ["甲", "b"], in: ["b", "a"]) == nil, "甲 comes before b, so no name after b stands for it")
        #expect(EnumMerger.englishNames(for: ["a", "甲", "c"], in: ["c", "b", "a"]) == nil, "another order")
        #expect(EnumMerger.englishNames(for: ["a", "甲", "乙"], in: ["a", "b"]) == nil, "乙 would have no name")
        #expect(EnumMerger.englishNames(for: ["a", "甲"], in: ["a", "b", "x"]) == nil, "x has no place")

        let model = ModelMerger.merge([
            page("zh-cn/v1.0/resources/calendarroletype.md", """
                # calendarRoleType 枚举类型

                ## <a name="members"></a>成员
                |成员|说明|
                |:---|:---|
                |无|无。|
                |freeBusyRead|忙/闲。|
                |阅读|读取。|
                |unknownFutureValue|未来值。|
                """),
            page("zh-cn/v1.0/resources/calendarpermission.md", """
                # calendarPermission 资源类型

                ## 属性
                |属性|类型|说明|
                |:---|:---|:---|
                |role|[calendarRoleType](calendarroletype.md)|角色。可取值为：`none`、`read`。|
                """),
        ])
        #expect(try #require(model.enumeration(named: "calendarRoleType")).members.map(\.name) == ["none", "freeBusyRead", "read", "unknownFutureValue"])
    }

    @Test func aNameListedTwiceIsOneMember() throws {
        let model = ModelMerger.merge([page("zh-cn/v1.0/resources/callstate.md", """
            # callState 枚举类型

            ## <a name="members"></a>成员
            |成员|说明|
            |:---|:---|
            |建立|正在建立。|
            |hold|保持。|
            |建立|已建立。|
            """)])
        let callState = try #require(model.enumeration(named: "callState"))
        #expect(callState.members.map(\.name) == ["建立", "hold"])
        #expect(callState.members.first?.description == "正在建立。")
    }

    @Test func membersDifferingOnlyInCaseKeepTheEnumPagesSpelling() throws {
        let enums = page("en-us/v1.0/resources/enums.md", """
            # Enum values

            ### timeZoneStandard values

            | Member |
            |:---|
            | windows |
            | iana |
            """)
        let operation = page("en-us/v1.0/api/outlookuser-supportedtimezones.md", """
            # outlookUser: supportedTimeZones

            ## HTTP request
            ```http
            GET /me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'{timezone_format}')
            ```

            ## Function parameters
            | Parameter | Type | Description |
            |:---|:---|:---|
            | TimeZoneStandard | [timeZoneStandard](../resources/enums.md#timezonestandard-values) | The format. Possible values are: `Windows`, `Iana`, `Other`. |
            """)
        let model = ModelMerger.merge([enums, operation])
        #expect(try #require(model.enumeration(named: "timeZoneStandard")).members.map(\.name) == ["windows", "iana", "Other"])
        let differ = try #require(model.diagnostics.first { $0.rule == RuleID.enumMembersDiffer.id })
        #expect(differ.message.hasSuffix("this list lacks windows, iana and adds Windows, Iana, Other"))
    }

    @Test func differenceIsTranslationOnlyWhenTheTranslatedNamesCanAccountForIt() {
        #expect(EnumMerger.differenceIsTranslation(["a", "字母", "字母"], ["a", "b", "c"]))
        #expect(EnumMerger.differenceIsTranslation(["a", "b", "unknownFutureValue"], ["a", "无"]))
        #expect(!EnumMerger.differenceIsTranslation(["a", "字母"], ["a", "b", "c"]))
        #expect(!EnumMerger.differenceIsTranslation(["a", "字母"], ["b"]), "no translated name on the other side can stand for 'a'")
        #expect(!EnumMerger.differenceIsTranslation(["a", "b"], ["a", "c"]), "no translated names: a real difference")
    }
}
