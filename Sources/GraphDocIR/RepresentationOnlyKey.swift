/// A key of a resource's JSON representation that none of the page's tables lists. The page reads it
/// as a property (typed from its placeholder value); the merge decides what it is, because derived
/// types' representations show inherited keys too: a key an ancestor describes is inherited, any
/// other is a property the tables forgot (reported).
public struct RepresentationOnlyKey: Codable, Hashable, Sendable {
    /// The type whose representation shows the key.
    public var type: String
    public var name: String
    /// Where the key is written in the `.md` file.
    public var source: SourceLocation

    public init(type: String, name: String, source: SourceLocation) {
        self.type = type
        self.name = name
        self.source = source
    }
}
