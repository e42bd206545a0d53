@testable import GraphDocMarkdown
import Testing

@Suite struct SourceTextTests {
    /// Columns count scalars, also past the byte checkpoints that keep long lines linear.
    @Test func scalarColumnsCountScalarsAcrossCheckpoints() {
        let line = String(repeating: "é|", count: 100) + "x"
        let source = SourceText(path: "p.md", bytes: Array(("first\n" + line + "\n").utf8))
        for scalarIndex in [0, 1, 31, 32, 33, 64, 150, 200] {
            let prefix = line.unicodeScalars.prefix(scalarIndex)
            let byteColumn = String(String.UnicodeScalarView(prefix)).utf8.count + 1
            #expect(source.scalarColumn(line: 2, byteColumn: byteColumn) == scalarIndex + 1)
        }
        #expect(source.scalarColumn(line: 1, byteColumn: 4) == 4)
        #expect(source.scalarColumn(line: 3, byteColumn: 1) == 1)
    }

    /// One row of many cells: every cell has its own text and column.
    @Test func aRowOfManyCellsKeepsEachCellsTextAndColumn() {
        let count = 2_000
        let header = "|" + (0..<count).map { "h\($0)" }.joined(separator: "|") + "|"
        let delimiter = "|" + Array(repeating: "-", count: count).joined(separator: "|") + "|"
        let row = "|" + (0..<count).map { $0 % 2 == 0 ? "é\($0)" : "`c\($0)`" }.joined(separator: "|") + "|"
        let table = parse([header, delimiter, row].joined(separator: "\n") + "\n").tables.first
        let cells = table?.rows.first?.cells ?? []
        #expect(cells.count == count)
        #expect(cells.enumerated().allSatisfy { index, cell in cell.text.localized.plainText == (index % 2 == 0 ? "é\(index)" : "c\(index)") })
        let expectedColumns = (0..<count).reduce(into: [Int]()) { columns, index in
            let previous = columns.last.map { $0 + (index - 1) % 2 * 2 + String(index - 1).count + 2 } ?? 2
            columns.append(previous)
        }
        #expect(cells.map(\.source.column) == expectedColumns)
    }
}
