import ArgumentParser
import Foundation
import GraphDocDiff
import GraphDocExtraction
import GraphDocIR
import GraphDocSwift

/// `graphdoc diff OLD NEW`: what changed in the API between two versions of the docs. A thin layer
/// over ``ApiDiff`` and its reporters.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Report what changed in the API between two versions of the docs, and what it breaks.",
        discussion: """
            OLD and NEW are each a folder (or file) of pages, or an IR dump (`graphdoc ir --format json`, \
            a .json file). Types, properties, enums and routes are matched by name, so renamed pages and \
            reordered tables are no change. Facts inferred only from examples are not compared.
            """ + "\n\n" + ExitStatus.helpText(findings: "a change at or above --fail-on (default: never)")
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, changelog
    }

    @Argument(help: "The older docs: a folder of pages or an IR dump (.json).")
    var old: String?

    @Argument(help: "The newer docs: a folder of pages or an IR dump (.json).")
    var new: String?

    @Option(help: "text (compiler-style lines), json, markdown (a pull-request comment) or changelog (Graph's changelog JSON).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write the report to FILE instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Least impact that fails the run: breaking, potentially-breaking, any or never.")
    var failOn: String = DiffFailOn.never.rawValue

    @Option(help: "Report only changes that are not in this baseline file.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Write all current changes to FILE as a baseline.", valueName: "file"))
    var writeBaseline: String?

    @Option(name: .customLong("changelog-version"), help: "changelog format: the Version field (default: the newer docs' API version).")
    var changelogVersion: String?

    @Option(name: .customLong("changelog-date"), help: "changelog format: the CreatedDateTime field, YYYY-MM-DD (default: today, UTC).")
    var changelogDate: String?

    @Option(name: .customLong("workload-area"), help: "changelog format: the WorkloadArea field.")
    var workloadArea: String = ""

    @Flag(name: .customLong("list-rules"), help: "Print the change rules with their impact and Swift version bump, and exit.")
    var listRules = false

    func run() async throws {
        if listRules {
            try Output.write(Self.ruleListing(), to: output)
            return
        }
        guard let old, let new else { throw usage("give the older and the newer docs: graphdoc diff OLD NEW") }
        guard let failOn = DiffFailOn(rawValue: failOn) else {
            throw usage("--fail-on must be breaking, potentially-breaking, any or never, found '\(failOn)'")
        }
        async let oldModel = Self.load(old)
        async let newModel = Self.load(new)
        let (before, after) = try await (oldModel, newModel)
        var report = ApiDiff.compare(old: before, new: after)
        if let writeBaseline {
            try Output.write(try DiffBaseline(accepting: report.changes).encoded(), to: writeBaseline)
            printError(DiffTextReporter.summary(report) + "; all written to the baseline \(writeBaseline)")
            return
        }
        if let baseline {
            do {
                report = report.filtered(by: try DiffBaseline.load(path: baseline))
            } catch {
                throw usage("cannot read the baseline \(baseline): \(error.localizedDescription)")
            }
        }
        let text: String
        switch format {
        case .text: text = DiffTextReporter.render(report)
        case .json: text = try DiffJSONReporter.render(report)
        case .markdown: text = DiffMarkdownReporter.render(report)
        case .changelog:
            let settings = GraphChangelogReporter.Settings(
                version: changelogVersion ?? Self.apiVersion(of: after) ?? "v1.0",
                createdDateTime: (changelogDate ?? Self.today()) + "T00:00:00Z", workloadArea: workloadArea)
            text = try GraphChangelogReporter.render(report, settings: settings)
        }
        try Output.write(text, to: output)
        if format != .text { printError(DiffTextReporter.summary(report)) }
        if report.changes.contains(where: { failOn.fails(on: $0.impact) }) { throw ExitStatus.findings }
    }

    /// Pages (a folder or file) or an IR dump.
    private static func load(_ path: String) async throws -> ApiModel {
        if path.hasSuffix(".json") {
            do {
                return try IRFile.load(path)
            } catch {
                throw usage("\(error)")
            }
        }
        let loaded = await DocumentationLoader.load(paths: [path])
        guard loaded.readableFileCount > 0 else { throw usage("no page could be read from \(path)") }
        return loaded.model
    }

    /// The one API version the pages state, if they state one.
    private static func apiVersion(of model: ApiModel) -> String? {
        let versions = Set(model.pages.compactMap(\.apiVersion))
        return versions.count == 1 ? versions.first : nil
    }

    private static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    static func ruleListing() -> String {
        let width = DiffRule.all.map(\.id.count).max() ?? 0
        return DiffRule.all.map { rule in
            let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let impact = rule.impact.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
            return "\(id)  \(impact)  swift: \(rule.swiftBump.rawValue.padding(toLength: 5, withPad: " ", startingAt: 0))  \(rule.summary)"
        }.joined(separator: "\n") + "\n"
    }

    private static func usage(_ message: String) -> Error {
        printError("graphdoc diff: \(message)")
        return ExitStatus.badInput
    }

    private func usage(_ message: String) -> Error { Self.usage(message) }
}
