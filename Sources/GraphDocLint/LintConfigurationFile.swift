import Foundation
import Yams

/// The YAML configuration file (`--config FILE`, conventionally `.graphdoc-lint.yml`):
///
/// ```yaml
/// fail-on: warning            # error | warning | never
/// baseline: lint-baseline.json
/// metadata: metadata/v1.0.xml # optional CSDL to compare with
/// severity:
///   example-placeholder-value: error
///   type-undefined: off
/// ```
///
/// Relative paths are resolved against the file's folder. Command-line options win over the file.
public struct LintConfigurationFile: Sendable, Hashable {
    public var severities: [String: SeveritySetting] = [:]
    public var failOn: FailOn?
    public var baselinePath: String?
    public var metadataPath: String?

    public init(severities: [String: SeveritySetting] = [:], failOn: FailOn? = nil, baselinePath: String? = nil, metadataPath: String? = nil) {
        self.severities = severities
        self.failOn = failOn
        self.baselinePath = baselinePath
        self.metadataPath = metadataPath
    }

    /// Reads the YAML text. `directory` resolves relative paths; unknown keys and rule ids are errors,
    /// because a silently ignored typo would switch nothing off.
    public static func parse(_ yaml: String, directory: String? = nil) throws(LintUsageError) -> LintConfigurationFile {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw LintUsageError("config is not valid YAML: \(error)")
        }
        guard let root else { return LintConfigurationFile() }
        guard let mapping = root.mapping else { throw LintUsageError("config must be a YAML mapping") }
        var file = LintConfigurationFile()
        for (keyNode, value) in mapping {
            // Scalars are read as their raw text: YAML 1.1 resolvers turn a bare `off` into `false`.
            guard let key = keyNode.scalar?.string else { throw LintUsageError("config keys must be strings") }
            switch key {
            case "fail-on", "failOn":
                guard let text = value.scalar?.string, let failOn = FailOn(rawValue: text.lowercased()) else {
                    throw LintUsageError("config 'fail-on' must be error, warning or never")
                }
                file.failOn = failOn
            case "baseline":
                file.baselinePath = try path(value, key: key, directory: directory)
            case "metadata":
                file.metadataPath = try path(value, key: key, directory: directory)
            case "severity", "severities", "rules":
                guard let entries = value.mapping else { throw LintUsageError("config '\(key)' must map rule ids to levels") }
                for (ruleNode, levelNode) in entries {
                    guard let rule = ruleNode.scalar?.string, let level = levelNode.scalar?.string else {
                        throw LintUsageError("config '\(key)' entries must be 'rule-id: level'")
                    }
                    let parsed = try SeveritySetting.parseOverride("\(rule)=\(level)")
                    file.severities[parsed.rule] = parsed.setting
                }
            default:
                throw LintUsageError("unknown config key '\(key)'; expected fail-on, baseline, metadata or severity")
            }
        }
        return file
    }

    /// Reads a config file from disk.
    public static func load(path: String) throws(LintUsageError) -> LintConfigurationFile {
        let data: Data
        do {
            data = try InputFileReading.contents(of: path, limit: InputFileReading.settingsFileLimit)
        } catch {
            throw LintUsageError("cannot read config \(path): \(error)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LintUsageError("cannot read config \(path): expected UTF-8 text, found other bytes")
        }
        return try parse(text, directory: (path as NSString).deletingLastPathComponent)
    }

    private static func path(_ node: Node, key: String, directory: String?) throws(LintUsageError) -> String {
        guard let text = node.scalar?.string, !text.isEmpty else { throw LintUsageError("config '\(key)' must be a path") }
        guard let directory, !directory.isEmpty, !text.hasPrefix("/") else { return text }
        return (directory as NSString).appendingPathComponent(text)
    }
}
