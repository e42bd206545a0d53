import ArgumentParser
import Foundation
import GraphDocExtraction
import GraphDocIR
import GraphDocLint

/// `graphdoc lint`: report defects in Graph reference pages. A thin layer: options are turned into a
/// ``LintConfiguration``, everything else is ``Linter`` and the reporters.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Report defects in Microsoft Graph reference pages.",
        discussion: """
            Reads the pages under PATH (files or folders of .md files), checks them with the rules of \
            `graphdoc lint --list-rules`, and prints the findings.

            Options on the command line win over the config file (--config, YAML: fail-on, baseline, \
            metadata, severity).

            A report (-o) or baseline file is replaced whole: a failed write leaves the previous file; \
            a symbolic link, folder, FIFO or device in its place is refused. --write-baseline succeeds \
            (0) whatever the findings.

            """ + "\n" + ExitStatus.helpText(findings: "at least one finding at or above --fail-on (default: error)")
    )

    @Argument(help: "Pages or folders of pages to lint.")
    var paths: [String] = []

    @Option(help: "Output format: text, json, sarif, markdown, github (Actions annotations) or junit.")
    var format: String = "text"

    @Option(name: .shortAndLong, help: "Write the report to FILE instead of standard output.")
    var output: String?

    @Option(name: .customLong("severity"), help: ArgumentHelp("Override a rule's severity (error, warning, note, off). Repeatable.", valueName: "rule=level"))
    var severities: [String] = []

    @Option(help: "A YAML config file (fail-on, baseline, metadata, severity).")
    var config: String?

    @Option(help: "Report only findings that are not in this baseline file.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Write all current findings to FILE as a baseline.", valueName: "file"))
    var writeBaseline: String?

    @Option(name: .customLong("fail-on"), help: "Least severity that fails the run: error, warning or never.")
    var failOn: String?

    @Option(help: ArgumentHelp("Compare the pages with a CSDL metadata document.", valueName: "file.xml"))
    var metadata: String?

    @Flag(name: .customLong("list-rules"), help: "Print the rule catalogue and exit.")
    var listRules = false

    @Option(name: .customLong("changed-since"), help: ArgumentHelp(
        "Report findings only on pages changed since this git revision (every page is still read).", valueName: "rev"))
    var changedSince: String?

    @Option(help: ArgumentHelp("With --changed-since: 'all' lines of a changed page, or only the 'changed' ones.", valueName: "all|changed"))
    var lines: String = "all"

    @Option(help: ArgumentHelp("Print a rule's explanation with a bad and a good example, and exit.", valueName: "rule-id"))
    var explain: String?

    /// Option values are checked here rather than in `validate()`, so that each error names the
    /// option and its value in lint's own words.
    private func checkOptions() throws(LintUsageError) {
        if ReportFormat(rawValue: format) == nil { throw LintUsageError("--format must be \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")), found '\(format)'") }
        if let failOn, FailOn(rawValue: failOn) == nil { throw LintUsageError("--fail-on must be error, warning or never, found '\(failOn)'") }
        if lines != "all" && lines != "changed" { throw LintUsageError("--lines must be all or changed, found '\(lines)'") }
        if lines == "changed" && changedSince == nil { throw LintUsageError("--lines changed needs --changed-since REV") }
        if !listRules && explain == nil && paths.isEmpty { throw LintUsageError("give at least one PATH to lint, or --list-rules") }
    }

    func run() async throws {
        let configuration: LintConfiguration
        do {
            try checkOptions()
            if listRules {
                try emit(RuleListing.render(format: ReportFormat(rawValue: format) ?? .text))
                return
            }
            if let explain {
                guard let text = RuleListing.explain(explain) else {
                    throw LintUsageError("--explain needs a rule id (graphdoc lint --list-rules), found '\(explain)'")
                }
                try emit(text)
                return
            }
            var made = try makeConfiguration()
            for path in paths where !FileManager.default.fileExists(atPath: path) {
                throw LintUsageError("no such file or folder: \(path)")
            }
            if let changedSince {
                do {
                    made.changes = try GitChanges.since(changedSince, paths: paths, onlyTouchedLines: lines == "changed")
                } catch {
                    throw LintUsageError(error.description)
                }
            }
            configuration = made
        } catch let error as LintUsageError {
            printError("graphdoc lint: error: \(error.message)")
            throw ExitStatus.badInput
        }

        let format = ReportFormat(rawValue: format) ?? .text
        let progress = isatty(STDERR_FILENO) == 1
        if progress { FileHandle.standardError.write(Data("graphdoc lint: reading \(paths.count) path(s)…".utf8)) }
        let loaded = await DocumentationLoader.load(paths: paths)
        if progress {
            FileHandle.standardError.write(Data("\r\u{1B}[Kgraphdoc lint: checking \(loaded.pages.count) page(s)…".utf8))
        }
        let report = Linter.run(model: loaded.model, pages: loaded.pages, configuration: configuration)
        if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }

        if let writeBaseline {
            // The baseline accepts everything found now, including what an older baseline accepted.
            // and on every page, not only those --changed-since kept.
            var unfiltered = configuration
            unfiltered.baseline = nil
            unfiltered.changes = nil
            let everything = configuration.baseline == nil && configuration.changes == nil
                ? report : Linter.run(model: loaded.model, pages: loaded.pages, configuration: unfiltered)
            let baseline: Data
            do {
                baseline = try Baseline(accepting: everything.diagnostics).encoded()
            } catch {
                printError("graphdoc lint: error: cannot encode the baseline: \(error)")
                throw ExitStatus.couldNotRun
            }
            try Output.write(baseline, to: writeBaseline)
        }

        let colored = output == nil && format == .text && isatty(STDOUT_FILENO) == 1
        try emit(format.reporter(colored: colored, toolVersion: GraphDoc.configuration.version).render(report))
        // Writing a baseline accepts today's findings, so it succeeds whatever they are.
        let status = writeBaseline == nil ? report.exitStatus(failOn: configuration.failOn) : 0
        if status != 0 { throw ExitCode(status) }
    }

    /// Config file first, then command-line options on top.
    private func makeConfiguration() throws -> LintConfiguration {
        let file = try config.map { path throws(LintUsageError) in try LintConfigurationFile.load(path: path) } ?? LintConfigurationFile()
        var configuration = LintConfiguration(severities: file.severities, failOn: file.failOn ?? .error)
        for text in severities {
            let override = try SeveritySetting.parseOverride(text)
            configuration.severities[override.rule] = override.setting
        }
        if let failOn { configuration.failOn = FailOn(rawValue: failOn) ?? .error }
        if let path = baseline ?? file.baselinePath {
            configuration.baseline = try Baseline.load(path: path)
        }
        if let path = metadata ?? file.metadataPath {
            do {
                configuration.metadata = try CSDLModel.load(path: path)
            } catch {
                throw LintUsageError("cannot read metadata \(path): \(error)")
            }
        }
        return configuration
    }

    private func emit(_ text: String) throws {
        try Output.write(text, to: output)
    }
}
