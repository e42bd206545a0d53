import Foundation
import GraphDocIR
@testable import GraphDocExtraction
@testable import GraphDocMarkdown

/// Swift Testing also has a `SourceLocation`; in these tests it is always the IR one.
typealias SourceLocation = GraphDocIR.SourceLocation

func parse(_ text: String, path: String = "page.md") -> MarkdownDocument {
    MarkdownDocument(path: path, text: text)
}

/// Reads a seed page of docs-input/ (real pages, real defects).
func seed(_ relativePath: String) throws -> MarkdownDocument {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = "docs-input/" + relativePath
    let data = try Data(contentsOf: root.appendingPathComponent(path))
    return MarkdownDocument(path: path, bytes: Array(data))
}

/// A machine-translated zh-CN resource page (no English page among the inputs) with these property
/// rows and, when given, relationship rows.
func translatedResourcePage(_ name: String, properties: String, relationships: String? = nil) -> String {
    var page = """
        ---
        title: \(name) 资源类型
        ms.contentlocale: zh-CN
        ms.translationtype: MT
        doc_type: resourcePageType
        ---
        # \(name) 资源类型

        ## 属性
        | 属性 | 类型 | 说明 |
        |:---|:---|:---|
        \(properties)
        """
    if let relationships {
        page += "\n\n## 关系\n| 关系 | 类型 | 说明 |\n|:---|:---|:---|\n" + relationships
    }
    return page
}

/// The inline text of a one-paragraph fixture, both views.
func inlineText(_ markdown: String) -> SideBySideText {
    guard case .paragraph(let paragraph)? = parse(markdown).leafBlocks.first else { return SideBySideText([]) }
    return paragraph.text
}

extension MarkdownDocument {
    var tables: [Table] { leafBlocks.compactMap { if case .table(let t) = $0 { t } else { nil } } }
    var codeBlocks: [CodeBlock] { leafBlocks.compactMap { if case .code(let c) = $0 { c } else { nil } } }
    var headings: [Heading] { leafBlocks.compactMap { if case .heading(let h) = $0 { h } else { nil } } }
    var paragraphs: [Paragraph] { leafBlocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } } }

    /// The first code block of the page whose fence is on `line`.
    func codeBlock(at line: Int) -> CodeBlock? { codeBlocks.first { $0.source.line == line } }
}
