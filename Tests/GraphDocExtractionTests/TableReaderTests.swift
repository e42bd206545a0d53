import GraphDocIR
@testable import GraphDocExtraction
import GraphDocMarkdown
import Testing

@Suite struct TableReaderTests {
    private func read(_ table: Table, owner: String = "itemPhone", translation: Bool = false) -> (PropertyTableResult, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let result = TableReader.properties(
            table, shape: TableShape(table), owner: owner, origin: .requestBody, isTranslation: translation, diagnostics: &diagnostics)
        return (result, diagnostics)
    }

    @Test(arguments: [
        ("|Property|Type|Description|", true, false), ("|Name|Type|Description|", true, false),
        ("|Parameter|Type|Required?|Description|", true, false), ("|**Parameter**|**Type**|**Description**|", true, false),
        ("|属性|类型|说明|", true, false), ("|Свойство|Тип|Описание|", true, false),
        ("|Member|Value|Description|", false, true), ("|Member|", false, true), ("|Value|Description|", false, true),
        ("|Permission type|Permissions (from least to most privileged)|", false, false), ("|Header|Value|", false, true),
    ])
    func shapes(header: String, isProperty: Bool, isEnum: Bool) throws {
        let columns = header.split(separator: "|").count
        let delimiter = "|" + String(repeating: "---|", count: columns)
        let table = try #require(parse("\(header)\n\(delimiter)\n").tables.first)
        let shape = TableShape(table)
        #expect(shape.isPropertyTable == isProperty)
        #expect(shape.isEnumTable == isEnum)
    }

