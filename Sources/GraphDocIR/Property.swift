/// Where a fact about a type came from, in order of authority (resource page first).
public enum FactOrigin: String, Codable, Hashable, Sendable, Comparable {
    case resource
    case requestBody
    case example
    /// A GET route that reads the relationship (`GET /teams/{id}/schedule/openShifts`).
    case route

    private var rank: Int {
        switch self {
        case .resource: 0
        case .requestBody: 1
        case .example: 2
        case .route: 3
        }
    }

    /// `a < b` means `a` is more authoritative than `b`.
    public static func < (lhs: FactOrigin, rhs: FactOrigin) -> Bool { lhs.rank < rhs.rank }
}

/// A property (or relationship) of a type, or a parameter of a request body.
public struct Property: Codable, Hashable, Sendable {
    /// The Graph (English) name, e.g. `phoneNumber`.
    public var name: String
    public var type: TypeReference
    /// The English description (for side-by-side pages, the English original).
    public var description: String
    /// The translated description, when the source page is a translation.
    public var localizedDescription: String?
    public var readOnly: Bool
    /// `true`/`false` when the docs say so, `nil` when they are silent.
    public var nullable: Bool?
    public var required: Bool?
    /// The ancestor type named by "Inherited from [x](...)".
    public var inheritedFrom: String?
    /// The name of the enum that holds the values this property may take.
    public var `enum`: String?
    /// Limits and formats the description states in words (maximum length, pattern, examples).
    public var constraints: PropertyConstraints?
    public var origin: FactOrigin
    public var source: SourceLocation

    public init(
        name: String, type: TypeReference, description: String = "", localizedDescription: String? = nil,
        readOnly: Bool = false, nullable: Bool? = nil, required: Bool? = nil, inheritedFrom: String? = nil,
        enum enumName: String? = nil, constraints: PropertyConstraints? = nil, origin: FactOrigin,
        source: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.description = description
        self.localizedDescription = localizedDescription
        self.readOnly = readOnly
        self.nullable = nullable
        self.required = required
        self.inheritedFrom = inheritedFrom
        self.enum = enumName
        self.constraints = constraints
        self.origin = origin
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case name, type, description, localizedDescription, readOnly, nullable, required, inheritedFrom
        case `enum`, constraints, origin, source
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
        try c.encode(description, forKey: .description)
        try c.encodeIfPresent(localizedDescription, forKey: .localizedDescription)
        try c.encode(readOnly, forKey: .readOnly)
        try c.encode(nullable, forKey: .nullable)
        try c.encode(required, forKey: .required)
        try c.encode(inheritedFrom, forKey: .inheritedFrom)
        try c.encode(self.enum, forKey: .enum)
        try c.encodeIfPresent(constraints, forKey: .constraints)
        try c.encode(origin, forKey: .origin)
        try c.encode(source, forKey: .source)
    }
}

/// Limits and formats a description states in words, for validators.
public struct PropertyConstraints: Codable, Hashable, Sendable {
    /// "Maximum length is N" / "up to N characters".
    public var maxLength: Int?
    /// An inclusive numeric range ("Valid values 0 to 65535").
    public var minimum: Double?
    public var maximum: Double?
    /// A regular expression derived from a stated format (phone numbers, ...).
    public var pattern: String?
    /// Values the page calls valid ("For example, +1 5555551234 ... are valid").
    public var validExamples: [String]

    public init(
        maxLength: Int? = nil, minimum: Double? = nil, maximum: Double? = nil, pattern: String? = nil,
        validExamples: [String] = []
    ) {
        self.maxLength = maxLength
        self.minimum = minimum
        self.maximum = maximum
        self.pattern = pattern
        self.validExamples = validExamples
    }

    public var isEmpty: Bool {
        maxLength == nil && minimum == nil && maximum == nil && pattern == nil && validExamples.isEmpty
    }
}
