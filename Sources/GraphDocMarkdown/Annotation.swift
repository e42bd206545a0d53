import Foundation
import GraphDocIR

/// An HTML comment that carries data for tools: `<!-- { "blockType": "request", "name": ... } -->`
/// before an example, `<!-- uuid: ... -->` for the page.
public enum CommentAnnotation: Sendable {
    /// A JSON annotation, read leniently, with each defect located in the file.
    case json(value: JSONValue?, defects: [LocatedJSONDefect], source: SourceLocation)
    case uuid(String)

    /// Reads the annotation in an HTML block, or returns `nil` when the block is not an annotation comment.
    public static func read(_ block: HTMLBlock) -> CommentAnnotation? {
        let literal = block.literal
        // Byte offsets: every page has several comments, and NSString's range(of:) showed in profiles.
        guard let open = literal.utf8Offset(of: "<!--") else { return nil }
        var inner = literal[literal.utf8.index(literal.utf8.startIndex, offsetBy: open + 4)...]
        if let close = inner.lastUTF8Offset(of: "-->") {
            inner = inner[..<inner.utf8.index(inner.startIndex, offsetBy: close)]
        }
        let trimmed = inner.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        if trimmed.hasPrefix("uuid:") {
            let value = trimmed.dropFirst(5).drop { $0 == " " }.prefix { !$0.isWhitespace }
            return .uuid(String(value))
        }
        guard trimmed.first == "{" else { return nil }

        // Where the `{` sits in the file, so defects can be reported at file positions.
        let prefix = literal[..<trimmed.startIndex]
        let lineOffset = prefix.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        let lastLine = prefix.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        let firstColumn = block.source.column + lastLine.unicodeScalars.count
        let origin = SourceLocation(file: block.source.file, line: block.source.line + lineOffset, column: firstColumn)

        var text = String(trimmed)
        var defects: [LocatedJSONDefect] = []
        // Per JSON line, the columns (after unescaping) of quotes written as `&quot;`, six columns in the file.
        var escapedQuoteColumns: [[Int]] = []
        if text.containsText("&quot;") {
            // Machine translation HTML-escapes the quotes of some annotations.
            defects.append(LocatedJSONDefect(kind: .syntax, message: "expected '\"', found the HTML entity '&quot;'", at: origin, recovered: true))
            escapedQuoteColumns = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                var columns: [Int] = []
                var rest = Substring(line), column = 1
                while let range = rest.range(of: "&quot;") {
                    column += rest[..<range.lowerBound].unicodeScalars.count
                    columns.append(column)
                    column += 1
                    rest = rest[range.upperBound...]
                }
                return columns
            }
            text = text.replacingText("&quot;", with: "\"")
        }
        let result = JSONReader.read(text)
        defects += result.defects.map { defect in
            var defect = defect
            if defect.line <= escapedQuoteColumns.count {
                defect.column += 5 * escapedQuoteColumns[defect.line - 1].filter { $0 < defect.column }.count
            }
            return LocatedJSONDefect(defect, in: origin)
        }
        return .json(value: result.value, defects: defects, source: block.source)
    }
}

/// A JSON defect placed in the `.md` file.
public struct LocatedJSONDefect: Hashable, Sendable {
    public var kind: JSONDefect.Kind
    public var message: String
    public var location: SourceLocation
    /// Whether reading went on past this defect.
    public var recovered: Bool

    public init(kind: JSONDefect.Kind, message: String, at location: SourceLocation, recovered: Bool) {
        self.kind = kind
        self.message = message
        self.location = location
        self.recovered = recovered
    }

    /// Places `defect` (positions within the JSON text) relative to `origin`, where the text's first
    /// character sits in the file. Later lines keep their own columns plus the block's indentation.
    public init(_ defect: JSONDefect, in origin: SourceLocation, indentation: Int = 1) {
        let column = defect.line == 1 ? origin.column + defect.column - 1 : indentation + defect.column - 1
        self.init(
            kind: defect.kind, message: defect.message,
            at: SourceLocation(file: origin.file, line: origin.line + defect.line - 1, column: column),
            recovered: defect.kind != .syntax)
    }
}
