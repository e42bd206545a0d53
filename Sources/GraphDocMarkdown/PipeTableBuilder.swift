import Ccmark
import GraphDocIR

/// Rebuilds a GFM-style pipe table from a paragraph that cmark (which has no table extension) parsed.
///
/// Cell boundaries come from the raw source lines (unescaped `|` outside code spans), and cmark's own
/// inline nodes are assigned to cells by their source positions, so links, code spans and
/// side-by-side spans inside cells survive without parsing the text twice.
struct PipeTableBuilder {
    let source: SourceText
    var diagnostics: [Diagnostic] = []

    init(source: SourceText) { self.source = source }

    /// Whether the paragraph starting at `firstLine` is a table: a header line holding a pipe, then a
    /// delimiter row (`|:---|---|`).
    static func isTable(source: SourceText, firstLine: Int) -> Bool {
        let header = source.lineBytes(firstLine)
        guard header.contains(UInt8(ascii: "|")) else { return false }
        return isDelimiterRow(source.lineBytes(firstLine + 1))
    }

    static func isDelimiterRow(_ line: ArraySlice<UInt8>) -> Bool {
        var sawDash = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"): sawDash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09, UInt8(ascii: ">"): continue
            default: return false
            }
        }
        return sawDash
    }

    /// A node of the paragraph with its source span (1-based lines, 1-based byte columns, end inclusive).
    private struct Placed {
        var node: OpaquePointer
        var line: Int
        var startColumn: Int
        var endColumn: Int
    }

    mutating func table(paragraph: OpaquePointer, firstLine: Int, lastLine: Int, at location: SourceLocation) -> Table {
        var placedByLine: [Int: [Placed]] = [:]
        let shifts = Self.columnShifts(source: source, paragraph: paragraph, firstLine: firstLine, lastLine: lastLine)
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            let type = cmark_node_get_type(node)
            if type != CMARK_NODE_SOFTBREAK, type != CMARK_NODE_LINEBREAK {
                let line = Int(cmark_node_get_start_line(node))
                let shift = (firstLine...lastLine).contains(line) ? shifts[line - firstLine] : 0
                placedByLine[line, default: []].append(Placed(
                    node: node, line: line, startColumn: Int(cmark_node_get_start_column(node)) + shift,
                    endColumn: Int(cmark_node_get_end_line(node)) == line ? Int(cmark_node_get_end_column(node)) + shift : Int.max))
            }
            child = cmark_node_next(node)
        }

        let header = headerCells(line: firstLine, placed: placedByLine[firstLine] ?? [])
        let rowsOpenWithPipe = Self.opensWithPipe(source.lineBytes(firstLine))
        var lines: [RowLine] = []
        if firstLine + 2 <= lastLine {
            for line in (firstLine + 2)...lastLine {
                let read = cells(line: line, placed: placedByLine[line] ?? [])
                if let previous = lines.last, Self.continues(
                    previous, with: read.found, opensWithPipe: Self.opensWithPipe(source.lineBytes(line)),
                    rowsOpenWithPipe: rowsOpenWithPipe, columns: header.count) {
                    lines[lines.count - 1].append(continuation: read)
                } else {
                    let fitted = read.found > header.count ? cells(line: line, placed: placedByLine[line] ?? [], columns: header.count) : read
                    lines.append(RowLine(line: line, cells: fitted.cells, found: read.found))
                }
            }
        }
        var rows: [TableRow] = []
        for row in lines {
            let rowLocation = SourceLocation(file: source.path, line: row.line, column: 1)
            // A row whose only filled cell is bold text labels the rows under it (Intune's
            // `|**Onboarding**|`): a group heading inside the table, not a row of it.
            if header.count > 1, row.isGroupLabel { continue }
            var rowCells = row.cells.map { TableCell(text: SideBySideText($0.inlines), source: $0.source) }
            if row.found != header.count, !header.isEmpty {
                diagnostics.append(Diagnostic(
                    .tableMalformed,
                    "expected \(header.count) cells as in the table header, found \(row.found)"
                        + (row.found > header.count ? " (an unescaped '|' in a cell? write it as '\\|')" : ""),
                    at: rowLocation, subject: "row \(row.line - firstLine - 1)"))
                rowCells = Self.fit(rowCells, to: header.count, at: rowLocation)
            }
            rows.append(TableRow(cells: rowCells, source: rowLocation))
        }
        return Table(header: header, rows: rows, source: location)
    }

    /// Whether a line that does not open with a pipe is the rest of the row above, whose last cell
    /// wrapped onto the next source line (a long description, a side-by-side span broken inside its
    /// text), rather than a row written without outer pipes: one of the two is short of the header's
    /// cells and together they do not exceed it. In a table written without outer pipes only a line
    /// with no cell boundary at all continues a row.
    static func continues(_ previous: RowLine, with found: Int, opensWithPipe: Bool, rowsOpenWithPipe: Bool, columns: Int) -> Bool {
        guard !opensWithPipe, rowsOpenWithPipe || found == 1 else { return false }
        return (previous.found < columns || found < columns) && previous.found + found - 1 <= columns
    }

    /// Whether a table line opens with a pipe (after indentation and block-quote markers).
    static func opensWithPipe(_ line: ArraySlice<UInt8>) -> Bool {
        line.first { $0 != 0x20 && $0 != 0x09 && $0 != UInt8(ascii: ">") } == UInt8(ascii: "|")
    }

    /// For each line of the paragraph, what to add to cmark's inline columns to get the true ones.
    ///
    /// cmark 0.30 places the inlines of a paragraph's later lines as if each line's text began at the
    /// paragraph's own column: a row indented otherwise than the first (`  name | type |` under
    /// `| Property | Type |`) is off by the difference, which would cut side-by-side spans apart.
    static func columnShifts(source: SourceText, paragraph: OpaquePointer, firstLine: Int, lastLine: Int) -> [Int] {
        let paragraphStart = Int(cmark_node_get_start_column(paragraph)) - 1
        return (firstLine...lastLine).map { line in
            guard line != firstLine else { return 0 }
            // Block-quote markers and indentation: what cmark strips before the line's text.
            let contentStart = source.lineBytes(line).prefix { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }.count
            return contentStart - paragraphStart
        }
    }

    /// Pads short rows with empty cells (surplus cells were joined by ``cells(line:placed:columns:)``).
    private static func fit(_ cells: [TableCell], to count: Int, at location: SourceLocation) -> [TableCell] {
        guard cells.count < count else { return cells }
        return cells + Array(repeating: TableCell(text: SideBySideText([]), source: location), count: count - cells.count)
    }

    /// The cells of one row line, and how many the line holds. With `columns`, surplus cells join the
    /// last column (where descriptions with stray pipes live) as the source text between them reads.
    private mutating func cells(line: Int, placed: [Placed], columns: Int? = nil) -> (cells: [RawCell], found: Int) {
        var ranges = Self.cellRanges(source.lineBytes(line))
        let found = ranges.count
        if let columns, columns > 0, ranges.count > columns {
            ranges = Array(ranges.prefix(columns - 1)) + [ranges[columns - 1].lowerBound..<ranges[ranges.count - 1].upperBound]
        }
        let lineStart = source.lineStarts[line - 1]
        var contents = Array(repeating: [Inline](), count: ranges.count)
        var inlineReader = CmarkInlineReader(blockLocation: SourceLocation(file: source.path, line: line, column: 1))
        for item in placed {
            let isText = cmark_node_get_type(item.node) == CMARK_NODE_TEXT
            // Byte columns are 1-based; ranges are 0-based offsets within the line, ascending and
            // disjoint, so the first cell an item can reach is found by bisection and the walk stops
            // at the first cell past it (a line of many cells stays linear).
            let start = item.startColumn - 1, end = item.endColumn == Int.max ? Int.max : item.endColumn
            var index = Self.firstRange(in: ranges, endingAfter: start)
            if isText {
                // Text runs over the pipes between cells: each cell takes its piece.
                while index < ranges.count, ranges[index].lowerBound < end {
                    let lower = max(start, ranges[index].lowerBound), upper = min(end, ranges[index].upperBound)
                    if lower < upper {
                        contents[index].append(.text(MarkdownEscapes.unescape(source.bytes[(lineStart + lower)..<(lineStart + upper)])))
                    }
                    index += 1
                }
            } else if index < ranges.count, ranges[index].contains(start), let inline = inlineReader.inline(item.node) {
                contents[index].append(inline)
            }
        }
        diagnostics.append(contentsOf: inlineReader.diagnostics)
        let cells = zip(ranges, contents).map { range, inlines in
            RawCell(inlines: inlines, source: source.location(line: line, byteColumn: range.lowerBound + 1))
        }
        return (cells, found)
    }

    /// The index of the first of `ranges` (ascending, disjoint) whose upper bound lies after `offset`.
    static func firstRange(in ranges: [Range<Int>], endingAfter offset: Int) -> Int {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The header line's cells, read as rows are.
    private mutating func headerCells(line: Int, placed: [Placed]) -> [TableCell] {
        cells(line: line, placed: placed).cells.map { TableCell(text: SideBySideText($0.inlines), source: $0.source) }
    }

    /// Byte ranges (0-based, within the line) of the cells of a row, trimmed of surrounding blanks.
    /// Pipes inside code spans or escaped as `\|` do not split cells.
    static func cellRanges(_ line: ArraySlice<UInt8>) -> [Range<Int>] {
        let bytes = Array(line)
        let n = bytes.count
        let pipe = UInt8(ascii: "|"), tick = UInt8(ascii: "`"), backslash = UInt8(ascii: "\\")
        var i = 0
        while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == UInt8(ascii: ">") { i += 1 }
        if i < n, bytes[i] == pipe { i += 1 }
        var ranges: [Range<Int>] = []
        var cellStart = i
        func close(_ end: Int) {
            var lower = cellStart, upper = end
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
            ranges.append(lower..<upper)
        }
        while i < n {
            let byte = bytes[i]
            if byte == backslash {
                i += 2
            } else if byte == tick {
                var run = 0
                while i + run < n, bytes[i + run] == tick { run += 1 }
                var j = i + run
                var closed = false
                while j < n {
                    if bytes[j] == tick {
                        var other = 0
                        while j + other < n, bytes[j + other] == tick { other += 1 }
                        if other == run { j += other; closed = true; break }
                        j += other
                    } else {
                        j += 1
                    }
                }
                i = closed ? j : i + run
            } else if byte == pipe {
                close(i)
                i += 1
                cellStart = i
            } else {
                i += 1
            }
        }
        if cellStart < n, bytes[cellStart..<n].contains(where: { $0 != 0x20 && $0 != 0x09 }) { close(n) }
        return ranges
    }
}

