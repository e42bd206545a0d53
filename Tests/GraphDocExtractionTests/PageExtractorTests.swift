import Testing
@testable import GraphDocExtraction
import GraphDocIR

/// Page-level extraction from small pages shaped like real Graph pages.
@Suite struct PageExtractorTests {
    func facts(_ text: String, path: String = "en-us/v1.0/resources/page.md") -> PageFacts {
        DocumentationLoader.facts(path: path, text: text)
    }

    static let resourcePage = """
        ---
        title: "user resource type"
        description: "Represents a user."
        doc_type: resourcePageType
        ---

        # user resource type

        Namespace: microsoft.graph

        Represents an Azure AD user account. Inherits from [directoryObject](directoryobject.md).

        ## Properties

        | Property | Type | Description |
        |:---|:---|:---|
        | accountEnabled | Boolean | `true` if the account is enabled. Required. |
        | businessPhones | String collection | The phone numbers. Read-only. |
        | **displayName** | String | The name. Maximum length is 256 characters. Not nullable. |
        | importance | [importance](importance.md) | How important. Possible values are: `low`, `normal`, `high`. |
        | identities | [objectIdentity](objectidentity.md) collection | Identities. Nullable. |
        | id | String | Inherited from [directoryObject](directoryobject.md). |

        ## Relationships

        | Relationship | Type | Description |
        |:---|:---|:---|
        | manager | [directoryObject](directoryobject.md) | The manager. Read-only. |

        ## JSON representation

        <!-- {
          "blockType": "resource",
          "baseType": "microsoft.graph.directoryObject",
          "keyProperty": "id",
          "openType": false,
          "@odata.type": "microsoft.graph.user"
        } -->

        ```json
        {
          "accountEnabled": true,
          "displayName": "string"
        }
        ```
        """

    @Test func resourcePageGivesItsType() throws {
        let page = facts(Self.resourcePage)
        #expect(page.page.kind == .resource)
        let user = try #require(page.types.first)
        #expect(user.name == "user")
        #expect(user.namespace == "microsoft.graph")
        #expect(user.origin == .resource)
        #expect(user.baseType == "directoryObject")
        #expect(user.keyProperty == "id")
        #expect(user.kind == .entity)
        #expect(user.description == "Represents an Azure AD user account. Inherits from directoryObject.")
        #expect(user.properties.map(\.name) == ["accountEnabled", "businessPhones", "displayName", "importance", "identities", "id"])
        #expect(user.relationships.map(\.name) == ["manager"])

        let byName = Dictionary(uniqueKeysWithValues: user.properties.map { ($0.name, $0) })
        #expect(byName["accountEnabled"]?.required == true)
        #expect(byName["businessPhones"]?.type == TypeReference(name: "String", collection: true))
        #expect(byName["businessPhones"]?.readOnly == true)
        #expect(byName["displayName"]?.nullable == false)
        #expect(byName["displayName"]?.constraints?.maxLength == 256)
        #expect(byName["identities"]?.type == TypeReference(name: "objectIdentity", collection: true))
        #expect(byName["identities"]?.nullable == true)
        #expect(byName["importance"]?.enum == "importance", "a type cell naming the enum names it")
        #expect(byName["id"]?.inheritedFrom == "directoryObject")
        #expect(page.enums.map(\.name) == ["importance"])
        #expect(page.enums.first?.ownerType == nil)
        #expect(page.sections.map(\.key) == ["properties", "relationships", "json-representation"])
        #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
    }

