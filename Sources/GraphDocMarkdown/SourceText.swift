import GraphDocIR

/// A page's bytes with a line index, for turning cmark's byte positions into the 1-based
/// line/column locations of the IR (columns count Unicode scalars).
public struct SourceText: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`. Lines end as CommonMark (and so
    /// cmark's line numbers) says: at LF, CR LF, or a CR alone.
    public let lineStarts: [Int]
    /// How many Unicode scalars start before each multiple of ``scalarCheckpointStride`` bytes, so
    /// that a column is found by scanning at most that many bytes, however long the line (a table
    /// row of 100,000 cells asks for every cell's column).
    private let scalarCheckpoints: [Int]
    private static let scalarCheckpointStride = 64

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.scalarCheckpointStride + 1)
        var scalars = 0
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        for (i, b) in bytes.enumerated() {
            if i % Self.scalarCheckpointStride == 0 { checkpoints.append(scalars) }
            if b & 0xC0 != 0x80 { scalars += 1 }
            if b == lf || (b == cr && (i + 1 == bytes.count || bytes[i + 1] != lf)) { starts.append(i + 1) }
        }
        checkpoints.append(scalars)
        self.lineStarts = starts
        self.scalarCheckpoints = checkpoints
    }

    /// How many Unicode scalars start in `bytes[..<offset]`.
    private func scalarCount(before offset: Int) -> Int {
        let block = offset / Self.scalarCheckpointStride
        var count = scalarCheckpoints[block]
        for index in (block * Self.scalarCheckpointStride)..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
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
        return scalarCount(before: stop) - scalarCount(before: slice.startIndex) + 1
    }

    /// A location from a 1-based line and 1-based byte column (as cmark reports them).
    public func location(line: Int, byteColumn: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: scalarColumn(line: line, byteColumn: byteColumn))
    }
}
