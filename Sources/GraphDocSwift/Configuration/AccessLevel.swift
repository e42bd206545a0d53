/// The access level generated declarations get (`--access`).
public enum AccessLevel: String, Codable, Hashable, Sendable, CaseIterable {
    case `public`
    case `package`
    case `internal`
}
