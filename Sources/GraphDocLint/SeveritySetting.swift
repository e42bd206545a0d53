import GraphDocIR

/// What a `--severity rule=level` override or a config entry sets a rule to.
public enum SeveritySetting: Sendable, Hashable, CustomStringConvertible {
    /// The rule does not report.
    case off
    case level(Severity)

    /// `error`, `warning`, `note` or `off` (also `none`/`false`, since YAML 1.1 reads a bare `off` as false).
    public init?(_ text: String) {
        switch text.lowercased() {
        case "off", "none", "false", "disabled": self = .off
        default:
            guard let severity = Severity(rawValue: text.lowercased()) else { return nil }
            self = .level(severity)
        }
    }

    public var description: String {
        switch self {
        case .off: "off"
        case .level(let severity): severity.rawValue
        }
    }

    /// Reads one `rule=level` option, checking the rule id against the catalogue.
    public static func parseOverride(_ text: String) throws(LintUsageError) -> (rule: String, setting: SeveritySetting) {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty else {
            throw LintUsageError("--severity expects RULE=LEVEL (error, warning, note, off), found '\(text)'")
        }
        guard RuleCatalogue.entry(id: parts[0]) != nil else {
            throw LintUsageError("unknown rule '\(parts[0])' in '\(text)'; see graphdoc lint --list-rules")
        }
        guard let setting = SeveritySetting(parts[1]) else {
            throw LintUsageError("unknown severity '\(parts[1])' in '\(text)'; expected error, warning, note or off")
        }
        return (parts[0], setting)
    }
}
