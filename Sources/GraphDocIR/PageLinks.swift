/// A link in a page's text, as written, with where it starts.
public struct PageLink: Codable, Hashable, Sendable {
    /// The destination as cmark resolved it: an inline link's, or a reference-style link's definition's.
    public var destination: String
    public var source: SourceLocation

    public init(destination: String, source: SourceLocation) {
        self.destination = destination
        self.source = source
    }
}

/// What a page offers and asks of other pages for link checking: its links, and the texts its
/// anchors are made from.
public struct PageLinks: Codable, Hashable, Sendable {
    /// Every link (inline, reference-style, autolink), in document order.
    public var links: [PageLink]
    /// Every heading's text as a reader sees it (markup dropped, code kept), in document order: the
    /// docs site makes each heading's anchor from it.
    public var headings: [String]
    /// Anchors the page's HTML names itself: `<a name="...">` and `id="..."` attributes.
    public var htmlAnchors: [String]

    public init(links: [PageLink] = [], headings: [String] = [], htmlAnchors: [String] = []) {
        self.links = links
        self.headings = headings
        self.htmlAnchors = htmlAnchors
    }
}
