/// The least impact that makes `graphdoc diff` exit with status 1.
public enum DiffFailOn: String, Sendable, Hashable, CaseIterable, Codable {
    case breaking
    case potentiallyBreaking = "potentially-breaking"
    /// Any change at all, compatible ones included.
    case any
    /// Never fail because of changes.
    case never

    /// Whether a change of this impact fails the run.
    public func fails(on impact: ChangeImpact) -> Bool {
        switch self {
        case .breaking: impact >= .breaking
        case .potentiallyBreaking: impact >= .potentiallyBreaking
        case .any: true
        case .never: false
        }
    }
}
