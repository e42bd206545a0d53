/// A collection response: `{"@odata.context": ..., "value": [...], "@odata.nextLink": ...}` (or,
/// on the last page of a delta round, `"@odata.deltaLink"`).
///
/// The items are decoded as `Element`; every other member (annotations such as `@odata.context`
/// and `@odata.nextLink`, or anything undocumented) is kept and re-encoded as it came, so a page of
/// results round-trips like a model does.
public struct GraphCollectionPage<Element: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// The items of this page.
    public var value: [Element]
    /// Members other than `value`, re-encoded as received.
    public var additionalProperties: [String: JSONValue]

    /// Creates a page of `value` with optional extra members.
    public init(value: [Element], additionalProperties: [String: JSONValue] = [:]) {
        self.value = value
        self.additionalProperties = additionalProperties
    }

    /// The link to the next page (`@odata.nextLink`), when there is one.
    public var nextLink: String? { additionalProperties["@odata.nextLink"]?.stringValue }

    /// The link that starts the next delta round (`@odata.deltaLink`), on the last page of a round.
    public var deltaLink: String? { additionalProperties["@odata.deltaLink"]?.stringValue }

    public init(from decoder: any Decoder) throws {
        var container = try ObjectDecodingContainer(decoder)
        value = container.decode("value") ?? []
        additionalProperties = try container.remainingProperties()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = ObjectEncodingContainer(encoder)
        // A `value` that was not an array is kept raw in `additionalProperties`; write that one back.
        if !(value.isEmpty && additionalProperties["value"] != nil) { try container.encode(value, "value") }
        try container.encodeAdditionalProperties(additionalProperties)
    }
}

extension GraphCollectionPage: Validatable where Element: Validatable {
    /// The issues of every item, at `value[i]`; members that are not items are not checked.
    public func validate(context: ValidationContext) -> [ValidationIssue] {
        value.validate(context: context).map { $0.prefixed(with: "value") }
    }
}