/// Backslash escapes and the few character references Graph tables use, resolved as cmark would.
enum MarkdownEscapes {
    static func unescape(_ raw: ArraySlice<UInt8>) -> String {
        guard raw.contains(UInt8(ascii: "\\")) || raw.contains(UInt8(ascii: "&")) else {
            return String(decoding: raw, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let byte = raw[i]
            if byte == UInt8(ascii: "\\"), i + 1 < raw.endIndex, isASCIIPunctuation(raw[i + 1]) {
                out.append(raw[i + 1])
                i += 2
                continue
            }
            if byte == UInt8(ascii: "&"), let (replacement, length) = entity(at: i, in: raw) {
                out.append(contentsOf: replacement.utf8)
                i += length
                continue
            }
            out.append(byte)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let entities: [(String, String)] = [
        ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&nbsp;", "\u{A0}"),
    ]

    private static func entity(at index: Int, in raw: ArraySlice<UInt8>) -> (String, Int)? {
        for (name, value) in entities {
            let bytes = Array(name.utf8)
            if index + bytes.count <= raw.endIndex, raw[index..<(index + bytes.count)].elementsEqual(bytes) {
                return (value, bytes.count)
            }
        }
        return numericReference(at: index, in: raw)
    }

    /// `&#124;`, `&#x2713;`: a decimal or hexadecimal character reference (invalid scalars become U+FFFD, as in cmark).
    private static func numericReference(at index: Int, in raw: ArraySlice<UInt8>) -> (String, Int)? {
        guard index + 3 < raw.endIndex, raw[index + 1] == UInt8(ascii: "#") else { return nil }
        let hex = raw[index + 2] == UInt8(ascii: "x") || raw[index + 2] == UInt8(ascii: "X")
        let start = index + (hex ? 3 : 2)
        var end = start
        while end < raw.endIndex, end - start < 7, hex ? raw[end].isHexDigit : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(raw[end]) { end += 1 }
        guard end > start, end < raw.endIndex, raw[end] == UInt8(ascii: ";"),
              let value = UInt32(String(decoding: raw[start..<end], as: UTF8.self), radix: hex ? 16 : 10) else { return nil }
        let scalar = value == 0 ? nil : Unicode.Scalar(value)
        return (String(Character(scalar ?? "\u{FFFD}")), end + 1 - index)
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
