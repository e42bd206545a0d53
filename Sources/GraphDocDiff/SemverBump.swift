/// The semantic-version bump a generated Swift module needs for a change of its public API.
public enum SemverBump: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    /// The generated code does not change.
    case none
    /// The generated code changes, its public API does not (doc comments, validator behaviour).
    case patch
    /// Public API is added; code that compiled still compiles.
    case minor
    /// Public API is removed or changed; code that compiled may no longer compile.
    case major

    private var rank: Int {
        switch self {
        case .none: 0
        case .patch: 1
        case .minor: 2
        case .major: 3
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