    @Test func jsonRepresentationKeysMissingFromTheTablesAreReadAndReported() throws {
        let page = facts(Self.resourcePage.replacingOccurrences(
            of: "  \"displayName\": \"string\"\n",
            with: "  \"displayName\": \"string\",\n  \"lastSeen\": \"String (timestamp)\",\n  \"photos\": [{\"@odata.type\": \"microsoft.graph.profilePhoto\"}]\n"))
        let user = try #require(page.types.first)
        let added = user.properties.suffix(2)
        #expect(added.map(\.name) == ["lastSeen", "photos"])
        #expect(added.first?.type == TypeReference(name: "DateTimeOffset"))
        #expect(added.last?.type == TypeReference(name: "profilePhoto", collection: true))
        // Kept for the merge, which knows whether an ancestor describes them (and reports them if not).
        let keys = page.representationOnlyKeys
        #expect(keys.map(\.name) == ["lastSeen", "photos"])
        #expect(keys.allSatisfy { $0.type == "user" })
        // The key's own line and column in the .md file.
        let lastSeenLine = Self.resourcePage.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("\"displayName\"") }.map { $0 + 2 }
        #expect(keys.first?.source.line == lastSeenLine)
        #expect(keys.first?.source.column == 3)
        #expect(added.first?.source == keys.first?.source)
        let reported = ModelMerger.merge([page]).diagnostics.filter { $0.rule == RuleID.propertyOnlyInJSON.id }
        #expect(reported.map(\.subject) == ["lastSeen", "photos"])
        #expect(reported.first?.location == keys.first?.source)
    }

    @Test func aResourcePageWithoutTablesTakesItsPropertiesFromTheJSONRepresentation() throws {
        let page = facts("""
            ---
            title: "FilterCriteria resource type"
            doc_type: resourcePageType
            ---

            # FilterCriteria resource type

            Represents the filtering criteria applied to a column.

            ## JSON representation

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.workbookFilterCriteria" } -->

            ```json
            {
              "color": "string",
              "icon": {"@odata.type": "microsoft.graph.workbookIcon"},
              "values": {"@odata.type": "microsoft.graph.Json"}
            }
            ```
            """)
        let type = try #require(page.types.first)
        #expect(type.name == "workbookFilterCriteria")
        #expect(type.properties.map(\.name) == ["color", "icon", "values"])
        #expect(type.properties.map(\.type.name) == ["String", "workbookIcon", "Json"])
        #expect(page.representationOnlyKeys.count == 3)
    }

    /// An open dictionary's representation shows a sample GUID key, which names no property.
    @Test func sampleGuidKeysOfTheJSONRepresentationAreNoProperties() throws {
        let page = facts("""
            ---
            title: "plannerAssignments resource type"
            doc_type: resourcePageType
            ---

            # plannerAssignments resource type

            An open type whose keys are user ids.

            ## JSON representation

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.plannerAssignments", "openType": true } -->

            ```json
            {
              "ca2a1df2-e36b-4987-9f6b-0ea462f4eb47": {"@odata.type": "microsoft.graph.plannerAssignment"}
            }
            ```
            """)
        let type = try #require(page.types.first)
        #expect(type.properties.isEmpty)
        #expect(page.representationOnlyKeys.isEmpty)
    }

    /// An open type that lists no property shows sample members clients define ("String-value",
    /// column names) in its representation, which are no properties. An open entity with tables
    /// (group) is read as any type: a key its tables lack is a defect to report.
    @Test func theJSONRepresentationOfAnOpenTypeWithoutTablesShowsSampleMembers() throws {
        func page(openness: String, statement: String, table: String = "") -> PageFacts {
            facts("""
                ---
                title: "fieldValueSet resource type"
                doc_type: resourcePageType
                ---

                # fieldValueSet resource type

                Represents the column values in a list item.\(statement)

                ## Properties
                Each field is returned as a name-value pair.
                \(table)

                ## JSON representation

                <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.fieldValueSet"\(openness) } -->

                ```json
                {
                  "Author": "String",
                  "String-value": true
                }
                ```
                """)
        }
        for open in [page(openness: ", \"openType\": true", statement: ""), page(openness: "", statement: " This is an _open type_.")] {
            let type = try #require(open.types.first)
            #expect(type.isOpen)
            #expect(type.properties.isEmpty)
            #expect(open.representationOnlyKeys.isEmpty)
        }
        let closed = try #require(page(openness: "", statement: "").types.first)
        #expect(closed.properties.map(\.name) == ["Author", "String-value"], "a closed type's keys are its properties")
        let table = "\n| Property | Type | Description |\n|:---|:---|:---|\n| Author | String | The author. |"
        let openWithTable = page(openness: ", \"openType\": true", statement: "", table: table)
        #expect(openWithTable.types.first?.properties.map(\.name) == ["Author", "String-value"])
        #expect(openWithTable.representationOnlyKeys.map(\.name) == ["String-value"])
    }

    @Test func aTableNameThatDiffersFromTheJSONKeyOnlyInCaseTakesTheKeysSpelling() throws {
        let page = facts(Self.resourcePage.replacingOccurrences(of: "| **displayName** |", with: "| **DisplayName** |"))
        let user = try #require(page.types.first)
        #expect(user.properties.map(\.name).contains("displayName"))
        #expect(!user.properties.map(\.name).contains("DisplayName"))
        let reported = page.diagnostics.filter { $0.rule == RuleID.propertyNameCase.id }
        #expect(reported.count == 1)
        #expect(reported.first?.message.contains("'DisplayName'") == true)
        #expect(reported.first?.line == user.properties.first { $0.name == "displayName" }?.source.line)
        #expect(page.representationOnlyKeys.isEmpty)
    }

    /// A plain translation whose tables name some properties in Chinese; the JSON representation is
    /// code, which machine translation leaves in English.
    static let translatedResourcePage = """
        # policy 资源类型

        ## 属性
        | 属性 | 类型 | 说明 |
        |:---|:---|:---|
        | id | String | 标识符。 |
        | 说明 | String | 说明。 |
        | 显示名称 | String | 名称。 |
        | 已启用 | Boolean | 是否启用。 |
        | 所有者 | [identitySet](identityset.md) | 所有者。 |
        | 级别 | [riskLevel](risklevel.md) | 风险级别。 |
        | 大小 | Int64 | 大小。 |

        ## JSON 表示形式
        <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.policy" } -->
        ```json
        {
          "id": "String",
          "description": "String",
          "displayName": "String",
          "isEnabled": true,
          "owner": { "@odata.type": "microsoft.graph.identitySet" },
          "level": "String",
          "size": 1024
        }
        ```
        """

    @Test func translatedTableNamesTakeTheJSONRepresentationsKeyWhenOnlyOneFits() throws {
        let page = facts(Self.translatedResourcePage, path: "zh-cn/v1.0/resources/policy.md")
        let policy = try #require(page.types.first)
        // Boolean, identitySet and Int64 rows each fit one key. Three String keys are left for two
        // String rows and an enum row: which is which is not known, so those keep their names.
        #expect(policy.properties.map(\.name) == ["id", "说明", "显示名称", "isEnabled", "owner", "级别", "size"])
        let suspicious = page.diagnostics.filter { $0.rule == RuleID.propertyNameSuspicious.id }
        #expect(suspicious.count == 6, "every translated name stays reported")
        #expect(suspicious.filter { $0.message.hasSuffix("which is used") }.map(\.line) == [9, 10, 12])
        #expect(suspicious.first { $0.line == 10 }?.message == "expected a property name (an identifier), found '所有者'; the JSON representation names it 'owner', which is used")
        // While some names stay translated, the tables are not compared with the keys.
        #expect(page.representationOnlyKeys.isEmpty)
    }

    /// Three `String` rows translated: the types cannot tell them apart, their alphabetical places can.
    static let translatedAlphabeticalPage = """
        # decisionItem 资源类型

        ## 属性
        | 属性 | 类型 | 说明 |
        |:---|:---|:---|
        | accessReviewId | String | 评审。 |
        | 决定 | String | 评审结果。 |
        | id | String | 标识符。 |
        | 理由 | String | 理由。 |
        | 主要 | [identity](identity.md) | 主体。 |
        | principalLink | String | 链接。 |
        | 建议 | String | 建议。 |
        | resourceLink | String | 链接。 |

        ## JSON 表示形式
        <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.decisionItem" } -->
        ```json
        {
          "id": "String (identifier)",
          "accessReviewId": "String",
          "recommendation": "String",
          "decision": "String",
          "principal": { "@odata.type": "microsoft.graph.identity" },
          "justification": "String",
          "principalLink": "String",
          "resourceLink": "String"
        }
        ```
        """

    @Test func translatedNamesTheTypesLeaveOpenTakeTheKeysOfTheirAlphabeticalPlaces() throws {
        let page = facts(Self.translatedAlphabeticalPage, path: "zh-cn/v1.0/resources/decisionitem.md")
        let item = try #require(page.types.first)
        #expect(item.properties.map(\.name) == [
            "accessReviewId", "decision", "id", "justification", "principal", "principalLink", "recommendation", "resourceLink",
        ])
        let suspicious = page.diagnostics.filter { $0.rule == RuleID.propertyNameSuspicious.id }
        #expect(suspicious.map(\.message) == [
            "expected a property name (an identifier), found '决定'; in the table's alphabetical order it comes after 'accessReviewId' and before 'id', where the JSON representation has 'decision', which is used",
            "expected a property name (an identifier), found '理由'; in the table's alphabetical order it comes after 'id' and before 'principal', where the JSON representation has 'justification', which is used",
            "expected a property name (an identifier), found '主要'; the JSON representation names it 'principal', which is used",
            "expected a property name (an identifier), found '建议'; in the table's alphabetical order it comes after 'principalLink' and before 'resourceLink', where the JSON representation has 'recommendation', which is used",
        ])
        #expect(page.representationOnlyKeys.isEmpty)
    }

    @Test func theEnumARestoredRowOwnsIsNamedAfterItsEnglishName() throws {
        let text = Self.translatedAlphabeticalPage.replacingOccurrences(of: "| 评审结果。 |", with: "| 评审结果。可取值为：`Approve`、`Deny`。 |")
        let page = facts(text, path: "zh-cn/v1.0/resources/decisionitem.md")
        let decision = try #require(page.types.first?.properties.first { $0.name == "decision" })
        #expect(decision.enum == "decisionItem.decision")
        #expect(page.enums.map(\.name) == ["decisionItem.decision"])
        #expect(page.enums.first?.ownerProperty == "decision")
        #expect(page.enums.first?.members.map(\.name) == ["Approve", "Deny"])
    }

    @Test func placesSayNothingInATableThatIsNotInAlphabeticalOrder() throws {
        let text = Self.translatedAlphabeticalPage
            .replacingOccurrences(of: "| resourceLink | String | 链接。 |", with: "| aaaLink | String | 链接。 |")
            .replacingOccurrences(of: "\"resourceLink\"", with: "\"aaaLink\"")
        let page = facts(text, path: "zh-cn/v1.0/resources/decisionitem.md")
        let names = try #require(page.types.first).properties.map(\.name)
        #expect(names.contains("决定") && names.contains("理由") && names.contains("建议"), "\(names)")
        #expect(names.contains("principal"), "the one identity key still names its row")
    }

    /// Intune's tables list the rows in the JSON representation's order, not the alphabet's.
    @Test func translatedNamesTakeTheKeysOfTheirPlacesInATableInRepresentationOrder() throws {
        let page = facts("""
            # androidApp 资源类型

            ## 属性
            | 属性 | 类型 | 说明 |
            |:---|:---|:---|
            | id | String | 键。 |
            | displayName | String | 标题。 |
            | 说明 | String | 应用的说明。 |
            | publisher | String | 发布者。 |
            | 所有者 | String | 应用的所有者。 |
            | developer | String | 开发者。 |

            ## JSON 表示形式
            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.androidApp" } -->
            ```json
            {
              "id": "String (identifier)",
              "displayName": "String",
              "description": "String",
              "publisher": "String",
              "owner": "String",
              "developer": "String"
            }
            ```
            """, path: "zh-cn/v1.0/resources/androidapp.md")
        let app = try #require(page.types.first)
        #expect(app.properties.map(\.name) == ["id", "displayName", "description", "publisher", "owner", "developer"])
        let suspicious = page.diagnostics.filter { $0.rule == RuleID.propertyNameSuspicious.id }
        #expect(suspicious.map(\.message) == [
            "expected a property name (an identifier), found '说明'; in the order of the JSON representation, which the table follows, it comes after 'displayName' and before 'publisher', where the JSON representation has 'description', which is used",
            "expected a property name (an identifier), found '所有者'; in the order of the JSON representation, which the table follows, it comes after 'publisher' and before 'developer', where the JSON representation has 'owner', which is used",
        ])
    }

    /// educationUser's translated `user` relationship took `"officeLocation": "String"`, the one key left.
    @Test func aRelationshipRowTakesNoStringKey() throws {
        let page = facts("""
            # educationUser 资源类型

            ## 属性
            | 属性 | 类型 | 说明 |
            |:---|:---|:---|
            | id | String | 标识符。 |

            ## 关系
            | 关系 | 类型 | 说明 |
            |:---|:---|:---|
            | 用户 | [user](user.md) | 目录用户。 |

            ## JSON 表示形式
            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.educationUser" } -->
            ```json
            { "id": "String", "officeLocation": "String" }
            ```
            """, path: "zh-cn/v1.0/resources/educationuser.md")
        let user = try #require(page.types.first)
        #expect(user.relationships.map(\.name) == ["用户"])
        #expect(page.representationOnlyKeys.map(\.name) == ["officeLocation"])
    }

    /// geoCoordinates: altitude, latitude and longitude, all translated, in their alphabetical order.
    @Test func aTableWithNoEnglishNameSaysSoWhenItsRowsTakeTheirPlaces() throws {
        let page = facts("""
            # geoCoordinates 资源类型

            ## 属性
            | 属性 | 类型 | 说明 |
            |:---|:---|:---|
            | 海拔 | Double | 海拔高度。 |
            | 纬度 | Double | 纬度。 |

            ## JSON 表示形式
            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.geoCoordinates" } -->
            ```json
            { "latitude": 1.0, "altitude": 1.0 }
            ```
            """, path: "zh-cn/v1.0/resources/geocoordinates.md")
        #expect(page.types.first?.properties.map(\.name) == ["altitude", "latitude"])
        #expect(page.diagnostics.filter { $0.rule == RuleID.propertyNameSuspicious.id }.map(\.message).first
            == "expected a property name (an identifier), found '海拔'; the table names no row in English, and in alphabetical order its rows stand for the JSON representation's keys, this one for 'altitude', which is used")
    }

    @Test func aStringPlaceholderNamesAnEnumRowWhenItIsTheOnlyKeyLeft() throws {
        let text = Self.translatedResourcePage
            .replacingOccurrences(of: "| 说明 |", with: "| description |").replacingOccurrences(of: "| 显示名称 |", with: "| displayName |")
        let page = facts(text, path: "zh-cn/v1.0/resources/policy.md")
        let policy = try #require(page.types.first)
        #expect(policy.properties.map(\.name) == ["id", "description", "displayName", "isEnabled", "owner", "level", "size"])
        #expect(page.representationOnlyKeys.isEmpty)
    }

    @Test func aTranslatedRowWithNoFittingKeyKeepsItsName() throws {
        let text = Self.translatedResourcePage.replacingOccurrences(of: "\"size\": 1024", with: "\"size\": \"String\"")
        let page = facts(text, path: "zh-cn/v1.0/resources/policy.md")
        let policy = try #require(page.types.first)
        #expect(policy.properties.map(\.name).contains("大小"), "an Int64 row is not named by a String key")
    }

    @Test func tablesOfSubsectionsOfPropertiesDescribeSomethingElse() throws {
        let page = facts(Self.resourcePage.replacingOccurrences(of: "## Relationships", with: """
            ### Properties of a user definition

            | Property | Type | Description |
            |:---|:---|:---|
            | Version | Integer | Set value of 1. Required. |

            ### Instance attributes

            | Property name | Type | Description |
            |:---|:---|:---|
            | label | String | A temporary label. |

            ### importance values

            | Member | Description |
            |:---|:---|
            | low | Low. |
            | critical | Critical. |

            ## Relationships
            """))
        let user = try #require(page.types.first)
        #expect(user.properties.map(\.name) == ["accountEnabled", "businessPhones", "displayName", "importance", "identities", "id"])
        #expect(page.enums.first { $0.name == "importance" }?.members.map(\.name).contains("critical") == true, "a values table is still read")
        #expect(user.relationships.map(\.name) == ["manager"])
    }

    @Test func anActionsBodyIsItsParametersTableWhateverTypeTheProseLinks() throws {
        let page = facts("""
            ---
            title: "assignLicense"
            doc_type: apiPageType
            ---

            # assignLicense

            ## HTTP request

            ```http
            POST /users/{id}/assignLicense
            ```

            ## Request body

            In the request body, provide a JSON object with the following parameters for the [user](../resources/user.md).

            | Parameter | Type | Description |
            |:---|:---|:---|
            | addLicenses | [assignedLicense](../resources/assignedlicense.md) collection | Licenses to add. Required. |
            """, path: "en-us/v1.0/api/user-assignlicense.md")
        let body = try #require(page.operation?.requestBody)
        #expect(body.type == nil)
        #expect(body.properties.map(\.name) == ["addLicenses"])
    }

    @Test func namespaceLineNamesTheTypesNamespace() throws {
        let page = facts(Self.resourcePage.replacingOccurrences(of: "Namespace: microsoft.graph", with: "Namespace: microsoft.graph.callRecords"))
        #expect(page.types.first?.namespace == "microsoft.graph.callRecords")
        #expect(page.types.first?.description == "Represents an Azure AD user account. Inherits from directoryObject.")
    }

    /// Plain translations translate the label too, zh-CN with a full-width colon; the line is never the description.
    @Test(arguments: [
        ("命名空间：microsoft.graph.callRecords", "zh-cn"),
        ("Пространство имен: microsoft.graph.callRecords", "ru-ru"),
        ("<a name=\"x\"></a>Namespace: microsoft.graph.callRecords", "en-us"),
    ])
    func translatedNamespaceLine(line: String, locale: String) throws {
        let page = facts(Self.resourcePage
            .replacingOccurrences(of: "Namespace: microsoft.graph", with: line)
            .replacingOccurrences(of: "Represents an Azure AD user account.", with: "Описание. 说明。"),
            path: "\(locale)/v1.0/resources/user.md")
        let type = try #require(page.types.first)
        #expect(type.namespace == "microsoft.graph.callRecords")
        #expect(type.description.hasPrefix("Описание. 说明。"))
    }

    /// A values table under a heading that names no enum ("Roles property values", whose anchor
    /// slug `roles-property` is no name either) is no enum on a resource page, in English and side by
    /// side alike; it must not become an enum named like the page's type.
    @Test(arguments: [
        "### Roles property values",
        #"### <a name="roles-property-values"></a><span data-ttu-id="1">角色属性值</span><span class="sxs-lookup"><span data-stu-id="1">Roles property values</span></span>"#,
    ])
    func aValuesTableNamingNoEnumIsNoEnum(heading: String) throws {
        let page = facts(Self.resourcePage + "\n\n" + heading + "\n\n| Value | Description |\n|:---|:---|\n| read | Read. |\n| write | Write. |\n")
        #expect(page.types.map(\.name) == ["user"])
        #expect(page.enums.map(\.name).filter { $0.lowercased() == "user" } == [])
    }

    @Test func aNoteBeforeTheDescriptionIsNotTheDescription() throws {
        let page = facts(Self.resourcePage.replacingOccurrences(
            of: "Namespace: microsoft.graph\n",
            with: "Namespace: microsoft.graph\n\n> **Note:** The API for Intune requires an [active Intune license](https://go.microsoft.com/fwlink/?linkid=839381).\n"))
        #expect(page.types.first?.description == "Represents an Azure AD user account. Inherits from directoryObject.")
        #expect(page.types.first?.baseType == "directoryObject")
    }

    /// The introduction names the base type with one of several phrasings, in English and in
    /// translations; the base type's link stands next to the phrase.
    @Test(arguments: [
        ("A subclass of [educationResource](educationresource.md) that represents a file.", "en-us"),
        ("This resource is a subclass of [educationResource](educationresource.md).", "en-us"),
        ("It inherits from base class [educationResource](educationresource.md).", "en-us"),
        ("The [fileResource](fileresource.md) entity is derived from the [educationResource](educationresource.md) type.", "en-us"),
        ("Inherits from\n**[educationResource](educationresource.md)**.", "en-us"),
        ("[educationResource](educationresource.md) 的子类。", "zh-cn"),
        ("此资源是 [educationResource 的子类](educationresource.md)。", "zh-cn"),
        ("[educationResource](educationresource.md) 子类，表示文件。", "zh-cn"),
        ("继承自 [educationResource](educationresource.md)。", "zh-cn"),
        ("每个文件都与一个课程关联。 派生自 [教育资源](educationresource.md)。", "zh-cn"),
        ("**fileResource** 资源派生自 [**educationResource**](educationresource.md) 并继承该资源的属性。", "zh-cn"),
        ("Является подклассом [educationResource](educationresource.md).", "ru-ru"),
    ])
    func introductionNamesTheBaseType(sentence: String, locale: String) throws {
        let page = facts(Self.resourcePageWithoutAnnotatedBase.replacingOccurrences(
            of: "Represents an Azure AD user account. Inherits from [directoryObject](directoryobject.md).", with: sentence),
            path: "\(locale)/v1.0/resources/user.md")
        // A translated link text leaves the file name, whose spelling the merge restores.
        #expect(page.types.first?.baseType?.lowercased() == "educationresource")
    }

    /// ``resourcePage`` with the base type named only by its introduction.
    static let resourcePageWithoutAnnotatedBase = resourcePage.replacingOccurrences(
        of: "  \"baseType\": \"microsoft.graph.directoryObject\",\n", with: "")

    /// "Inherited from [x](x.md) entity." ends an introduction that linked other types first: the link
    /// after the phrase is the base type, not the paragraph's first link.
    @Test func inheritedFromAfterOtherLinksNamesTheBaseType() throws {
        let page = facts(Self.resourcePageWithoutAnnotatedBase.replacingOccurrences(
            of: "Represents an Azure AD user account. Inherits from [directoryObject](directoryobject.md).",
            with: "Returned for a [domain](domain.md) when no [record](record.md) fits. Inherited from [directoryObject](directoryobject.md) entity."),
            path: "en-us/v1.0/resources/user.md")
        #expect(page.types.first?.baseType == "directoryObject")
    }

    /// Introductions link derived and related types too, in sentences that hold a base-type phrase.
    @Test(arguments: [
        ("This is the base type for richer location types such as [room](room.md).", "en-us"),
        ("[serviceEndpoint](serviceendpoint.md) types inherit from this type.", "en-us"),
        ("All grading types, such as [points](points.md), are subclasses of this type.", "en-us"),
        ("Inherits from a type. See [room](room.md) for details.", "en-us"),
        ("[room](room.md)和[roomList](roomlist.md)资源是此超级类的子类。", "zh-cn"),
        ("此类型的子类型 [room](room.md) 用于标识源。", "zh-cn"),
    ])
    func aLinkAwayFromTheBaseTypePhraseIsNoBaseType(sentence: String, locale: String) throws {
        let page = facts(Self.resourcePageWithoutAnnotatedBase.replacingOccurrences(
            of: "Represents an Azure AD user account. Inherits from [directoryObject](directoryobject.md).", with: sentence),
            path: "\(locale)/v1.0/resources/user.md")
        #expect(page.types.first?.baseType == nil)
    }

    /// Code in a programming language under "HTTP request" shows how to build part of the route
    /// (shares-get encodes a sharing URL in C#); it states no routes.
    @Test func codeInAnotherLanguageUnderHTTPRequestIsNoRoute() throws {
        let page = facts("""
            ---
            title: "Get shared item"
            doc_type: apiPageType
            ---
            # Get shared item

            ## HTTP request

            ```http
            GET /shares/{shareIdOrEncodedSharingUrl}
            ```

            To encode a sharing URL in C#:

            ```csharp
            string base64Value = System.Convert.ToBase64String(bytes);
            ```
            """, path: "en-us/v1.0/api/shares-get.md")
        #expect(page.operation?.routes.map(\.path) == ["/shares/{shareIdOrEncodedSharingUrl}"])
        #expect(page.diagnostics.filter { $0.rule == RuleID.routeMalformed.id }.isEmpty)
    }

    /// "### HTTP request" under "## Example" opens the route section only until its sibling
    /// "### Response": the response there is the example's, not route lines.
    @Test func aSiblingHeadingEndsTheHTTPRequestSubsection() throws {
        let page = facts("""
            ---
            title: "todoTask: delta"
            doc_type: apiPageType
            ---
            # todoTask: delta

            ## HTTP request

            ```http
            GET /me/todo/lists/{id}/tasks/delta
            ```

            ## Example
            ### HTTP Request
            <!-- { "blockType": "ignored" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/me/todo/lists/x/tasks/delta
            Prefer: odata.maxpagesize=2
            ```

            ### Response
            The response shows a skipToken.

            ```http
            HTTP/1.1 200 OK
            Content-type: application/json

            { "value": [] }
            ```
            """, path: "en-us/v1.0/api/todotask-delta.md")
        #expect(page.diagnostics.filter { $0.rule == RuleID.routeMalformed.id }.map(\.line) == [])
        #expect(page.operation?.examples.first?.response?.status == 200)
        // The full-URL call under "### HTTP Request" is the example's request, not another route.
        #expect(page.operation?.routes.map(\.path) == ["/me/todo/lists/{id}/tasks/delta"])
        #expect(page.operation?.examples.count == 1)
        #expect(page.operation?.examples.first?.request?.url == "https://graph.microsoft.com/v1.0/me/todo/lists/x/tasks/delta")
        #expect(!page.diagnostics.contains { $0.rule == RuleID.exampleResponseWithoutRequest.id })
    }

    /// Pages without an `openType` annotation say in words that their type is open.
    @Test(arguments: [
        ("# user resource type", "This is an _open type_ that represents feedback tokens.", "en-us", true),
        ("# user resource type (Open Type)", "Represents a tab's configuration.", "en-us", true),
        ("# user 资源类型", "此类型是开放类型，表示分配。", "zh-cn", true),
        ("# user 资源类型 (开放类型)", "表示选项卡的配置。", "zh-cn", true),
        // Naming another open type, or the OData feature, does not make this one open.
        ("# user resource type", "This type is used in the open type [plannerAssignments](plannerassignments.md).", "en-us", false),
        ("# user resource type", "An abstract type to support the OData v4 open type openTypeExtension.", "en-us", false),
    ])
    func titleOrIntroductionStatesAnOpenType(heading: String, introduction: String, locale: String, isOpen: Bool) throws {
        let page = facts(Self.resourcePage
            .replacingOccurrences(of: "# user resource type", with: heading)
            .replacingOccurrences(of: "Represents an Azure AD user account. Inherits from [directoryObject](directoryobject.md).", with: introduction),
            path: "\(locale)/v1.0/resources/user.md")
        #expect(page.types.first?.isOpen == isOpen)
    }

    /// The namespace line and the description may be one paragraph (a soft break or the same line).
    @Test(arguments: [
        ("Namespace: microsoft.graph.partners\nRepresents a partnership.\n\n> **Important:**\n> Exists in partner tenants only.", "Represents a partnership."),
        ("命名空间：microsoft.graph.partners [columnDefinition](columnDefinition.md)资源上的 thumbnailColumn 指示列。", "columnDefinition资源上的 thumbnailColumn 指示列。"),
    ])
    func namespaceAndDescriptionInOneParagraph(intro: String, description: String) throws {
        let page = facts(Self.resourcePage.replacingOccurrences(
            of: "Namespace: microsoft.graph\n\nRepresents an Azure AD user account. Inherits from [directoryObject](directoryobject.md).\n",
            with: intro + "\n"))
        #expect(page.types.first?.namespace == "microsoft.graph.partners")
        #expect(page.types.first?.description == description)
    }

    @Test func proseThatStartsWithTheLabelWordIsNoNamespaceLine() throws {
        let page = facts(Self.resourcePage.replacingOccurrences(of: "Namespace: microsoft.graph\n\nRepresents", with: "Namespaces group types. Represents"))
        #expect(page.types.first?.namespace == "microsoft.graph")
        #expect(page.types.first?.description.hasPrefix("Namespaces group types. Represents an Azure AD user account.") == true)
    }

    @Test func namespaceLabelWithoutANamespaceKeepsTheDefault() throws {
        let page = facts(Self.resourcePage.replacingOccurrences(of: "Namespace: microsoft.graph", with: "Namespace: see below"))
        #expect(page.types.first?.namespace == "microsoft.graph")
        #expect(page.types.first?.description.hasPrefix("Represents an Azure AD user account.") == true)
    }

    @Test func enumerationPageAndValuesTables() throws {
        let page = facts("""
            ---
            title: "riskLevel enum type"
            description: "x"
            doc_type: enumPageType
            ---
            # riskLevel enum type

            ## Members
            |Member|Value|Description|
            |:---|:---|:---|
            |low|0|Low.|
            |medium|1|Medium.|
            |hidden|2|Hidden.|

            ### changeType values

            | Member |
            |:-------|
            | created |
            | updated |
            """)
        #expect(page.page.kind == .enumeration)
        #expect(page.enums.map(\.name) == ["riskLevel", "changeType"])
        #expect(page.enums[0].members == [EnumMember(name: "low", description: "Low.", value: 0), EnumMember(name: "medium", description: "Medium.", value: 1), EnumMember(name: "hidden", description: "Hidden.", value: 2)])
        #expect(page.enums[0].origin == .table)
        #expect(page.enums[1].members.map(\.name) == ["created", "updated"])
    }

    /// Flags enums: a values table whose values are distinct powers of two (under any "Value"/"Int value"
    /// header), or a description saying the listed values combine into a comma-separated list.
    @Test func flagsEnumsFromPowerOfTwoValuesAndFromDescriptions() throws {
        let page = facts(Self.resourcePage.replacingOccurrences(
            of: "| id | String | Inherited from [directoryObject](directoryobject.md). |",
            with: """
                | changeType | String | The change. Supported values are: `created`, `updated`, `deleted`. Multiple values can be combined using a comma-separated list. |
                | id | String | Inherited from [directoryObject](directoryobject.md). |
                """) + """


            ### verdictDetailsType values

            | Member | Int value | Description |
            |:---|:---|:---|
            | None | 0 | None. |
            | AllowFalsePositiveOverride | 1 | One. |
            | AllowOverrideWithoutJustification | 2 | Two. |
            | AllowOverrideWithJustification | 4 | Four. |
            """)
        let changeType = try #require(page.enums.first { $0.name == "user.changeType" })
        #expect(changeType.isFlags)
        #expect(changeType.members.map(\.name) == ["created", "updated", "deleted"])
        #expect(page.enums.first { $0.name == "importance" }?.isFlags == false)
        let verdict = try #require(page.enums.first { $0.name == "verdictDetailsType" })
        #expect(verdict.members.map(\.value) == [0, 1, 2, 4])
        #expect(verdict.isFlags)
    }

    @Test func operationPageExamplesArePairedByNameThenOrder() throws {
        let page = facts("""
            # Get thing

            ## HTTP request
            <!-- { "blockType": "ignored" } -->
            ```http
            GET /things/{id}
            GET /me/things/{id}?$select=name
            ```

            ## Response

            If successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object in the response body.

            ## Examples

            ```http
            HTTP/1.1 204 No Content
            ```

            ### Request
            <!-- { "blockType": "request", "name": "get_thing" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/things/1
            ```

            ### Response
            <!-- { "blockType": "response", "truncated": true, "@odata.type": "microsoft.graph.thing" } -->
            ```http
            HTTP/1.1 200 OK
            Content-type: application/json

            {"id": "1"}
            ```

            ```http
            GET https://graph.microsoft.com/v1.0/things/2
            ```

            ```http
            HTTP/1.1 200 OK

            {"id": "2"}
            ```

            ```http
            HTTP/1.1 404 Not Found
            ```

            ```http
            HTTP/1.1 410 Gone
            ```
            """, path: "en-us/v1.0/api/thing-get.md")
        let operation = try #require(page.operation)
        #expect(operation.id == "thing-get")
        #expect(operation.apiVersion == "v1.0")
        #expect(operation.routes.map(\.path) == ["/things/{id}", "/me/things/{id}?$select=name"])
        #expect(operation.responses.first?.status == 200)
        #expect(operation.responses.first?.type == TypeReference(name: "thing"))
        #expect(operation.examples.map(\.name) == [
            "thing-get-response-1", "get_thing", "thing-get-example-3", "thing-get-example-3-response-2", "thing-get-example-3-response-3",
        ])
        #expect(operation.examples[0].request == nil, "a response before any request answers none")
        #expect(operation.examples[1].response?.odataType == "microsoft.graph.thing")
        #expect(operation.examples[2].response?.body?["id"] == .string("2"), "unannotated blocks are recognised by content")
        // Further responses to an answered request are its alternatives, each with the same request.
        #expect(operation.examples[3...].map { $0.response?.status } == [404, 410])
        #expect(operation.examples[3...].allSatisfy { $0.request == operation.examples[2].request })
        #expect(page.diagnostics.map(\.rule) == [RuleID.frontMatterMissingField.id, RuleID.exampleResponseWithoutRequest.id])
        #expect(page.diagnostics.last?.line == 16)
    }

    @Test func annotationsThatContradictTheContentAreReportedAndTheContentRead() throws {
        let page = facts("""
            # Reply to message

            ## Examples

            <!-- { "blockType": "response", "@odata.type": "microsoft.graph.chatMessage" } -->
            ```http
            POST https://graph.microsoft.com/v1.0/teams/1/channels/2/messages/3/replies

            {"body": {"content": "Hello"}}
            ```

            <!-- { "blockType": "request", "name": "reply" } -->
            ```http
            HTTP/1.1 201 Created

            {"id": "4"}
            ```
            """, path: "en-us/v1.0/api/chatmessage-post-replies.md")
        let example = try #require(page.operation?.examples.first)
        #expect(page.operation?.examples.count == 1)
        #expect(example.request?.method == "POST")
        #expect(example.request?.body?["body"]?["content"] == .string("Hello"))
        #expect(example.response?.status == 201)
        let mismatches = page.diagnostics.filter { $0.rule == RuleID.annotationBlockTypeMismatch.id }
        #expect(mismatches.map(\.line) == [5, 12])
        #expect(mismatches.first?.message == "expected a response as the annotation says, found a request line; reading the block as what it holds")
    }

    @Test func ignoredRequestsStillPairWithTheirResponses() throws {
        let page = facts("""
            # Count groups

            ## Examples

            <!-- { "blockType": "ignored", "name": "count_groups" } -->
            ```msgraph-interactive
            GET https://graph.microsoft.com/v1.0/groups/$count
            ```

            <!-- { "blockType": "response" } -->
            ```http
            HTTP/1.1 200 OK

            893
            ```
            """, path: "en-us/v1.0/api/group-count.md")
        let example = try #require(page.operation?.examples.first)
        #expect(example.name == "count_groups")
        #expect(example.request?.url == "https://graph.microsoft.com/v1.0/groups/$count")
        #expect(example.response?.status == 200)
        #expect(!page.diagnostics.contains { $0.rule == RuleID.exampleResponseWithoutRequest.id })
    }

    @Test func perScenarioRoutesOutsideHTTPRequestHeadingsAreRoutes() throws {
        let page = facts("""
            # List available drives

            ## List a group's drives

            ### HTTP request

            ```http
            GET /groups/{groupId}/drives
            ```

            ## List a site's drives

            <!-- { "blockType": "request", "name": "site-drives" } -->
            ```http
            GET /sites/{siteId}/drives
            ```

            ## Example

            <!-- { "blockType": "request", "name": "enum-drives" } -->
            ```msgraph-interactive
            GET /me/drives
            ```
            """, path: "en-us/v1.0/api/drive-list.md")
        #expect(page.operation?.routes.map(\.path) == ["/groups/{groupId}/drives", "/sites/{siteId}/drives"])
        #expect(page.operation?.examples.map(\.name) == ["site-drives", "enum-drives"], "annotated requests stay examples too")
    }

    @Test func annotatedRequestsUnderHTTPRequestAreRoutesAndExamples() throws {
        let page = facts("""
            # Get drive

            ## Get current user's OneDrive

            ### HTTP request

            # [HTTP](#tab/http)
            <!-- { "blockType": "request", "name": "get-drive-default" } -->
            ```msgraph-interactive
            GET /me/drive
            ```
            ---

            ### Response

            <!-- { "blockType": "response", "@odata.type": "microsoft.graph.drive" } -->
            ```http
            HTTP/1.1 200 OK

            {"id": "b!t18F8ybsHUq1z3LTz8xvZqP8zaSWjkFNhsME-Fepo75dTf9vQKfeRblBZjoSQrd7"}
            ```

            ## Get a user's OneDrive

            ### HTTP request

            <!-- { "blockType": "ignored" } -->
            ```http
            GET /users/{idOrUserPrincipalName}/drive
            ```
            """, path: "en-us/v1.0/api/drive-get.md")
        let operation = try #require(page.operation)
        #expect(operation.routes.map(\.path) == ["/me/drive", "/users/{idOrUserPrincipalName}/drive"])
        #expect(operation.examples.map(\.name) == ["get-drive-default"], "an unannotated or ignored route block is no example")
        #expect(operation.examples.first?.request?.url == "/me/drive")
        #expect(operation.examples.first?.response?.status == 200)
        #expect(!page.diagnostics.contains { $0.rule == RuleID.exampleResponseWithoutRequest.id })
    }

    @Test func functionQueryAndPathParameterTablesBecomeParameters() throws {
        let page = facts("""
            # user: delta

            ## HTTP request

            ```http
            GET /users/delta(period='{period}')
            GET /users/{id}/cell(row={row})
            ```

            ## Function parameters

            | Parameter | Type | Description |
            |:----------|:-----|:------------|
            | period | string | The length of time. Supported values are: `D7`, `D30`. Required. |
            | includeNotes | Boolean | Optional. Include notes. |

            ## Query parameters

            | Query parameter | Type | Description |
            |:----------------|:-----|:------------|
            | $deltatoken | string | A state token returned in the `deltaLink` URL. |

            ### Format options

            | Format value | Description |
            |:-------------|:------------|
            | pdf | Converts the item into PDF format. |

            ## Path parameters

            | Parameter | Type | Description |
            |:----------|:-----|:------------|
            | row | Int32 | Row number of the cell. |

            ## Optional query parameters

            | Parameter | Description | Example |
            |:----------|:------------|:--------|
            | $select | Properties to return. | `$select=id` |

            ## Request body

            | Parameter | Type | Description |
            |:----------|:-----|:------------|
            | note | String | Not a parameter of the URL. |
            """, path: "en-us/v1.0/api/user-delta.md")
        let operation = try #require(page.operation)
        #expect(operation.parameters.map(\.name) == ["period", "includeNotes", "$deltatoken", "row"])
        #expect(operation.parameters.map(\.location) == [.function, .function, .query, .path])
        #expect(operation.parameters.map(\.type.name) == ["String", "Boolean", "String", "Int32"])
        #expect(operation.parameters.map(\.required) == [true, false, nil, nil])
        #expect(operation.parameters.first?.source.line == 14)
        let periodEnum = try #require(operation.parameters.first?.enum)
        #expect(page.enums.first { $0.name == periodEnum }?.members.map(\.name) == ["D7", "D30"])
        #expect(operation.requestBody?.properties.map(\.name) == ["note"])
        #expect(!page.diagnostics.contains { $0.rule == RuleID.propertyNameSuspicious.id }, "OData's $deltatoken is a query parameter's name")
        #expect(!page.diagnostics.contains { $0.rule == RuleID.tableUnrecognized.id })
    }

    @Test func callbacksToOtherHostsAreNotExamples() throws {
        let page = facts("""
            # Create call

            ## Examples

            <!-- { "blockType": "example", "name": "create-group-call" } -->
            ```http
            POST https://graph.microsoft.com/v1.0/communications/calls

            {"tenantId": "x"}
            ```

            ##### Notification - establishing

            ```http
            POST https://bot.contoso.com/callback
            Content-Type: application/json
            ```

            <!-- { "blockType": "example", "@odata.type": "microsoft.graph.commsNotifications" } -->
            ```json
            {"value": []}
            ```

            ```http
            HTTP/1.1 202 Accepted
            ```

            <!-- { "blockType": "example", "name": "call-redirect-2" } -->
            ```http
            POST https://bot.contoso.com/api/calls/24701998
            ```

            <!-- { "blockType": "response" } -->
            ```http
            HTTP/1.1 201 Created

            {"id": "2f1a1100"}
            ```

            <!-- { "blockType": "request", "name": "upload-fragment" } -->
            ```http
            PUT https://sn3302.up.1drv.com/up/fe6987415ace7X4e1eF866337
            Content-Length: 26
            ```
            """, path: "en-us/v1.0/api/application-post-calls.md")
        let examples = try #require(page.operation?.examples)
        #expect(examples.map(\.name) == ["create-group-call", "upload-fragment"])
        #expect(examples.first?.request?.body?["tenantId"] == .string("x"))
        #expect(examples.first?.response?.status == 201, "the callback and its 202 are skipped, so the call's response pairs with the call")
        #expect(examples.last?.request?.url == "https://sn3302.up.1drv.com/up/fe6987415ace7X4e1eF866337", "annotated as a request, another host is kept")
        #expect(!page.diagnostics.contains { $0.rule == RuleID.exampleResponseWithoutRequest.id })
    }

    @Test func ignoredFollowUpResponsesAreNotOrphans() throws {
        let page = facts("""
            # Get report

            <!-- { "blockType": "request", "name": "get_report" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/reports/getEmailActivityUserDetail(period='D7')
            ```

            <!-- { "blockType": "response" } -->
            ```http
            HTTP/1.1 302 Found
            Location: https://reports.office.com/data/download/x
            ```

            Follow the 302 redirection and the CSV file that downloads will have the following schema.
            <!-- { "blockType": "ignored" } -->
            ```http
            HTTP/1.1 200 OK
            Content-Type: application/octet-stream
            ```
            """, path: "en-us/v1.0/api/report.md")
        #expect(page.operation?.examples.count == 1)
        #expect(page.operation?.examples.first?.response?.status == 302)
        #expect(!page.diagnostics.contains { $0.rule == RuleID.exampleResponseWithoutRequest.id })
    }

    @Test func tabGroupsDoNotEndTheExamplesSection() throws {
        let page = facts("""
            # Create thing

            ## Examples

            ### Request

            # [HTTP](#tab/http)
            <!-- { "blockType": "request", "name": "create_thing" } -->
            ```http
            POST https://graph.microsoft.com/beta/things
            Content-type: application/json

            {"name": "a"}
            ```
            # [C#](#tab/csharp)
            [!INCLUDE [sample-code](../includes/snippets/csharp/create-thing-csharp-snippets.md)]

            ---

            ### Response

            > **Note:** shortened.

            >```http
            >HTTP/1.1 201 Created
            >
            >{"name": "a", }
            >```
            """, path: "en-us/beta/api/thing-post.md")
        let example = try #require(page.operation?.examples.first)
        #expect(page.page.title == "Create thing")
        #expect(page.page.apiVersion == "beta")
        #expect(example.request?.body?["name"] == .string("a"))
        #expect(example.response?.status == 201, "a fence inside a block quote is found")
        let invalid = try #require(page.diagnostics.first { $0.rule == RuleID.exampleJSONInvalid.id })
        #expect((invalid.line, invalid.column) == (27, 14), "line 27 is `>{\"name\": \"a\", }`; the comma follows the block-quote marker")
    }

    @Test func duplicateExampleNamesAndUnknownBlockTypesAreReported() {
        let page = facts("""
            # x
            <!-- { "blockType": "request", "name": "a" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/me
            ```
            <!-- { "blockType": "request", "name": "a" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/me
            ```
            <!-- { "blockType": "reqest" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/me
            ```
            """)
        let rules = page.diagnostics.map(\.rule)
        #expect(rules.contains(RuleID.exampleDuplicateName.id))
        #expect(rules.contains(RuleID.annotationUnknownBlockType.id))
        #expect(page.diagnostics.contains { $0.rule == RuleID.frontMatterMissingField.id })
    }

    @Test func docTypeThatContradictsThePageIsReportedAndTheStructureWins() throws {
        let mislabelled = facts(Self.resourcePage.replacingOccurrences(of: "doc_type: resourcePageType", with: "doc_type: \"apiPageType\""))
        #expect(mislabelled.page.kind == .resource)
        #expect(mislabelled.types.first?.name == "user")
        let reported = try #require(mislabelled.diagnostics.first { $0.rule == RuleID.docTypeMismatch.id })
        #expect(reported.line == 4)
        #expect(reported.message.contains("expected doc_type 'resourcePageType'"))
        #expect(reported.message.contains("found 'apiPageType'"))

        // A resource page that also documents a request keeps the kind its front matter states.
        let withRoute = facts(Self.resourcePage
            .replacingOccurrences(of: "doc_type: resourcePageType", with: "doc_type: apiPageType")
            .replacingOccurrences(of: "## Properties", with: "## HTTP request\n\n```http\nGET /users/{id}\n```\n\n## Properties"))
        #expect(withRoute.page.kind == .operation)
        #expect(!withRoute.diagnostics.contains { $0.rule == RuleID.docTypeMismatch.id })

        // Overview pages show requests as illustrations and stay conceptual.
        let overview = facts("""
            ---
            title: "Use the Planner API"
            doc_type: conceptualPageType
            ---

            # Use the Planner API

            ## HTTP request

            ```http
            GET /me/planner/tasks
            ```
            """)
        #expect(overview.page.kind == .other)
        #expect(!overview.diagnostics.contains { $0.rule == RuleID.docTypeMismatch.id })

        // A page declared a resource that only documents a request is an operation page.
        let operation = facts("""
            ---
            title: "Update servicePrincipal"
            doc_type: resourcePageType
            ---

            # Update servicePrincipal

            ## HTTP request

            ```http
            PATCH /servicePrincipals/{id}
            ```
            """)
        #expect(operation.page.kind == .operation)
        #expect(operation.diagnostics.contains { $0.rule == RuleID.docTypeMismatch.id })
    }

    @Test func plainTranslationLocaleFromFrontMatterOrScript() {
        let withFrontMatter = facts("""
            ---
            title: 获取用户
            description: 获取用户。
            ms.contentlocale: zh-cn
            ms.translationtype: HT
            ---
            # 获取用户
            """)
        #expect(withFrontMatter.page.locale == "zh-CN")
        #expect(withFrontMatter.page.translation == TranslationInfo(type: "HT", sideBySide: false))
        let russian = facts("# Получить пользователя\n\nПолучение свойств и связей пользователя.\n")
        #expect(russian.page.locale == "ru-RU")
        #expect(facts("# Get user\n\nGet the user.\n").page.locale == "en-US")
    }

    @Test func russianHeadingsAndTablesAreRead() throws {
        let page = facts("""
            # Создание объекта

            ## Текст запроса

            В тексте запроса укажите представление объекта [user](../resources/user.md) в формате JSON.

            | Свойство | Тип | Описание |
            |:---|:---|:---|
            | displayName | Строка | Имя. Обязательно. |
            """)
        let body = try #require(page.operation?.requestBody ?? page.types.first.map { RequestBody(type: TypeReference(name: $0.name), properties: $0.properties) })
        #expect(body.type == TypeReference(name: "user"))
        #expect(body.properties.first?.name == "displayName")
        #expect(body.properties.first?.type == TypeReference(name: "String"))
        #expect(body.properties.first?.required == true)
    }
}
