/// Where an enum's members were read from.
public enum EnumOrigin: String, Codable, Hashable, Sendable, Comparable {
    /// An enumeration page's `Members` table or a `### x values` table.
    case table
    /// "Possible values are: `a`, `b`" in a property description.
    case description
    /// Values seen in examples only.
    case example

    private var rank: Int {
        switch self {
        case .table: 0
        case .description: 1
        case .example: 2
        }
    }

    /// `a < b` means `a` is more authoritative than `b` (tables before descriptions before examples).
    public static func < (lhs: EnumOrigin, rhs: EnumOrigin) -> Bool { lhs.rank < rhs.rank }
}

/// One documented value of an enum.
public struct EnumMember: Codable, Hashable, Sendable {
    public var name: String
    public var description: String
    /// The numeric value when the table gives one (flags enums).
    public var value: Int?

    public init(name: String, description: String = "", value: Int? = nil) {
        self.name = name
        self.description = description
        self.value = value
    }
}

/// A set of documented values. Enums read from a property description are owned by that property's
/// declaring type and named `ownerType.property` (for example `itemFacet.allowedAudiences`).
public struct EnumDefinition: Codable, Hashable, Sendable {
    public var name: String
    public var members: [EnumMember]
    public var isFlags: Bool
    public var origin: EnumOrigin
    /// For enums read from a property description: the type and property that declare them.
    public var ownerType: String?
    public var ownerProperty: String?
    public var sources: [SourceLocation]

    public init(
        name: String, members: [EnumMember], isFlags: Bool = false, origin: EnumOrigin,
        ownerType: String? = nil, ownerProperty: String? = nil, sources: [SourceLocation] = []
    ) {
        self.name = name
        self.members = members
        self.isFlags = isFlags
        self.origin = origin
        self.ownerType = ownerType
        self.ownerProperty = ownerProperty
        self.sources = sources
    }

    /// The name an enum read from `property`'s description gets when its page names no enum type.
    public static func ownedName(type: String, property: String) -> String { "\(type).\(property)" }
}
