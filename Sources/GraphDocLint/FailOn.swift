import GraphDocIR

/// The least severity that makes `graphdoc lint` exit with status 1.
public enum FailOn: String, Sendable, Hashable, CaseIterable, Codable {
    case error
    case warning
    /// Never fail because of findings (exit status 0 unless the run itself failed).
    case never

    /// Whether a finding of this severity fails the run.
    public func fails(on severity: Severity) -> Bool {
        switch self {
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .never: false
        }
    }
}
