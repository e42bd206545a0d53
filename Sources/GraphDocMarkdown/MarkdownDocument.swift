import Ccmark
import GraphDocIR

/// A page parsed by cmark: front matter, blocks in document order with source locations, and the
/// diagnostics reading it raised.
public struct MarkdownDocument: Sendable {
    public var source: SourceText
    public var frontMatter: FrontMatter?
    public var blocks: [Block]
    public var diagnostics: [Diagnostic]
    /// Every link of the page in document order (inline, reference-style, autolinks), with where it starts.
    public var links: [PageLink]
    /// The anchors the page's HTML names (`<a name="...">`, `id="..."`).
    public var htmlAnchors: [String]
    /// The page's `graphdoc-disable` comments.
    public var lintDirectives: [LintDirective]

    /// Parses `bytes` (UTF-8) read from `path`. A UTF-8 byte order mark is dropped: it is no text,
    /// and before it the front matter's `---` would not start the page.
    public init(path: String, bytes: [UInt8]) {
        let source = SourceText(path: path, bytes: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
        var diagnostics: [Diagnostic] = []
        let frontMatter = FrontMatter.read(from: source, diagnostics: &diagnostics)
        self.source = source
        self.frontMatter = frontMatter
        var found = LinkCollector.Found()
        self.blocks = CmarkTreeBuilder.parse(
            source: source, blankingLines: frontMatter?.lineRange, diagnostics: &diagnostics, found: &found)
        self.diagnostics = diagnostics
        self.links = found.links
        self.htmlAnchors = found.htmlAnchors
        self.lintDirectives = found.lintDirectives
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Every leaf block in document order, descending into block quotes and lists.
    public var leafBlocks: [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        func walk(_ blocks: [Block]) {
            for block in blocks {
                if case .container(_, let children, _) = block { walk(children) } else { out.append(block) }
            }
        }
        walk(blocks)
        return out
    }

    /// The text of every heading as a reader sees it, in document order.
    public var headingTexts: [String] {
        leafBlocks.compactMap { block in
            guard case .heading(let heading) = block else { return nil }
            return heading.text.localized.plainText
        }
    }
}

/// Turns cmark's node tree into ``Block`` values.
enum CmarkTreeBuilder {
    static func parse(
        source: SourceText, blankingLines: ClosedRange<Int>?, diagnostics: inout [Diagnostic],
        found: inout LinkCollector.Found
    ) -> [Block] {
        var input = source.bytes
        if let range = blankingLines {
            // cmark does not know front matter: hand it blank lines instead, so line numbers stay true.
            let start = source.lineStarts[range.lowerBound - 1]
            let end = range.upperBound < source.lineCount ? source.lineStarts[range.upperBound] : source.bytes.count
            input.replaceSubrange(start..<end, with: [UInt8](repeating: UInt8(ascii: "\n"), count: range.count))
        }
        let document: OpaquePointer? = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS)
            }
        }
        guard let document else { return [] }
        defer { cmark_node_free(document) }
        var builder = Builder(source: source)
        let blocks = builder.blocks(under: document)
        diagnostics.append(contentsOf: builder.diagnostics)
        found = LinkCollector.collect(document, source: source)
        return blocks
    }

    struct Builder {
        let source: SourceText
        var diagnostics: [Diagnostic] = []

        init(source: SourceText) { self.source = source }

        func location(_ node: OpaquePointer) -> SourceLocation {
            source.location(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
        }

        /// The blocks under `parent`, which sits `depth` containers deep.
        mutating func blocks(under parent: OpaquePointer, depth: Int = 0) -> [Block] {
            guard depth < NestingLimit.containers else { return flattenedBlocks(under: parent) }
            var result: [Block] = []
            var child = cmark_node_first_child(parent)
            while let node = child {
                if let block = block(node, depth: depth) { result.append(block) }
                child = cmark_node_next(node)
            }
            return result
        }

        /// The leaf blocks below a container nested deeper than ``NestingLimit/containers``, in
        /// document order and without their containers: cmark's own iterator walks the subtree, so
        /// no depth of nesting can exhaust the stack here or in any later walk over the blocks.
        private mutating func flattenedBlocks(under parent: OpaquePointer) -> [Block] {
            diagnostics.append(Diagnostic(
                .nestingTooDeep,
                "expected block quotes and lists nested at most \(NestingLimit.containers) deep, found deeper nesting; its blocks are read without their enclosing quotes and lists",
                at: location(parent)))
            var result: [Block] = []
            guard let iterator = cmark_iter_new(parent) else { return result }
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != parent,
                      Self.isLeafBlock(cmark_node_get_type(node)), let block = block(node, depth: NestingLimit.containers) else { continue }
                result.append(block)
            }
            return result
        }

        private static func isLeafBlock(_ type: cmark_node_type) -> Bool {
            [CMARK_NODE_HEADING, CMARK_NODE_PARAGRAPH, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK].contains(type)
        }

        mutating func block(_ node: OpaquePointer, depth: Int = 0) -> Block? {
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_HEADING:
                return .heading(Heading(
                    level: Int(cmark_node_get_heading_level(node)),
                    text: SideBySideText(inlines(under: node)), source: location(node)))
            case CMARK_NODE_PARAGRAPH:
                let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
                if end > start, PipeTableBuilder.isTable(source: source, firstLine: start) {
                    var tableBuilder = PipeTableBuilder(source: source)
                    let table = tableBuilder.table(paragraph: node, firstLine: start, lastLine: end, at: location(node))
                    diagnostics.append(contentsOf: tableBuilder.diagnostics)
                    return .table(table)
                }
                return .paragraph(Paragraph(text: SideBySideText(inlines(under: node)), source: location(node), endLine: end))
            case CMARK_NODE_CODE_BLOCK:
                let info = string(cmark_node_get_fence_info(node))
                let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" }).first.map { $0.lowercased() } ?? ""
                let literal = string(cmark_node_get_literal(node))
                let startLine = Int(cmark_node_get_start_line(node))
                let fenced = !info.isEmpty || isFenceLine(startLine)
                let contentLine = fenced ? startLine + 1 : startLine
                return .code(CodeBlock(
                    language: language, literal: literal, source: location(node), contentLine: contentLine,
                    contentColumnOffset: contentColumn(literal: literal, line: contentLine)))
            case CMARK_NODE_HTML_BLOCK:
                return .html(HTMLBlock(literal: string(cmark_node_get_literal(node)), source: location(node)))
            case CMARK_NODE_BLOCK_QUOTE:
                return .container(kind: .blockQuote, children: blocks(under: node, depth: depth + 1), source: location(node))
            case CMARK_NODE_LIST:
                return .container(kind: .list, children: blocks(under: node, depth: depth + 1), source: location(node))
            case CMARK_NODE_ITEM:
                return .container(kind: .item, children: blocks(under: node, depth: depth + 1), source: location(node))
            case CMARK_NODE_THEMATIC_BREAK:
                return .thematicBreak(location(node))
            default:
                return nil
            }
        }

        private func isFenceLine(_ line: Int) -> Bool {
            let text = source.lineBytes(line).drop { $0 == 0x20 || $0 == UInt8(ascii: ">") }
            return text.first == UInt8(ascii: "`") || text.first == UInt8(ascii: "~")
        }

        /// The scalar column where the literal's first line starts in the file (after `> ` or list indentation).
        private func contentColumn(literal: String, line: Int) -> Int {
            let firstLine = literal.utf8.prefix { $0 != UInt8(ascii: "\n") }
            let fileLine = source.lineBytes(line)
            guard fileLine.count >= firstLine.count, !firstLine.isEmpty,
                  fileLine.suffix(firstLine.count).elementsEqual(firstLine) else { return 1 }
            return source.scalarColumn(line: line, byteColumn: fileLine.count - firstLine.count + 1)
        }

        /// The inlines of a heading or paragraph.
        mutating func inlines(under parent: OpaquePointer) -> [Inline] {
            var reader = CmarkInlineReader(blockLocation: location(parent))
            let inlines = reader.inlines(under: parent)
            diagnostics.append(contentsOf: reader.diagnostics)
            return inlines
        }
    }
}

func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
}