    @Test func seedRequestBodyTableWithInheritedRowsAndEnums() throws {
        let doc = try seed("en-us/beta/api/add-phones.md")
        let table = try #require(doc.tables.first { TableShape($0).isPropertyTable })
        let (result, diagnostics) = read(table)
        #expect(diagnostics.isEmpty)
        #expect(result.properties.map(\.name) == [
            "id", "allowedAudiences", "inference", "createdDateTime", "createdBy", "lastModifiedDateTime", "lastModifiedBy",
            "displayName", "type", "number",
        ])
        let byName = Dictionary(uniqueKeysWithValues: result.properties.map { ($0.name, $0) })
        #expect(byName["id"]?.inheritedFrom == "entity")
        #expect(byName["createdBy"]?.type == TypeReference(name: "identitySet"))
        #expect(byName["createdBy"]?.inheritedFrom == "itemFacet")
        #expect(byName["inference"]?.type == TypeReference(name: "inferenceData"))
        #expect(byName["createdDateTime"]?.type == TypeReference(name: "DateTimeOffset"))
        #expect(byName["displayName"]?.inheritedFrom == nil)
        #expect(byName["displayName"]?.description == "")
        // An inherited enum belongs to the ancestor; the page's own enum to the page's type.
        #expect(byName["allowedAudiences"]?.type == TypeReference(name: "itemFacet.allowedAudiences"))
        #expect(byName["allowedAudiences"]?.enum == "itemFacet.allowedAudiences")
        #expect(byName["type"]?.type == TypeReference(name: "itemPhone.type"))
        let enums = Dictionary(uniqueKeysWithValues: result.enums.map { ($0.name, $0) })
        #expect(enums["itemFacet.allowedAudiences"]?.members.map(\.name) == [
            "me", "family", "contacts", "groupMembers", "organization", "federatedOrganizations", "everyone", "unknownFutureValue",
        ])
        #expect(enums["itemFacet.allowedAudiences"]?.ownerType == "itemFacet")
        #expect(enums["itemPhone.type"]?.members.map(\.name) == [
            "home", "business", "mobile", "other", "assistant", "homeFax", "businessFax", "otherFax", "pager", "radio",
        ])
        #expect(enums["itemPhone.type"]?.origin == .description)
        #expect(byName["number"]?.source == SourceLocation(file: "docs-input/en-us/beta/api/add-phones.md", line: table.rows.last?.source.line ?? 0, column: 2))
    }

    @Test func translatedSideBySideTableReadsEnglishNamesAndTypes() throws {
        let doc = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        let table = try #require(doc.tables.first { $0.source.line == 63 })
        let (result, diagnostics) = read(table, owner: "phoneAuthenticationMethod", translation: true)
        #expect(diagnostics.isEmpty)
        #expect(result.properties.map(\.name) == ["phoneNumber", "phoneType"])
        #expect(result.properties.map(\.type) == [TypeReference(name: "String"), TypeReference(name: "String")])
        #expect(result.properties[1].enum == "phoneAuthenticationMethod.phoneType")
        #expect(result.properties[1].localizedDescription == "可能的值为mobile： alternateMobile、和office。")
        #expect(result.enums.first?.members.map(\.name) == ["mobile", "alternateMobile", "office"])
        #expect(result.properties[0].constraints?.pattern != nil)
    }

    @Test func requiredColumnAndSuspiciousNamesAndUnknownTypes() throws {
        let doc = parse("""
            |Parameter|Type|Required?|Description|
            |:---|:---|:---|:---|
            |**displayName**|String|Yes|The name.|
            |说明|String|否|MT translated the name.|
            |size|字符串或数字|No|Either.|
            |`mode`||No|No type.|
            """, path: "api/x.md")
        let table = try #require(doc.tables.first)
        let (result, diagnostics) = read(table)
        #expect(result.properties.map(\.name) == ["displayName", "说明", "size", "mode"])
        #expect(result.properties.map(\.required) == [true, false, false, false])
        #expect(diagnostics.map(\.rule) == ["property-name-suspicious", "type-unrecognized", "type-unrecognized"])
        #expect(diagnostics.map(\.location) == [
            SourceLocation(file: "api/x.md", line: 4, column: 2), SourceLocation(file: "api/x.md", line: 5, column: 7),
            SourceLocation(file: "api/x.md", line: 6, column: 9),
        ])
    }

    @Test func enumTableMembers() throws {
        let doc = parse("""
            |Member|Value|Description|
            |:---|:---|:---|
            |`none`|0|No risk.|
            |**low**|1|Low risk.|
            |unknownFutureValue|2|Evolvable enumeration sentinel value. Do not use.|
            """)
        let table = try #require(doc.tables.first)
        var diagnostics: [Diagnostic] = []
        let members = TableReader.enumMembers(table, shape: TableShape(table), diagnostics: &diagnostics)
        #expect(members == [
            EnumMember(name: "none", description: "No risk.", value: 0), EnumMember(name: "low", description: "Low risk.", value: 1),
            EnumMember(name: "unknownFutureValue", description: "Evolvable enumeration sentinel value. Do not use.", value: 2),
        ])
        #expect(diagnostics.isEmpty)
    }

    /// A `null` row says what an unset property holds; it is no member.
    @Test func nullRowIsNoMember() throws {
        let doc = parse("""
            | Member | Description |
            |:---|:---|
            |null|Default value, no **ageGroup** has been set for the user.|
            |minor|The user is considered a minor.|
            |`Null`|Again.|
            """)
        let table = try #require(doc.tables.first)
        var diagnostics: [Diagnostic] = []
        let members = TableReader.enumMembers(table, shape: TableShape(table), diagnostics: &diagnostics)
        #expect(members.map(\.name) == ["minor"])
        #expect(diagnostics.isEmpty)
    }

    @Test func translatedEnumMemberNamesAreReportedAndKeptButStringMembersAreNot() throws {
        let doc = parse("""
            |成员|值|说明|
            |:---|:---|:---|
            |deviceDefault|0|设备默认值。|
            |字母|1|所需的字母数字密码。|
            |JIS B4|2|纸张尺寸。|
            |urn:user:registerdevice|3|用户操作。|
            |Буквы|4|Перевод.|
            """, path: "zh-cn/resources/x.md")
        let table = try #require(doc.tables.first)
        var diagnostics: [Diagnostic] = []
        let members = TableReader.enumMembers(table, shape: TableShape(table), diagnostics: &diagnostics)
        #expect(members.map(\.name) == ["deviceDefault", "字母", "JIS B4", "urn:user:registerdevice", "Буквы"])
        #expect(diagnostics.map(\.rule) == [RuleID.enumMemberNameSuspicious.id, RuleID.enumMemberNameSuspicious.id])
        #expect(diagnostics.map(\.location) == [
            SourceLocation(file: "zh-cn/resources/x.md", line: 4, column: 2), SourceLocation(file: "zh-cn/resources/x.md", line: 7, column: 2),
        ])
        #expect(diagnostics.first?.message == "expected an enum member name in English, found '字母'")
    }
}
