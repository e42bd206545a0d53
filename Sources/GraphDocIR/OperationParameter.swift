/// A parameter an operation takes outside its request body, as a "Function parameters", "Query
/// parameters" or "Path parameters" table states it.
public struct OperationParameter: Codable, Hashable, Sendable {
    /// Where a parameter's value goes in the request.
    public enum Location: String, Codable, Hashable, Sendable {
        /// An argument of the function call in the URL: `delta(token='{token}')`.
        case function
        /// A parameter of the query string: `?startDateTime={start}`.
        case query
        /// A `{placeholder}` segment of the path.
        case path
    }

    /// The name as the request writes it (`startDateTime`, `$deltatoken`).
    public var name: String
    public var location: Location
    public var type: TypeReference
    /// The English description (for side-by-side pages, the English original).
    public var description: String
    /// The translated description, when the source page is a translation.
    public var localizedDescription: String?
    /// `true`/`false` when the page says so, `nil` when it is silent.
    public var required: Bool?
    /// The name of the enum that holds the values the parameter may take.
    public var `enum`: String?
    /// Limits and formats the description states in words.
    public var constraints: PropertyConstraints?
    public var source: SourceLocation

    public init(
        name: String, location: Location, type: TypeReference, description: String = "",
        localizedDescription: String? = nil, required: Bool? = nil, enum enumName: String? = nil,
        constraints: PropertyConstraints? = nil, source: SourceLocation
    ) {
        self.name = name
        self.location = location
        self.type = type
        self.description = description
        self.localizedDescription = localizedDescription
        self.required = required
        self.enum = enumName
        self.constraints = constraints
        self.source = source
    }

    /// A parameter stated by a row of a property-shaped table.
    public init(_ row: Property, location: Location) {
        self.init(
            name: row.name, location: location, type: row.type, description: row.description,
            localizedDescription: row.localizedDescription, required: row.required, enum: row.enum,
            constraints: row.constraints, source: row.source)
    }

    enum CodingKeys: String, CodingKey {
        case name, location, type, description, localizedDescription, required, `enum`, constraints, source
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(location, forKey: .location)
        try c.encode(type, forKey: .type)
        try c.encode(description, forKey: .description)
        try c.encodeIfPresent(localizedDescription, forKey: .localizedDescription)
        try c.encode(required, forKey: .required)
        try c.encode(self.enum, forKey: .enum)
        try c.encodeIfPresent(constraints, forKey: .constraints)
        try c.encode(source, forKey: .source)
    }
}
