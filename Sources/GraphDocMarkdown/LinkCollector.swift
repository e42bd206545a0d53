import Ccmark
import GraphDocIR

/// Finds every link, every HTML-named anchor and every `graphdoc-disable` comment in a cmark document,
/// with cmark's own iterator (which does not recurse, so no nesting depth matters), including those
/// inside pipe tables and below the nesting limits where the block tree is flattened.
enum LinkCollector {
    struct Found {
        var links: [PageLink] = []
        var htmlAnchors: [String] = []
        var lintDirectives: [LintDirective] = []
    }

    static func collect(_ document: OpaquePointer, source: SourceText) -> Found {
        var found = Found()
        guard let iterator = cmark_iter_new(document) else { return found }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK:
                found.links.append(PageLink(destination: string(cmark_node_get_url(node)), source: location(of: node, in: source)))
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK:
                let html = string(cmark_node_get_literal(node))
                found.htmlAnchors += HTMLTag.anchorNames(in: html)
                found.lintDirectives += LintDirectiveReader.directives(in: html, line: location(of: node, in: source).line, source: source)
            default:
                break
            }
        }
        return found
    }

    /// Where `node` starts; an inline node cmark gave no position takes its nearest positioned ancestor's.
    private static func location(of node: OpaquePointer, in source: SourceText) -> SourceLocation {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 {
                return source.location(line: line, byteColumn: max(1, Int(cmark_node_get_start_column(candidate))))
            }
            current = cmark_node_parent(candidate)
        }
        return source.location(line: 1, byteColumn: 1)
    }
}
