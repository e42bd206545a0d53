/// How a request-body or response paragraph named its type, kept for the merge: only the merge knows
/// which types the inputs describe and what a linked page describes. The writer's word may be a
/// plural or a shortening of the type's name (`a collection of [tabs](../resources/teamstab.md)`,
/// `**secureScores** objects`), and a link in that prose may lead to no type at all
/// (`[get the status of the copy operation](onenoteoperation-get.md)`).
public struct ProseTypeName: Codable, Hashable, Sendable {
    /// Which paragraph named the type.
    public enum Role: String, Codable, Hashable, Sendable {
        case requestBody, response
    }

    public var role: Role
    /// The name as read: a link's text when it is an identifier, else the linked file's name; or the
    /// word before "object".
    public var name: String
    /// The linked page's path, resolved against the linking page's path (no `#fragment`), when a
    /// link named the type.
    public var linkTarget: String?
    /// Whether ``name`` is the link's text rather than the linked file's name.
    public var nameIsLinkText: Bool
    /// What the paragraph's words name without the link ("an **alert** object"), if a link named the type.
    public var wordsName: TypeReference?
    public var source: SourceLocation

    public init(role: Role, name: String, linkTarget: String?, nameIsLinkText: Bool, wordsName: TypeReference?, source: SourceLocation) {
        self.role = role
        self.name = name
        self.linkTarget = linkTarget
        self.nameIsLinkText = nameIsLinkText
        self.wordsName = wordsName
        self.source = source
    }
}
