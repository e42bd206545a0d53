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

/// A value of a base type that may hold any derived type.
///
/// Generated `Any<Base>` enums conform: one case for the base type and one per known derived
/// type, chosen by `@odata.type`. A payload whose `@odata.type` names a type this module does not
/// know decodes as the base type, its extra members and the discriminator kept in
/// `additionalProperties`, so nothing is lost and re-encoding gives the same JSON.
public protocol PolymorphicValue: Codable, Hashable, Sendable, Validatable {
    /// The wrapped model.
    var model: any GraphModel { get }
}

extension PolymorphicValue {
    /// The `@odata.type` the value carries, without `#`, else the wrapped type's name.
    public var odataType: String {
        if case .string(let value)? = model.additionalProperties[ODataType.key] { return ODataType.normalized(value) }
        return Swift.type(of: model).odataTypeName
    }

    public func validate(context: ValidationContext) -> [ValidationIssue] { model.validate(context: context) }
}
