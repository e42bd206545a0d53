/// A position in an input file: 1-based line and column, counted in the original file (front
/// matter included). Columns count Unicode scalars, so a CJK character is one column.
public struct SourceLocation: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file path as given to graphdoc (relative paths stay relative).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }
}
