/// One coding key type shared by every generated model.
///
/// A `CodingKeys` enum per type costs about 1.8 KB of binary and noticeable compile time each
/// (CreateAPI#57, swift-foundation#1480); with thousands of Graph types a shared string key is cheaper.
public struct AnyCodingKey: CodingKey, Hashable, Sendable, ExpressibleByStringLiteral {
    public let stringValue: String
    public let intValue: Int?

    public init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    public init(stringValue: String) { self.init(stringValue) }

    public init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }

    public init(stringLiteral value: String) { self.init(value) }
}
