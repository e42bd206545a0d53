/// Inline content seen two ways: as the reader of the translation sees it, and as the English
/// original of a side-by-side page (`<span data-ttu-id>译文</span><span class="sxs-lookup"><span
/// data-stu-id>original</span></span>`). On a page without spans both views are the same.
public struct SideBySideText: Hashable, Sendable {
    /// The translated text (what the page shows), span tags removed.
    public var localized: [Inline]
    /// The English original: `sxs-lookup` content in place of each translated span.
    public var english: [Inline]
    /// Whether any `sxs-lookup` span was found.
    public var isSideBySide: Bool

    public init(localized: [Inline], english: [Inline], isSideBySide: Bool) {
        self.localized = localized
        self.english = english
        self.isSideBySide = isSideBySide
    }

    /// Splits cmark's inlines into the two views.
    public init(_ inlines: [Inline]) {
        // Most text has no span at all: both views share one array.
        guard Self.containsSpanTag(inlines) else {
            self.localized = inlines
            self.english = inlines
            self.isSideBySide = false
            return
        }
        var splitter = Splitter()
        splitter.run(inlines)
        self.localized = splitter.localized
        self.english = splitter.english
        self.isSideBySide = splitter.sawLookup
    }

    private static func containsSpanTag(_ inlines: [Inline]) -> Bool {
        inlines.contains { node in
            switch node {
            case .html(let tag): tag.hasPrefix("<span") || tag.hasPrefix("</span")
            case .emphasis(let children), .strong(let children), .link(_, let children), .image(_, let children):
                containsSpanTag(children)
            default: false
            }
        }
    }

    private struct Splitter {
        enum Mode { case both, translated, lookup }
        var localized: [Inline] = []
        var english: [Inline] = []
        var mode = Mode.both
        var depth = 0
        var sawLookup = false

        mutating func run(_ inlines: [Inline]) {
            for node in inlines {
                if case .html(let tag) = node, handleTag(tag) { continue }
                if mode == .both, let (translated, original) = Self.split(children: node) {
                    // `[<span ttu>译文</span><span sxs>original</span>](#tab/x)`: spans inside a link or emphasis.
                    localized.append(translated)
                    english.append(original)
                    sawLookup = true
                    continue
                }
                switch mode {
                case .both:
                    localized.append(node)
                    english.append(node)
                case .translated:
                    localized.append(node)
                case .lookup:
                    english.append(node)
                }
            }
        }

        /// The two views of a link's or emphasis's children, when they hold side-by-side spans.
        static func split(children node: Inline) -> (Inline, Inline)? {
            let children: [Inline], rebuild: ([Inline]) -> Inline
            switch node {
            case .link(let destination, let c): (children, rebuild) = (c, { .link(destination: destination, children: $0) })
            case .emphasis(let c): (children, rebuild) = (c, { .emphasis($0) })
            case .strong(let c): (children, rebuild) = (c, { .strong($0) })
            default: return nil
            }
            var inner = Splitter()
            inner.run(children)
            guard inner.sawLookup else { return nil }
            return (rebuild(inner.localized), rebuild(inner.english))
        }

        /// Returns true when `tag` is a side-by-side span tag, consumed here.
        mutating func handleTag(_ tag: String) -> Bool {
            if tag.hasPrefix("<span") {
                if mode == .both {
                    if tag.containsText("sxs-lookup") {
                        mode = .lookup
                        sawLookup = true
                    } else if tag.containsText("data-ttu-id") {
                        mode = .translated
                    } else {
                        return false
                    }
                    depth = 1
                } else {
                    depth += 1
                }
                return true
            }
            if tag.hasPrefix("</span"), mode != .both {
                depth -= 1
                if depth == 0 { mode = .both }
                return true
            }
            return false
        }
    }
}
