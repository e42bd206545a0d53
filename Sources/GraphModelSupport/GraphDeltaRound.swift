/// One round of a delta query: the items that changed (all of them, in the first round) and the
/// `@odata.deltaLink` the next round starts from. Made by ``GraphClient/deltaRound(_:)`` and
/// ``GraphClient/deltaRound(from:of:headerFields:)``.
public struct GraphDeltaRound<Element: Codable & Hashable & Sendable>: Hashable, Sendable {
    /// The items of every page of the round, in order.
    public var items: [Element]
    /// The link to send for the next round; save it to resume later.
    public var deltaLink: String
    /// How many pages the round took.
    public var pageCount: Int

    public init(items: [Element], deltaLink: String, pageCount: Int) {
        self.items = items
        self.deltaLink = deltaLink
        self.pageCount = pageCount
    }

    /// Reads `pages` to the end; the last page must hold the delta link.
    init(collecting pages: GraphPages<Element>) async throws {
        var items: [Element] = []
        var pageCount = 0
        var deltaLink: String?
        for try await page in pages {
            items += page.value
            pageCount += 1
            deltaLink = page.deltaLink
        }
        guard let deltaLink else { throw GraphClientError.missingDeltaLink }
        self.init(items: items, deltaLink: deltaLink, pageCount: pageCount)
    }
}
