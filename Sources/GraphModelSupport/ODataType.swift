/// Helpers for Graph's `@odata.type` discriminator (`#microsoft.graph.user`).
public enum ODataType {
    /// The JSON key of the discriminator.
    public static let key = "@odata.type"

    /// The discriminator of the object `decoder` is positioned on, without the leading `#`, or
    /// `nil` when the value is not an object or has none.
    public static func peek(_ decoder: any Decoder) -> String? {
        guard let c = try? decoder.container(keyedBy: AnyCodingKey.self),
            let value = try? c.decodeIfPresent(String.self, forKey: AnyCodingKey(key))
        else { return nil }
        return normalized(value)
    }

    /// `#microsoft.graph.user` and `microsoft.graph.user` both become `microsoft.graph.user`.
    public static func normalized(_ value: String) -> String {
        value.hasPrefix("#") ? String(value.dropFirst()) : value
    }
}

/// A generated model that knows its qualified Graph name (`microsoft.graph.user`).
public protocol ODataTyped {
    static var odataTypeName: String { get }
}
