import Foundation
import PackagePlugin

/// Command plugin `swift package generate-graph-models`: runs `graphdoc generate` for the package's
/// configuration files and writes the generated Swift into the package, for SDKs that commit it.
///
/// ```
/// swift package --allow-writing-to-package-directory generate-graph-models [--config FILE]... [--check]
/// ```
/// Without `--config`, every `graphdoc.yml` (or `.yaml`) in the package that names an `output:`
/// folder is used; a configuration without one belongs to a target built with the
/// `GraphDocGenerator` build plugin and is skipped. Paths in a configuration are relative to it.
@main struct GenerateGraphModels: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let root = context.package.directoryURL
        let given = extractor.extractOption(named: "config")
        let check = extractor.extractFlag(named: "check") > 0
        guard extractor.remainingArguments.isEmpty else {
            throw PluginFailure("unknown arguments \(extractor.remainingArguments); expected --config FILE and --check")
        }
        let configs = given.isEmpty
            ? ConfigurationSearch.committedOutputConfigurations(under: root)
            : given.map { $0.hasPrefix("/") ? URL(filePath: $0) : root.appending(path: $0) }
        guard !configs.isEmpty else {
            throw PluginFailure("no graphdoc.yml with an 'output:' folder in the package; give one with --config FILE")
        }
        let tool = try context.tool(named: GraphDocPackage.toolName)
        var failures: [String] = []
        for config in configs {
            var arguments = ["generate", "--config", config.path(percentEncoded: false)]
            if check { arguments.append("--check") }
            if let templates = GraphDocPackage.templatesDirectory(from: context.package) {
                arguments += ["--built-in-templates", templates.path(percentEncoded: false)]
            }
            GraphDocProcess.log("graphdoc generate --config \(config.path(percentEncoded: false))")
            if try GraphDocProcess.run(tool.url, arguments, in: root) != 0 {
                failures.append(config.path(percentEncoded: false))
            }
        }
        guard failures.isEmpty else {
            throw PluginFailure("graphdoc generate failed for \(failures.joined(separator: ", "))")
        }
    }
}
