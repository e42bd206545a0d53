/// A generated entity or complex type (or an operation's anonymous request body).
public struct StructViewModel: Hashable, Sendable {
    /// `public`, `package` or `internal`.
    public var access: String
    public var swiftName: String
    /// The qualified Graph name (`microsoft.graph.phoneAuthenticationMethod`), as a literal.
    public var odataTypeNameLiteral: String
    /// The qualified names of the types it derives from, nearest first, as a Swift array literal.
    public var odataAncestorTypeNamesLiteral: String
    /// `Swift.Codable, Swift.Hashable, ...`.
    public var conformances: String
    public var docLines: [String]
    public var properties: [PropertyViewModel]
    /// The documented JSON keys as a Swift set literal, for the wrong-type check.
    public var knownKeysLiteral: String
    public var hasProperties: Bool
}
