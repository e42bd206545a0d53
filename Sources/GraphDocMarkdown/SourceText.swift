import GraphDocIR

/// A page's bytes with a line index, for turning cmark's byte positions into the 1-based
/// line/column locations of the IR (columns count Unicode scalars).
public struct SourceText: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`. Lines end as CommonMark (and so
    /// cmark's line numbers) says: at LF, CR LF, or a CR alone.
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        for (i, b) in bytes.enumerated() where b == lf || (b == cr && (i + 1 == bytes.count || bytes[i + 1] != lf)) {
            starts.append(i + 1)
        }
        self.lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The bytes of 1-based `line`, without its line terminator.
    public func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    /// The text of 1-based `line`.
    public func line(_ line: Int) -> String { String(decoding: lineBytes(line), as: UTF8.self) }

    /// The scalar column of a 1-based byte column on `line`.
    public func scalarColumn(line: Int, byteColumn: Int) -> Int {
        let slice = lineBytes(line)
        let stop = min(slice.endIndex, slice.startIndex + max(0, byteColumn - 1))
        var column = 1
        for index in slice.startIndex..<stop where slice[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// A location from a 1-based line and 1-based byte column (as cmark reports them).
    public func location(line: Int, byteColumn: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: scalarColumn(line: line, byteColumn: byteColumn))
    }
}
