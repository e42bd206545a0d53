import Foundation
import GraphDocIR

/// SARIF 2.1.0 (OASIS), the format GitHub code scanning, Azure DevOps and editors read.
///
/// The driver lists every catalogue rule (so a result's `ruleIndex` is stable across runs), results
/// carry the baseline fingerprint as a partial fingerprint, and columns are declared as Unicode code
/// points, which is how graphdoc counts them.
public struct SARIFReporter: LintReporter {
    public var toolVersion: String

    public init(toolVersion: String = "0.1.0") { self.toolVersion = toolVersion }

    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    struct Log: Encodable {
        var schema = SARIFReporter.schemaURI
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "graphdoc"
        var version: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Text
        var fullDescription: Text
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct RuleProperties: Encodable {
        var category: String
        var checkedBy: String
    }

    struct Configuration: Encodable { var level: String }

    struct Text: Encodable { var text: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
    }

    struct Location: Encodable { var physicalLocation: PhysicalLocation }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable { var uri: String }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }

    public func render(_ report: LintReport) -> String {
        let entries = RuleCatalogue.entries
        let ruleIndex = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.rule.id, $0) })
        let rules = entries.map { entry in
            Rule(
                id: entry.rule.id, shortDescription: Text(text: entry.rule.summary),
                fullDescription: Text(text: entry.explanation),
                defaultConfiguration: Configuration(level: entry.rule.defaultSeverity.rawValue),
                properties: RuleProperties(category: entry.rule.category.rawValue, checkedBy: entry.checker.rawValue))
        }
        let results = report.diagnostics.map { diagnostic in
            Result(
                ruleId: diagnostic.rule, ruleIndex: ruleIndex[diagnostic.rule], level: diagnostic.severity.rawValue,
                message: Text(text: diagnostic.message),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(for: diagnostic.file)),
                    // SARIF lines and columns are 1-based; a diagnostic about a whole file has line 0.
                    region: diagnostic.line >= 1
                        ? Region(startLine: diagnostic.line, startColumn: diagnostic.column >= 1 ? diagnostic.column : nil) : nil))],
                partialFingerprints: ["graphdocSubject/v1": Baseline.fingerprint(rule: diagnostic.rule, subject: diagnostic.subject)])
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(version: toolVersion, rules: rules)), results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A URI reference for a path: relative paths stay relative (resolved against the checkout by
    /// SARIF consumers), absolute ones become `file://` URIs; characters outside RFC 3986 are escaped.
    static func uri(for path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + escaped : escaped
    }
}
