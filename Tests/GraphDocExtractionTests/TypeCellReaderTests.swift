import GraphDocIR
@testable import GraphDocExtraction
import GraphDocMarkdown
import Testing

@Suite struct TypeCellReaderTests {
    /// Reads the Type cell of a one-row property table, as the extractor sees it.
    private func read(_ cell: String) -> TypeCell {
        let doc = parse("|Property|Type|Description|\n|:---|:---|:---|\n|p|\(cell)|d|\n")
        guard let row = doc.tables.first?.rows.first, row.cells.count == 3 else { return .unrecognized("<no table>") }
        return TypeCellReader.read(row.cells[1].text)
    }

    @Test(arguments: [
        ("String", "String"), ("string", "String"), ("Edm.Int32", "Int32"), ("Int32", "Int32"), ("GUID", "Guid"),
        ("Guid", "Guid"), ("DateTime", "DateTimeOffset"), ("dateTimeOffset", "DateTimeOffset"), ("Boolean", "Boolean"),
        ("boolean", "Boolean"), ("Int64", "Int64"), ("Double", "Double"), ("Duration", "Duration"), ("Binary", "Binary"),
        ("TimeOfDay", "TimeOfDay"), ("Date", "Date"), ("Json", "Json"), ("Stream", "Stream"), ("number", "Double"),
        ("Integer", "Int32"), ("Single", "Single"), ("`DateTimeOffset`", "DateTimeOffset"),
        ("字符串", "String"), ("布尔值", "Boolean"), ("布尔", "Boolean"), ("双精度", "Double"), ("期限", "Duration"), ("单精度", "Single"), ("字节", "Byte"),
        ("二进制", "Binary"), ("日期", "Date"), ("持续时间", "Duration"), ("单一", "Single"), ("单个", "Single"), ("浮点", "Single"),
        ("string (url)", "String"), ("string, maximum size 20", "String"),
        // OData's Edm.Untyped is any JSON value: "Untyped JSON object" names no type called Untyped.
        ("Untyped JSON object", "Json"), ("Edm.Untyped", "Json"),
    ])
    func primitives(cell: String, name: String) {
        #expect(read(cell) == .type(TypeReference(name: name)))
    }

    @Test(arguments: [
        ("String collection", TypeReference(name: "String", collection: true)),
        ("Int32 collection", TypeReference(name: "Int32", collection: true)),
        ("String 集合", TypeReference(name: "String", collection: true)),
        ("字符串集合", TypeReference(name: "String", collection: true)),
        ("Collection(String)", TypeReference(name: "String", collection: true)),
        ("集合（字符串）", TypeReference(name: "String", collection: true)),
        ("Collection(Edm.Guid)", TypeReference(name: "Guid", collection: true)),
        ("Collection of String", TypeReference(name: "String", collection: true)),
        ("collection of driveItem", TypeReference(name: "driveItem", collection: true)),
    ])
    func primitiveCollections(cell: String, expected: TypeReference) {
        #expect(read(cell) == .type(expected))
    }

    @Test(arguments: [
        ("[identitySet](../resources/identityset.md)", TypeReference(name: "identitySet")),
        ("[identitySet](identityset.md)", TypeReference(name: "identitySet")),
        ("[mimeContent](../resources/intune-shared-mimecontent.md)", TypeReference(name: "mimeContent")),
        ("[directoryObject](directoryobject.md) collection", TypeReference(name: "directoryObject", collection: true)),
        ("[x](../resources/x.md) collection", TypeReference(name: "x", collection: true)),
        ("[x](x.md)集合", TypeReference(name: "x", collection: true)),
        ("[extension](extension.md) 集合", TypeReference(name: "extension", collection: true)),
        ("Collection([keyValuePair](keyvaluepair.md))", TypeReference(name: "keyValuePair", collection: true)),
        ("[teamVisibilityType](teamvisibilitytype.md) (optional)", TypeReference(name: "teamVisibilityType")),
        ("[emailAddress](emailaddress.md) or [recipient](recipient.md)", TypeReference(name: "emailAddress")),
        // Machine translation translates link text, never the target: key on the target.
        ("[支持](../resources/intune-shared-enablement.md)", TypeReference(name: "enablement")),
        ("[扩展](extension.md)集合", TypeReference(name: "extension", collection: true)),
        // "Collection" inside a type's name is not a collection (v1.0 root.md: `[siteCollection](sitecollection.md)`).
        ("[siteCollection](sitecollection.md)", TypeReference(name: "siteCollection")),
        ("[windowsInformationProtectionResourceCollection](../resources/intune-mam-windowsinformationprotectionresourcecollection.md) collection",
         TypeReference(name: "windowsInformationProtectionResourceCollection", collection: true)),
        // A link whose text is not the type's name still names the page's type.
        ("[Identity Set](identityset.md)", TypeReference(name: "identityset")),
    ])
    func links(cell: String, expected: TypeReference) {
        #expect(read(cell) == .type(expected))
    }

    @Test func linkToANonTypePageIsNotAType() {
        #expect(read("[String](https://learn.microsoft.com/odata)") == .type(TypeReference(name: "String")))
    }

    @Test(arguments: [
        ("Enumeration", TypeCell.enumeration(collection: false)),
        ("enum", TypeCell.enumeration(collection: false)),
        ("Enumeration collection", TypeCell.enumeration(collection: true)),
        ("枚举", TypeCell.enumeration(collection: false)),
    ])
    func enumerations(cell: String, expected: TypeCell) {
        #expect(read(cell) == expected)
    }

    @Test(arguments: [
        ("importance", "importance"), ("riskLevel", "riskLevel"), ("microsoft.graph.riskLevel", "riskLevel"),
        ("[identitySet][]", "identitySet"), ("siteCollection", "siteCollection"),
        ("microsoft.graph.security.dataSourceHoldStatus", "dataSourceHoldStatus"), ("microsoft.graph.callRecords.wifiBand", "wifiBand"),
    ])
    func bareTypeNames(cell: String, name: String) {
        #expect(read(cell) == .type(TypeReference(name: name)))
    }

    @Test func namespacedCollection() {
        #expect(read("microsoft.graph.externalConnectors.label 集合") == .type(TypeReference(name: "label", collection: true)))
    }

    @Test(arguments: ["字符串或整数", "", "—", "见下文", "microsoft.graph.security.", "未键入的 JSON 对象"])
    func unrecognized(cell: String) {
        guard case .unrecognized(let raw) = read(cell) else {
            Issue.record("expected \(cell.debugDescription) to be unrecognized, found \(read(cell))")
            return
        }
        #expect(raw == cell)
    }

    @Test func sideBySideCellUsesTheEnglishOriginal() throws {
        let doc = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        let table = try #require(doc.tables.first { $0.source.line == 63 })
        let cell = table.rows[1].cells[1]
        #expect(cell.text.localized.plainText == "字符串")
        #expect(TypeCellReader.read(cell.text) == .type(TypeReference(name: "String")))
    }
}
