import ArgumentParser
import Foundation
import GraphDocExtraction
import GraphDocIR
import GraphDocLint
import GraphDocSwift

/// `graphdoc generate`: documentation pages in, Swift models out. All logic is in GraphDocSwift.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate Swift models, enums, validators and operation descriptors from Graph pages.",
        discussion: """
            The output folder is graphdoc's: it records the files it generated in .graphdoc-manifest \
            and replaces or removes only those (a folder without a manifest has its header-bearing files \
            in graphdoc's layout adopted once). Only files whose bytes change are written; the new \
            generation is built beside the folder and swapped in as a whole, so the folder is always \
            either the old or the new output. Concurrent runs into one folder take turns.

            Refused: the filesystem root, the home folder, a folder with a symbolic link inside, output \
            and tests output that overlap, and (unless --force) a folder whose top level holds files \
            graphdoc did not write, or such a file where a generated one goes. Inputs that yield no \
            page are an error and leave the output as it was.

            """ + "\n" + ExitStatus.helpText(findings: "--check: the output is stale (the files that would change are listed)")
    )

    @Argument(help: "Markdown files or folders to read.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "The folder to write generated Swift into.")
    var output: String?

    @Option(help: "Access level of generated declarations: public, package or internal.")
    var access: AccessLevel?

    @Option(help: "The module the output is compiled into.")
    var module: String?

    @Option(help: "A folder of .mustache templates that replace built-in ones of the same name.")
    var templates: String?

    @Flag(help: "Write nothing; list every file that would change and fail if any would.")
    var check = false

    @Option(help: "A YAML file with the same options (command-line values win).")
    var config: String?

    @Option(help: "Generate from an IR dump (graphdoc ir --format json) instead of reading pages.")
    var ir: String?

    @Option(help: "Write exactly N files GraphModels+Shard00.swift ... instead of one per declaration (for build plugins).")
    var shards: Int?

    @Option(help: "The folder of the built-in templates (default: the copies built into graphdoc).")
    var builtInTemplates: String?

    @Flag(help: "Print the pages' diagnostics on standard error as compiler warnings with real paths (for build plugins).")
    var pluginDiagnostics = false

    @Flag(help: "Also check the pages with the lint rules and print every finding like --plugin-diagnostics.")
    var lint = false

    @Option(help: "Also write example tests (Swift Testing, one file per operation with examples) into this folder.")
    var testsOutput: String?

    @Flag(help: "Write into a folder holding files graphdoc did not write (they are kept), and overwrite such a file where a generated one goes.")
    var force = false

    func run() async throws {
        do {
            var settings = try config.map(GenerateConfiguration.load(file:)) ?? GenerateConfiguration()
            settings = settings.overridden(
                by: GenerateConfiguration(
                    inputs: paths, output: output, access: access, module: module, templates: templates,
                    check: check ? true : nil, shards: shards, builtInTemplates: builtInTemplates,
                    lint: lint ? true : nil, testsOutput: testsOutput, force: force ? true : nil))
            let job = try GenerationJob(configuration: settings)
            let model: ApiModel
            var pages: [PageFacts] = []
            if let ir {
                model = try IRFile.load(ir)
            } else {
                guard let inputs = settings.inputs, !inputs.isEmpty else {
                    throw GenerationError.configInvalid(
                        file: config ?? "<command line>", line: nil, message: "no input paths: give PATH... or `inputs` in the configuration file")
                }
                // Pages are named from their input folder on, so the output is the same wherever the checkout is.
                let loaded = await DocumentationLoader.load(paths: inputs, naming: .fromInputFolder)
                model = loaded.model
                pages = loaded.pages
            }
            // Example tests expect the docs' known defects as known issues: lint finds them, and the
            // generator gets them as plain diagnostics (it does not depend on the linter).
            let linted = settings.lint ?? false
            let findings = linted || job.testsOutputDirectory != nil ? Linter.run(model: model, pages: pages).diagnostics : []
            if ir == nil, pluginDiagnostics || linted, let inputs = settings.inputs {
                for line in CompilerDiagnostics(inputs: inputs).lines(for: linted ? findings : model.diagnostics) { printError(line) }
            }
            let report = try job.run(model: model, findings: findings)
            if report.checked {
                for path in report.changes { print("would change: \(path)") }
            }
            for note in report.notes { printError(note) }
            print(report.summary)
            if report.checked && !report.isClean { throw ExitStatus.findings }
        } catch let error as GenerationError {
            printError(error.description)
            throw error.category == .badInput ? ExitStatus.badInput : ExitStatus.couldNotRun
        } catch let status as ExitCode {
            throw status
        } catch {
            // Anything else comes from below graphdoc (Foundation, the template engine): the run
            // could not be carried out, and it must not pass for "stale" (1).
            printError("error: \(error)")
            throw ExitStatus.couldNotRun
        }
    }
}

extension AccessLevel: ExpressibleByArgument {}
