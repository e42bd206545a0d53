import Testing
@testable import GraphDocExtraction
import GraphDocIR

/// A table row named by a path (`files/fileName`) describes a member of what another member holds.
@Suite struct MemberPathRowTests {
    @Test func aPathNamedRowIsReportedAndNotReadAsAMember() throws {
        let page = DocumentationLoader.facts(path: "en-us/beta/resources/widget.md", text: """
            ---
            title: "widget resource type"
            description: "x"
            doc_type: resourcePageType
            ---
            # widget resource type

            ## Properties
            | Property | Type | Description |
            |:---|:---|:---|
            | displayName | String | The name. |
            | parts/partName | String | The name of each part. |

            ## Relationships
            | Relationship | Type | Description |
            |:---|:---|:---|
            | part | [widgetPart](widgetpart.md) | The default part. |
            | part/versions/{versionId}/notes | [widgetNote](widgetnote.md) collection | The notes of a version. |
            """)
        let type = try #require(page.types.first)
        #expect(type.properties.map(\.name) == ["displayName"])
        #expect(type.relationships.map(\.name) == ["part"])
        let reports = page.diagnostics.filter { $0.rule == RuleID.propertyNameSuspicious.id }
        #expect(reports.map(\.location.line) == [12, 18])
        #expect(reports.first?.message.contains("the path 'parts/partName', which names 'partName' of what 'parts' holds") == true)
    }

    @Test func onlyPathsOfNamesArePaths() {
        #expect(TableReader.memberPath("files/fileData/data")! == ("files", "data"))
        #expect(TableReader.memberPath("file/localizations/{localizationId}/versions")! == ("file", "versions"))
        #expect(TableReader.memberPath("country/region") != nil)
        #expect(TableReader.memberPath("fileName") == nil)
        #expect(TableReader.memberPath("/files") == nil)
        #expect(TableReader.memberPath("files/") == nil)
        #expect(TableReader.memberPath("a/{}") == nil)
    }
}
