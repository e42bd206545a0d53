/// A single entity wrapped in a `value` member: `{"@odata.context": ..., "value": {...}}`.
///
/// Some reference pages (the generated Intune and education pages) show a GET response this way.
/// The entity is decoded as `Wrapped`; every other member is kept and re-encoded as it came.
public struct GraphValueWrapper<Wrapped: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// The wrapped entity, or `nil` when `value` was not an object of this type.
    public var value: Wrapped?
    /// Members other than `value`, re-encoded as received.
    public var additionalProperties: [String: JSONValue]

    /// Wraps `value` with optional extra members.
    public init(value: Wrapped?, additionalProperties: [String: JSONValue] = [:]) {
        self.value = value
        self.additionalProperties = additionalProperties
    }

    public init(from decoder: any Decoder) throws {
        var container = try ObjectDecodingContainer(decoder)
        value = container.decode("value")
        additionalProperties = try container.remainingProperties()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = ObjectEncodingContainer(encoder)
        try container.encode(value, "value")
        try container.encodeAdditionalProperties(additionalProperties)
    }
}

extension GraphValueWrapper: Validatable where Wrapped: Validatable {
    /// The issues of the wrapped entity, at `value`.
    public func validate(context: ValidationContext) -> [ValidationIssue] {
        (value?.validate(context: context) ?? []).map { $0.prefixed(with: "value") }
    }
}
