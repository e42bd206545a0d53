/// A value that may be sent as an explicit JSON `null`.
///
/// Use it as `Nullable<T>?` to get the three states a Graph `PATCH` needs: `nil` leaves the
/// property out (unchanged), `.null` sends `null` (clears it), `.value(x)` sends `x`.
/// The `KeyedDecodingContainer`/`KeyedEncodingContainer` overloads below keep absence distinct
/// from `null` in hand-written and synthesized `Codable` code too.
@frozen
public enum Nullable<Wrapped> {
    case null
    case value(Wrapped)

    /// The wrapped value, or `nil` for `.null`.
    public var value: Wrapped? {
        if case .value(let wrapped) = self { return wrapped }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// `.value(x)` for `x`, `.null` for `nil`.
    public init(_ optional: Wrapped?) {
        self = optional.map(Nullable.value) ?? .null
    }
}

extension Nullable: Sendable where Wrapped: Sendable {}
extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}

// Decodable and Encodable separately, matching the container overloads below exactly; with a
// `Codable` conformance synthesized code finds those overloads ambiguous.
extension Nullable: Decodable where Wrapped: Decodable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        self = c.decodeNil() ? .null : .value(try c.decode(Wrapped.self))
    }
}

extension Nullable: Encodable where Wrapped: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .value(let wrapped): try c.encode(wrapped)
        }
    }
}

extension KeyedDecodingContainer {
    /// `nil` when `key` is absent, `.null` when it holds `null`; synthesized `Codable` picks this
    /// overload for `Nullable<T>?` properties.
    public func decodeIfPresent<T: Decodable>(_ type: Nullable<T>.Type, forKey key: Key) throws -> Nullable<T>? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) { return .null }
        return .value(try decode(T.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Writes nothing for `nil` and `null` for `.null`; synthesized `Codable` picks this overload.
    public mutating func encodeIfPresent<T: Encodable>(_ value: Nullable<T>?, forKey key: Key) throws {
        switch value {
        case nil: return
        case .null?: try encodeNil(forKey: key)
        case .value(let wrapped)?: try encode(wrapped, forKey: key)
        }
    }
}
