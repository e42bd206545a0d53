import Foundation
@testable import GraphDocMarkdown
import GraphDocIR

/// Parses an inline fixture as a page at `path`.
func parse(_ text: String, path: String = "page.md") -> MarkdownDocument {
    MarkdownDocument(path: path, text: text)
}

extension MarkdownDocument {
    var tables: [Table] {
        leafBlocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
    }
    var codeBlocks: [CodeBlock] {
        leafBlocks.compactMap { if case .code(let c) = $0 { c } else { nil } }
    }
    var htmlBlocks: [HTMLBlock] {
        leafBlocks.compactMap { if case .html(let h) = $0 { h } else { nil } }
    }
    var headings: [Heading] {
        leafBlocks.compactMap { if case .heading(let h) = $0 { h } else { nil } }
    }
    var paragraphs: [Paragraph] {
        leafBlocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
    }
}

/// Reads a seed page of docs-input/ (real pages, real defects).
func seed(_ relativePath: String) throws -> MarkdownDocument {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = "docs-input/" + relativePath
    let data = try Data(contentsOf: root.appendingPathComponent(path))
    return MarkdownDocument(path: path, bytes: Array(data))
}

/// Swift Testing also has a `SourceLocation`; in these tests it is always the IR one.
typealias SourceLocation = GraphDocIR.SourceLocation
