/// One stored property of a generated struct, with everything its templates print precomputed.
public struct PropertyViewModel: Hashable, Sendable {
    /// The JSON key, as a Swift string literal (`"@odata.type"`).
    public var jsonNameLiteral: String
    /// The JSON key as documented.
    public var jsonName: String
    /// The identifier, escaped where needed (`` `default` ``).
    public var swiftName: String
    /// The Swift type without the optional marker (`[GraphModelSupport.DateTimeOffset]`).
    public var swiftType: String
    /// The declared type of the stored property (always optional: Graph omits fields freely).
    public var declaredType: String
    /// `decode` or `decodeNullable` on `ObjectDecodingContainer`.
    public var decodeMethod: String
    /// `encode` or `encodeNullable` on `ObjectEncodingContainer`.
    public var encodeMethod: String
    /// `///` lines.
    public var docLines: [String]
    /// Stored through the runtime's `Indirect` wrapper because the type refers back to itself.
    public var isIndirect: Bool
    public var checksRequired: Bool
    public var checksReadOnly: Bool
    /// The value has its own `validate` (models, enums, dates, arrays of them).
    public var checksNested: Bool
    /// Validation limits as Swift literals, `nil` when the docs state none.
    public var maxLength: String?
    public var patternLiteral: String?
    public var rangeMinimum: String?
    public var rangeMaximum: String?
    public var checksRange: Bool
}
