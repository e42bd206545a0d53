/// Decodes a JSON object into a generated model leniently, keeping whatever the model does not know.
///
/// Generated `init(from:)` methods read each documented property with ``decode(_:)`` (or ``decodeNullable(_:)``) and finish
/// with ``remainingProperties()``. A key is *consumed* only when its value decoded into the
/// property, so the leftovers hold unknown keys, explicit `null`s of plain optional properties and
/// values of the wrong type: re-encoding gives the same JSON back, and validation reports the
/// wrong-typed ones instead of decoding failing.
public struct ObjectDecodingContainer {
    private let container: KeyedDecodingContainer<AnyCodingKey>
    private var consumed: Set<String> = []

    public init(_ decoder: any Decoder) throws {
        container = try decoder.container(keyedBy: AnyCodingKey.self)
    }

    /// The property `key`, or `nil` when it is absent, `null` or not of type `T`.
    public mutating func decode<T: Decodable>(_ key: String) -> T? {
        let codingKey = AnyCodingKey(key)
        guard container.contains(codingKey), (try? container.decodeNil(forKey: codingKey)) == false,
            let value = try? container.decode(T.self, forKey: codingKey)
        else { return nil }
        consumed.insert(key)
        return value
    }

    /// A three-state property: `nil` when absent, `.null` when sent as `null`.
    public mutating func decodeNullable<T: Decodable>(_ key: String) -> Nullable<T>? {
        let codingKey = AnyCodingKey(key)
        guard container.contains(codingKey) else { return nil }
        if (try? container.decodeNil(forKey: codingKey)) == true {
            consumed.insert(key)
            return .null
        }
        guard let value = try? container.decode(T.self, forKey: codingKey) else { return nil }
        consumed.insert(key)
        return .value(value)
    }

    /// Every member not consumed by a `decode` call, as JSON. Mutating so that a generated type
    /// without documented members can still declare its container `var` without a warning.
    public mutating func remainingProperties() throws -> [String: JSONValue] {
        var rest: [String: JSONValue] = [:]
        for key in container.allKeys where !consumed.contains(key.stringValue) {
            rest[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return rest
    }
}

// Lives only inside one `init(from:)`; the wrapped container is not thread-safe.
@available(*, unavailable)
extension ObjectDecodingContainer: Sendable {}
