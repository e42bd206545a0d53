import Foundation
import GraphDocIR

/// The report as JSON: counts, then every finding with its location, subject and baseline fingerprint.
/// Keys are sorted so the output diffs cleanly.
public struct JSONReporter: LintReporter {
    public var toolVersion: String

    public init(toolVersion: String = "0.1.0") { self.toolVersion = toolVersion }

    struct Output: Encodable {
        var formatVersion = 1
        var tool: String
        var summary: Summary
        var diagnostics: [Finding]
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var notes: Int
        var acceptedByBaseline: Int
        var pages: Int
        var uncheckedLinks: Int
    }

    struct Finding: Encodable {
        var rule: String
        var severity: String
        var message: String
        var file: String
        var line: Int
        var column: Int
        var subject: String?
        var fingerprint: String
    }

    public func render(_ report: LintReport) -> String {
        let output = Output(
            tool: "graphdoc \(toolVersion)",
            summary: Summary(
                errors: report.count(.error), warnings: report.count(.warning), notes: report.count(.note),
                acceptedByBaseline: report.acceptedByBaseline, pages: report.pages.count,
                uncheckedLinks: report.uncheckedLinks),
            diagnostics: report.diagnostics.map {
                Finding(
                    rule: $0.rule, severity: $0.severity.rawValue, message: $0.message, file: $0.file, line: $0.line,
                    column: $0.column, subject: $0.subject, fingerprint: Baseline.fingerprint(rule: $0.rule, subject: $0.subject))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
