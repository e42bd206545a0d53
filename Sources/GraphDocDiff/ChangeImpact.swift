/// What a change means for a client of the Graph API that was written against the older docs.
public enum ChangeImpact: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    /// Existing clients keep working (an added type, property or route).
    case compatible
    /// Existing clients may break, depending on what they do (an enum member they may now receive).
    case potentiallyBreaking = "potentially-breaking"
    /// Existing clients that use the changed part break (a removed property, a changed type).
    case breaking

    private var rank: Int {
        switch self {
        case .compatible: 0
        case .potentiallyBreaking: 1
        case .breaking: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
