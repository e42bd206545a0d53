/// The answer of an operation that returns no body (`204 No Content`, or `202 Accepted` without one).
/// Decoding it reads nothing, so an empty body is fine.
public struct NoContent: Decodable, Hashable, Sendable {
    public init() {}
    public init(from decoder: any Decoder) throws {}
}
