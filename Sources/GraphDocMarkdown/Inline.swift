/// An inline node of a paragraph, heading or table cell, as cmark parsed it.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    /// A code span's content.
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case link(destination: String, children: [Inline])
    case image(destination: String, children: [Inline])
    /// Raw inline HTML such as `<span class="sxs-lookup">` or `<a name="x"></a>` or `<br>`.
    case html(String)
    case softBreak
    case lineBreak
}

extension Array where Element == Inline {
    /// The text a reader sees: markup dropped, code spans kept as their content, line breaks as spaces,
    /// `<br>` as a space.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    func appendPlainText(to out: inout String) {
        for node in self {
            switch node {
            case .text(let s), .code(let s): out += s
            case .emphasis(let c), .strong(let c), .link(_, let c), .image(_, let c): c.appendPlainText(to: &out)
            case .html(let h): if h.hasPrefix("<br") || h.hasPrefix("<BR") { out += " " }
            case .softBreak, .lineBreak: out += " "
            }
        }
    }

    /// Every link in document order, with its destination and text, descending into emphasis.
    public var links: [(destination: String, text: String)] {
        var result: [(String, String)] = []
        collectLinks(into: &result)
        return result
    }

    private func collectLinks(into result: inout [(String, String)]) {
        for node in self {
            switch node {
            case .link(let d, let c): result.append((d, c.plainText))
            case .emphasis(let c), .strong(let c): c.collectLinks(into: &result)
            default: break
            }
        }
    }

    /// The contents of every code span, in order, descending into emphasis and links.
    public var codeSpans: [String] {
        var result: [String] = []
        collectCode(into: &result)
        return result
    }

    private func collectCode(into result: inout [String]) {
        for node in self {
            switch node {
            case .code(let s): result.append(s)
            case .emphasis(let c), .strong(let c), .link(_, let c): c.collectCode(into: &result)
            default: break
            }
        }
    }

    /// The value of every `<a name="...">` / `<a id="...">` anchor among the inlines.
    public var anchorNames: [String] {
        compactMap { node in
            guard case .html(let h) = node else { return nil }
            return HTMLTag.attribute(h, "name") ?? (h.hasPrefix("<a") ? HTMLTag.attribute(h, "id") : nil)
        }
    }
}

/// Small helpers for the few HTML tags Graph pages use inline.
enum HTMLTag {
    /// The value of `attribute` in a single tag such as `<a name="x">`, quoted with `"` or `'`.
    static func attribute(_ tag: String, _ attribute: String) -> String? {
        guard let offset = tag.utf8Offset(of: attribute + "=") else { return nil }
        var rest = Substring(tag.utf8.dropFirst(offset + attribute.utf8.count + 1))
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        guard let end = rest.firstIndex(of: quote) else { return nil }
        return String(rest[..<end])
    }
}
