/// Encodes a generated model: documented properties first, then the kept additional properties.
///
/// It remembers which keys it wrote, so an additional property that shares a name with a set
/// documented property is skipped: encoding one key twice into a keyed container traps
/// (c2pa-swift#158), and the documented value is the one the caller meant.
public struct ObjectEncodingContainer {
    private var container: KeyedEncodingContainer<AnyCodingKey>
    private var written: Set<String> = []

    public init(_ encoder: any Encoder) {
        container = encoder.container(keyedBy: AnyCodingKey.self)
    }

    /// Writes `value` under `key` unless it is `nil` (absent stays absent).
    public mutating func encode<T: Encodable>(_ value: T?, _ key: String) throws {
        guard let value else { return }
        try container.encode(value, forKey: AnyCodingKey(key))
        written.insert(key)
    }

    /// Writes a three-state property: nothing when absent, `null` when `.null`.
    public mutating func encodeNullable<T: Encodable>(_ value: Nullable<T>?, _ key: String) throws {
        switch value {
        case nil: return
        case .null?: try container.encodeNil(forKey: AnyCodingKey(key))
        case .value(let wrapped)?: try container.encode(wrapped, forKey: AnyCodingKey(key))
        }
        written.insert(key)
    }

    /// Writes every additional property whose key was not written as a documented property.
    public mutating func encodeAdditionalProperties(_ properties: [String: JSONValue]) throws {
        for key in properties.keys.sorted() where !written.contains(key) {
            try container.encode(properties[key]!, forKey: AnyCodingKey(key))
            written.insert(key)
        }
    }
}

// Lives only inside one `encode(to:)`; the wrapped container is not thread-safe.
@available(*, unavailable)
extension ObjectEncodingContainer: Sendable {}
