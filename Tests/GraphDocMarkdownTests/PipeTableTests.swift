import GraphDocIR
@testable import GraphDocMarkdown
import Testing

@Suite struct PipeTableTests {
    private func onlyTable(_ text: String) -> (Table, MarkdownDocument)? {
        let doc = parse(text)
        let tables = doc.tables
        guard tables.count == 1 else {
            Issue.record("expected one table, found \(tables.count)")
            return nil
        }
        return (tables[0], doc)
    }

    private func texts(_ cells: [TableCell]) -> [String] { cells.map { $0.text.english.plainText } }

    @Test func headerAndRows() throws {
        let (table, doc) = try #require(onlyTable("""
            | Property     | Type        | Description |
            |:-------------|:------------|:------------|
            |phoneNumber|String|The phone number to text or call for authentication.|
            |phoneType|String|Possible values are: `mobile`, `alternateMobile`, and `office`.|
            """))
        #expect(texts(table.header) == ["Property", "Type", "Description"])
        #expect(table.rows.count == 2)
        #expect(texts(table.rows[0].cells) == ["phoneNumber", "String", "The phone number to text or call for authentication."])
        #expect(table.rows[1].cells[2].text.english.codeSpans == ["mobile", "alternateMobile", "office"])
        #expect(table.source == SourceLocation(file: "page.md", line: 1, column: 1))
        #expect(table.rows.map(\.source.line) == [3, 4])
        #expect(doc.diagnostics.isEmpty)
    }

    /// A carriage return alone ends a line for cmark, as LF and CR LF do; lines are counted the same
    /// way, so a table row broken by a stray CR is read (not a crash) and locations stay true: the
    /// rest of the broken row goes on in its cell, as a wrapped cell does.
    @Test func carriageReturnsAloneEndLines() throws {
        let (table, doc) = try #require(onlyTable(
            "# Title\r\r| Name | Type |\r|:---|:---|\r|a|String|\r\n|b|Int3\r2|\n"))
        #expect(texts(table.header) == ["Name", "Type"])
        #expect(table.rows.map(\.source.line) == [5, 6])
        #expect(texts(table.rows[0].cells) == ["a", "String"])
        #expect(texts(table.rows[1].cells) == ["b", "Int3 2"])
        #expect(doc.headings.first?.source.line == 1)
        let source = SourceText(path: "page.md", bytes: Array("a\rb\r\nc\n\rd".utf8))
        #expect((1...source.lineCount).map(source.line) == ["a", "b", "c", "", "d"])
    }

    @Test func escapedPipeDoesNotSplit() throws {
        let (table, doc) = try #require(onlyTable("""
            |Name|Description|
            |:---|:---|
            |filter|Either `a` or b \\| c.|
            """))
        #expect(table.rows[0].cells.count == 2)
        #expect(table.rows[0].cells[1].text.english.plainText == "Either a or b | c.")
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func pipeInsideCodeSpanDoesNotSplit() throws {
        let (table, doc) = try #require(onlyTable("""
            |Name|Type|Description|
            |:---|:---|:---|
            |route|String|Use `{id|userPrincipalName}` here.|
            |other|String|Double ``a|`b`` ticks.|
            """))
        #expect(doc.diagnostics.isEmpty)
        #expect(table.rows[0].cells.count == 3)
        #expect(table.rows[0].cells[2].text.english.codeSpans == ["{id|userPrincipalName}"])
        #expect(table.rows[1].cells[2].text.english.codeSpans == ["a|`b"])
    }

