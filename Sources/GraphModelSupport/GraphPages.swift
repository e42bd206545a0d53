/// The pages of a collection, each fetched when the iteration asks for it: the first answer, then
/// one page per `@odata.nextLink`. Made by ``GraphClient/pages(_:)``.
///
/// ```swift
/// for try await page in client.pages(request) {
///     for event in page.value { print(event.subject ?? "") }
/// }
/// ```
public struct GraphPages<Item: Codable & Hashable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = GraphCollectionPage<Item>

    private let first: @Sendable () async throws -> GraphCollectionPage<Item>
    private let following: @Sendable (String) async throws -> GraphCollectionPage<Item>

    init(
        first: @escaping @Sendable () async throws -> GraphCollectionPage<Item>,
        following: @escaping @Sendable (String) async throws -> GraphCollectionPage<Item>
    ) {
        self.first = first
        self.following = following
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(first: first, following: following)
    }

    /// Every item of every page, in order.
    public func items() async throws -> [Item] {
        var items: [Item] = []
        for try await page in self { items += page.value }
        return items
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private enum Position {
            case start
            case link(String)
            case finished
        }

        private let first: @Sendable () async throws -> GraphCollectionPage<Item>
        private let following: @Sendable (String) async throws -> GraphCollectionPage<Item>
        private var position = Position.start

        fileprivate init(
            first: @escaping @Sendable () async throws -> GraphCollectionPage<Item>,
            following: @escaping @Sendable (String) async throws -> GraphCollectionPage<Item>
        ) {
            self.first = first
            self.following = following
        }

        public mutating func next() async throws -> GraphCollectionPage<Item>? {
            let current = position
            // Finished until the page arrives: after an error the sequence ends.
            position = .finished
            let page: GraphCollectionPage<Item>
            switch current {
            case .finished: return nil
            case .start: page = try await first()
            case .link(let link): page = try await following(link)
            }
            if let nextLink = page.nextLink {
                if case .link(let link) = current, link == nextLink { throw GraphClientError.repeatedNextLink(link) }
                position = .link(nextLink)
            }
            return page
        }
    }
}
