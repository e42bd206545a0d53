import GraphDocIR

/// A block of a page in document order, with where it starts in the file.
public enum Block: Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case table(Table)
    case code(CodeBlock)
    case html(HTMLBlock)
    /// A container (block quote, list, list item) with its children in order.
    case container(kind: ContainerKind, children: [Block], source: SourceLocation)
    case thematicBreak(SourceLocation)

    public enum ContainerKind: Sendable { case blockQuote, list, item }

    public var source: SourceLocation {
        switch self {
        case .heading(let h): h.source
        case .paragraph(let p): p.source
        case .table(let t): t.source
        case .code(let c): c.source
        case .html(let h): h.source
        case .container(_, _, let s): s
        case .thematicBreak(let s): s
        }
    }
}

public struct Heading: Sendable {
    public var level: Int
    public var text: SideBySideText
    public var source: SourceLocation
}

public struct Paragraph: Sendable {
    public var text: SideBySideText
    public var source: SourceLocation
    public var endLine: Int
}

/// A fenced or indented code block.
public struct CodeBlock: Sendable {
    /// The fence info string (`http`, `json`, `msgraph-interactive`), lowercased, first word only.
    public var language: String
    public var literal: String
    /// The fence line (for indented blocks, the first line).
    public var source: SourceLocation
    /// The file line of the literal's first line.
    public var contentLine: Int
    /// For each literal line, the scalar column in the file where that line's text starts
    /// (1 for a fence at the margin; more inside block quotes or lists).
    public var contentColumnOffset: Int
}

/// An HTML block, such as an annotation comment `<!-- { "blockType": "request" } -->`.
public struct HTMLBlock: Sendable {
    public var literal: String
    public var source: SourceLocation
}

/// A pipe table rebuilt from a paragraph (cmark 0.30 has no table extension).
public struct Table: Sendable {
    public var header: [TableCell]
    public var rows: [TableRow]
    public var source: SourceLocation
}

public struct TableRow: Sendable {
    public var cells: [TableCell]
    public var source: SourceLocation
}

public struct TableCell: Sendable {
    public var text: SideBySideText
    public var source: SourceLocation
}