    @Test func unescapedPipeInDescriptionJoinsSurplusIntoLastCell() throws {
        let (table, doc) = try #require(onlyTable("""
            |Property|Type|Description|
            |:---|:---|:---|
            |mode|String|Either on | off | auto.|
            |id|String|The id.|
            """))
        let row = table.rows[0]
        #expect(row.cells.count == 3)
        // Joined as the source reads, spaces around the stray pipes included.
        #expect(row.cells[2].text.english.plainText == "Either on | off | auto.")
        #expect(row.cells[2].source.column == 14)
        #expect(table.rows[1].cells.count == 3)
        let diagnostics = doc.diagnostics.filter { $0.rule == "table-row-cells" }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 3)
        #expect(diagnostics.first?.column == 1)
        #expect(diagnostics.first?.message.contains("expected 3 cells") == true)
        #expect(diagnostics.first?.message.contains("found 5") == true)
    }

    @Test func strayPipeInsideSideBySideSpansKeepsBothViews() throws {
        let (table, doc) = try #require(onlyTable(#"""
            |Property|Type|Description|
            |:---|:---|:---|
            |mode|String|<span data-ttu-id="1">开 | 关</span><span class="sxs-lookup"><span data-stu-id="1">on | off</span></span>|
            """#))
        let cell = table.rows[0].cells[2].text
        #expect(cell.isSideBySide)
        #expect(cell.english.plainText == "on | off")
        #expect(cell.localized.plainText == "开 | 关")
        #expect(doc.diagnostics.map(\.rule) == ["table-row-cells"])
    }

    @Test func strayPipesAroundInlineNodes() throws {
        let (table, _) = try #require(onlyTable("""
            |Property|Type|Description|
            |:---|:---|:---|
            |filter|String|Use `eq` | `ne` | see [filter](filter.md).|
            """))
        let cell = table.rows[0].cells[2].text.english
        #expect(cell.codeSpans == ["eq", "ne"])
        #expect(cell.links.map(\.destination) == ["filter.md"])
        #expect(cell.plainText == "Use eq | ne | see filter.")
    }

    @Test func tableInsideABlockQuote() throws {
        let (table, _) = try #require(onlyTable("""
            > |Name|Value|
            > |---|---|
            > |a|`b`|
            """))
        #expect(texts(table.header) == ["Name", "Value"])
        #expect(table.rows[0].cells[1].text.english == [.code("b")])
        #expect(table.rows[0].cells.map(\.source.column) == [4, 6])
    }

    @Test func characterReferencesInCells() throws {
        let (table, doc) = try #require(onlyTable("""
            |Feature|Supported|Description|
            |:---|:---|:---|
            |filter|&#x2713;|Values joined by a pipe: a &#124; b, &lt;name&gt; &amp; &#96;x&#96;.|
            """))
        #expect(doc.diagnostics.isEmpty)
        #expect(texts(table.rows[0].cells) == ["filter", "✓", "Values joined by a pipe: a | b, <name> & `x`."])
    }

    @Test func shortRowIsPadded() throws {
        let (table, doc) = try #require(onlyTable("""
            |Property|Type|Description|
            |:---|:---|:---|
            |displayName|String|
            """))
        #expect(table.rows[0].cells.count == 3)
        #expect(texts(table.rows[0].cells) == ["displayName", "String", ""])
        let diagnostics = doc.diagnostics.filter { $0.rule == "table-row-cells" }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("found 2") == true)
    }

    @Test func emptyLastCellBeforeClosingPipeIsKept() throws {
        // `|displayName|String||` from seed add-phones.md: an empty description, not a short row.
        let (table, doc) = try #require(onlyTable("""
            |Property|Type|Description|
            |:---|:---|:---|
            |displayName|String||
            """))
        #expect(texts(table.rows[0].cells) == ["displayName", "String", ""])
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func cellsKeepInlineNodes() throws {
        let (table, _) = try #require(onlyTable("""
            |Property|Type|Description|
            |:---|:---|:---|
            |createdBy|[identitySet](../resources/identitySet.md)|Inherited from [itemFacet](../resources/itemFacet.md).<br>Read-only. **Nullable**.|
            |tags|String collection|Values like `a`, `b`.|
            """))
        let type = table.rows[0].cells[1].text.english
        #expect(type == [.link(destination: "../resources/identitySet.md", children: [.text("identitySet")])])
        let description = table.rows[0].cells[2].text.english
        #expect(description.links.map(\.destination) == ["../resources/itemFacet.md"])
        #expect(description.contains(.html("<br>")))
        #expect(description.contains(.strong([.text("Nullable")])))
        #expect(description.plainText == "Inherited from itemFacet. Read-only. Nullable.")
        #expect(table.rows[1].cells[2].text.english.contains(.code("a")))
    }

    @Test func sideBySideSpansInCells() throws {
        let doc = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        let table = try #require(doc.tables.first { $0.source.line == 63 })
        #expect(table.header.map(\.text.localized.plainText) == ["属性", "类型", "说明"])
        #expect(table.header.map(\.text.english.plainText) == ["Property", "Type", "Description"])
        #expect(table.rows.count == 2)
        let phoneType = table.rows[1]
        #expect(phoneType.source.line == 66)
        #expect(phoneType.cells[1].text.localized.plainText == "字符串")
        #expect(phoneType.cells[1].text.english.plainText == "String")
        #expect(phoneType.cells[1].text.isSideBySide)
        #expect(phoneType.cells[2].text.english.codeSpans == ["mobile", "alternateMobile", "office"])
        #expect(phoneType.cells[2].text.localized.plainText == "可能的值为mobile： alternateMobile、和office。")
        #expect(!doc.diagnostics.contains { $0.rule == "table-row-cells" })
    }

    @Test func cellColumnsCountUnicodeScalars() throws {
        let (table, _) = try #require(onlyTable("""
            | 名称 | 类型 | 说明 |
            |:--|:--|:--|
            | 电话 | 字符串 | 😀 x |
            """))
        #expect(table.header.map(\.source.column) == [3, 8, 13])
        #expect(table.rows[0].cells.map(\.source.column) == [3, 8, 14])
        #expect(table.rows[0].cells.map(\.source.line) == [3, 3, 3])
        #expect(table.rows[0].cells[2].text.english.plainText == "😀 x")
    }

    @Test func delimiterRowWithoutLeadingPipe() throws {
        let (table, doc) = try #require(onlyTable("""
            |Property|Type|Description|
            :---|:---|:---|
            |id|String|The id.|
            """))
        #expect(texts(table.header) == ["Property", "Type", "Description"])
        #expect(texts(table.rows[0].cells) == ["id", "String", "The id."])
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func rowsWithoutOuterPipes() throws {
        let (table, _) = try #require(onlyTable("""
            Property | Type | Description
            --- | --- | ---
            id | String | The id.
            """))
        #expect(texts(table.header) == ["Property", "Type", "Description"])
        #expect(texts(table.rows[0].cells) == ["id", "String", "The id."])
    }

    /// cmark places the inlines of an indented later line as if it began at the paragraph's column.
    @Test func rowsIndentedOtherwiseThanTheHeaderKeepTheirSpans() throws {
        let row = #"  <span data-ttu-id="2">reviewers</span><span class="sxs-lookup"><span data-stu-id="2">reviewers</span></span> | <span data-ttu-id="3">字符串</span><span class="sxs-lookup"><span data-stu-id="3">string</span></span> | Who reviews. |"#
        let (table, doc) = try #require(onlyTable("""
            | <span data-ttu-id="1">属性</span><span class="sxs-lookup"><span data-stu-id="1">Property</span></span> | Type | Description |
            |:---|:---|:---|
            \(row)
            """))
        #expect(texts(table.rows[0].cells) == ["reviewers", "string", "Who reviews."])
        #expect(table.rows[0].cells[1].text.localized.plainText == "字符串")
        func column(of text: String) -> Int { row.unicodeScalars.distance(from: row.unicodeScalars.startIndex, to: row.range(of: text)!.lowerBound.samePosition(in: row.unicodeScalars)!) + 1 }
        #expect(table.rows[0].cells.map(\.source.column) == [3, column(of: #"<span data-ttu-id="3">"#), column(of: "Who")])
        #expect(doc.diagnostics.isEmpty)
        let quoted = try #require(onlyTable("""
            > | Name | Type |
            > |:--|:--|
            >    <i>id</i> | String |
            """))
        #expect(texts(quoted.0.rows[0].cells) == ["id", "String"])
        #expect(quoted.0.rows[0].cells[0].text.english == [.html("<i>"), .text("id"), .html("</i>")])
    }

    @Test func tableDirectlyUnderHeading() {
        let doc = parse("""
            ## Properties
            |Property|Type|Description|
            |:---|:---|:---|
            |id|String|The id.|
            """)
        #expect(doc.headings.count == 1)
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.source.line == 2)
        #expect(doc.tables.first?.rows.first.map { texts($0.cells) } == ["id", "String", "The id."])
    }

    @Test func paragraphWithPipeButNoDelimiterRowIsNotATable() {
        let doc = parse("Use a | b\nand more text.\n")
        #expect(doc.tables.isEmpty)
        #expect(doc.paragraphs.count == 1)
    }

    @Test func cellsOfSeveralRowsGetTheirOwnInlines() throws {
        // Each row's inline nodes belong to that row only.
        let (table, _) = try #require(onlyTable("""
            |Member|Value|Description|
            |:---|:---|:---|
            |`none`|0|None.|
            |`low`|1|Low [risk](risk.md).|
            """))
        #expect(table.rows[0].cells[0].text.english == [.code("none")])
        #expect(table.rows[1].cells[0].text.english == [.code("low")])
        #expect(table.rows[0].cells[2].text.english.links.isEmpty)
        #expect(table.rows[1].cells[2].text.english.links.map(\.destination) == ["risk.md"])
    }

    /// Intune's group rows (`|**Onboarding**|`, `|**Device management**||`) label the rows below them.
    @Test func boldGroupRowsAreNoRows() throws {
        let (table, doc) = try #require(onlyTable("""
            |Property|Type|Description|
            |:---|:---|:---|
            |id|String|The id.|
            |**Onboarding**|
            |brand|String|The brand.|
            | **Device management** | | |
            |state|String|The **state**.|
            |**name**|String|A bold name is still a row.|
            """))
        #expect(table.rows.map { $0.cells[0].text.english.plainText } == ["id", "brand", "state", "name"])
        #expect(doc.diagnostics.isEmpty)
        let translated = try #require(onlyTable("""
            |Property|Type|Description|
            |:---|:---|:---|
            |**<span data-ttu-id="1">入职</span><span class="sxs-lookup"><span data-stu-id="1">Onboarding</span></span>**|
            |brand|String|The brand.|
            """))
        #expect(translated.0.rows.map { $0.cells[0].text.english.plainText } == ["brand"])
    }

    /// A description that wraps onto the next source line goes on in its cell; the row after it is kept.
    @Test func wrappedCellJoinsTheRowAbove() throws {
        let (table, doc) = try #require(onlyTable("""
            |Property|Type|Description|
            |:---|:---|:---|
            |code|String|The code as specified.
            The input must match '^[a-z]*$'.|
            |server|String|The server as specified.
            The input must match '^[a-z]+$'.|
            """))
        #expect(table.rows.map { $0.cells[0].text.english.plainText } == ["code", "server"])
        #expect(table.rows[1].cells[2].text.english.plainText == "The server as specified. The input must match '^[a-z]+$'.")
        #expect(table.rows.map(\.source.line) == [3, 5])
        #expect(doc.diagnostics.isEmpty)
    }

    /// A side-by-side span whose translated text holds a line break: the next line ends the span and
    /// the row's other cells.
    @Test func sideBySideSpanBrokenAcrossLinesJoinsItsRow() throws {
        let (table, doc) = try #require(onlyTable("""
            | Name | Size | Description |
            |:---|:---|:---|
            | `large` | <span data-ttu-id="7">800 最长
            </span><span class="sxs-lookup"><span data-stu-id="7">800 longest</span></span> | <span data-ttu-id="8">大</span><span class="sxs-lookup"><span data-stu-id="8">Large.</span></span> |
            | `small` | 96 | Small. |
            """))
        #expect(table.rows.map { $0.cells.map { $0.text.english.plainText } } == [["large", "800 longest", "Large."], ["small", "96", "Small."]])
        #expect(table.rows[0].cells[1].text.localized.plainText == "800 最长 ")
        #expect(doc.diagnostics.isEmpty)
    }

    /// Rows written without an opening pipe under a header that has one are rows when they are whole.
    @Test func wholeRowsWithoutOpeningPipeStayRows() throws {
        let (table, doc) = try #require(onlyTable("""
            | Method | Return type | Description |
            |:---|:---|:---|
            [Get settings](get.md) | [settings](settings.md) | Get the settings.|
            [List items](list.md) | [item](item.md) collection | List the items.|
            """))
        #expect(table.rows.map { $0.cells[0].text.english.plainText } == ["Get settings", "List items"])
        #expect(doc.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("|a|b|", ["a", "b"]),
        ("a|b", ["a", "b"]),
        ("| a | `x|y` | c \\| d |", ["a", "`x|y`", "c \\| d"]),
        ("|a||c|", ["a", "", "c"]),
        ("> |a|b|", ["a", "b"]),
    ])
    func cellRanges(line: String, expected: [String]) {
        let bytes = Array(line.utf8)
        let ranges = PipeTableBuilder.cellRanges(bytes[...])
        #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == expected)
    }
}
