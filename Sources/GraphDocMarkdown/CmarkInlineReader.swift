import Ccmark
import GraphDocIR

/// Turns cmark's inline nodes into ``Inline`` values, at most ``NestingLimit/inlines`` deep.
struct CmarkInlineReader {
    /// The block the inlines belong to: cmark places no inline node, so a diagnostic names the block.
    let blockLocation: SourceLocation
    var diagnostics: [Diagnostic] = []
    private var reportedFlattening = false

    init(blockLocation: SourceLocation) { self.blockLocation = blockLocation }

    /// The inlines under `parent` (a paragraph or heading).
    mutating func inlines(under parent: OpaquePointer) -> [Inline] {
        children(parent, depth: 0)
    }

    /// One inline node and what it encloses (for the cells of a pipe table, which split a paragraph's inlines).
    mutating func inline(_ node: OpaquePointer) -> Inline? {
        inline(node, depth: 0)
    }

    /// The inlines under `parent`, which sits `depth` inline containers deep. Below the limit the
    /// markup is dropped and the text kept, so that neither this walk nor the later ones over
    /// ``Inline`` values can exhaust the stack.
    private mutating func children(_ parent: OpaquePointer, depth: Int) -> [Inline] {
        guard depth < NestingLimit.inlines else { return [flattenedText(under: parent)] }
        var result: [Inline] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let inline = inline(node, depth: depth) { result.append(inline) }
            child = cmark_node_next(node)
        }
        return result
    }

    private mutating func inline(_ node: OpaquePointer, depth: Int) -> Inline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE: .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_EMPH: .emphasis(children(node, depth: depth + 1))
        case CMARK_NODE_STRONG: .strong(children(node, depth: depth + 1))
        case CMARK_NODE_LINK: .link(destination: string(cmark_node_get_url(node)), children: children(node, depth: depth + 1))
        case CMARK_NODE_IMAGE: .image(destination: string(cmark_node_get_url(node)), children: children(node, depth: depth + 1))
        default: nil
        }
    }

    /// The text of every text, code and line-break node below `parent`, as one text inline, found
    /// with cmark's iterator (which does not recurse).
    private mutating func flattenedText(under parent: OpaquePointer) -> Inline {
        if !reportedFlattening {
            reportedFlattening = true
            diagnostics.append(Diagnostic(
                .nestingTooDeep,
                "expected emphasis and links nested at most \(NestingLimit.inlines) deep, found deeper nesting; its text is read without that markup",
                at: blockLocation))
        }
        var text = ""
        guard let iterator = cmark_iter_new(parent) else { return .text(text) }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(node))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return .text(text)
    }
}
