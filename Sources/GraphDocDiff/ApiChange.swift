import GraphDocIR

/// One change between two versions of the docs, located on both sides where it exists.
public struct ApiChange: Codable, Hashable, Sendable {
    /// The rule id (`property-removed`).
    public var rule: String
    public var impact: ChangeImpact
    /// What the change does to the generated Swift module.
    public var swiftBump: SemverBump
    /// Graph's changelog element kind (`Property`) and change kind (`Deletion`).
    public var element: DiffRule.ApiElement
    public var kind: DiffRule.ChangeKind
    /// The changed element's own name (`displayName`, `GET /users/{}`).
    public var name: String
    /// What it belongs to (the type, the enum, the route), or itself for a type, enum or route.
    public var target: String
    public var message: String
    /// Where the older docs state it; nil for an addition.
    public var old: SourceLocation?
    /// Where the newer docs state it; nil for a removal.
    public var new: SourceLocation?

    public init(
        _ rule: DiffRule, name: String, target: String, message: String, old: SourceLocation?, new: SourceLocation?,
        swiftBump: SemverBump? = nil
    ) {
        self.rule = rule.id
        self.impact = rule.impact
        self.swiftBump = swiftBump ?? rule.swiftBump
        self.element = rule.element
        self.kind = rule.kind
        self.name = name
        self.target = target
        self.message = message
        self.old = old
        self.new = new
    }

    /// The element's qualified name (`user.displayName`), which with the rule identifies the change
    /// in a baseline.
    public var subject: String { name == target ? name : "\(target).\(name)" }

    /// The place to point at: the newer docs where they state the element, else the older.
    public var location: SourceLocation? { new ?? old }
}
