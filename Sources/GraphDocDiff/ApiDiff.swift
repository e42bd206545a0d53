import GraphDocIR

/// Compares two versions of the docs: what changed in the API, what it means for clients, and the
/// semantic-version bump the generated Swift module needs.
public enum ApiDiff {
    /// Every change from `old` to `new`, sorted by target, element and rule.
    public static func compare(old: ApiModel, new: ApiModel) -> DiffReport {
        var comparison = ApiComparison(old: DocumentedSurface(old), new: DocumentedSurface(new))
        comparison.compareTypes()
        comparison.compareEnums()
        comparison.compareRoutes()
        return DiffReport(changes: comparison.changes)
    }
}

/// The state of one comparison: both surfaces and the changes found so far.
struct ApiComparison {
    let old: DocumentedSurface
    let new: DocumentedSurface
    var changes: [ApiChange] = []

    /// The bump for a change to a declaration whose Swift spelling is `oldSwift` and `newSwift`:
    /// the rule's own when they differ, a patch when the generated code is spelt the same (two Graph
    /// types mapping to one Swift type).
    func swiftBump(_ rule: DiffRule, oldSwift: String, newSwift: String) -> SemverBump {
        oldSwift == newSwift ? min(rule.swiftBump, .patch) : rule.swiftBump
    }
}

/// The outcome of a comparison.
public struct DiffReport: Codable, Hashable, Sendable {
    public static let currentFormatVersion = 1
    public var formatVersion: Int
    /// The bump the generated Swift module needs: the largest of its changes' bumps.
    public var semverBump: SemverBump
    public var changes: [ApiChange]

    public init(changes: [ApiChange]) {
        self.formatVersion = Self.currentFormatVersion
        self.changes = changes.sorted { ($0.target, $0.name, $0.rule) < ($1.target, $1.name, $1.rule) }
        self.semverBump = changes.map(\.swiftBump).max() ?? .none
    }

    /// How many changes have `impact`.
    public func count(_ impact: ChangeImpact) -> Int { changes.count { $0.impact == impact } }

    /// The report without the changes `baseline` accepts.
    public func filtered(by baseline: DiffBaseline) -> DiffReport {
        DiffReport(changes: baseline.unaccepted(changes))
    }
}
