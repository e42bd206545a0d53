import Foundation
import PackagePlugin

/// Build tool plugin: generates Swift models from the Graph doc pages (`*.md`) of the target it is
/// applied to, into the build folder, on every build where a page, the configuration, a template
/// or the `graphdoc` executable changed (and only then).
///
/// SwiftPM needs the output file names before the generator runs, so `graphdoc generate --shards`
/// writes a fixed set of ``shardCount`` files whatever the pages describe (empty where no
/// declaration hashes to a file). Diagnostics about the pages are printed as compiler warnings with
/// the page's path and line.
@main struct GraphDocGenerator: BuildToolPlugin {
    /// How many files the generated code is spread over. Changing it changes every output name.
    static let shardCount = 8

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SwiftSourceModuleTarget else {
            throw PluginFailure("GraphDocGenerator applies to Swift targets only; '\(target.name)' is not one")
        }
        let documentation = try TargetDocumentation(files: target.sourceFiles, targetName: target.name)
        guard !documentation.pages.isEmpty else {
            Diagnostics.warning("target '\(target.name)' applies GraphDocGenerator but holds no *.md pages; nothing is generated")
            return []
        }
        let tool = try context.tool(named: GraphDocPackage.toolName)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        // The names `ShardLayout.fileNames` gives (GraphDocSwift; a plugin cannot import it).
        let outputFiles = (0..<Self.shardCount).map { index in
            output.appending(path: "GraphModels+Shard" + (index < 10 ? "0" : "") + String(index) + ".swift")
        }

        // The target's folder is the input: pages are named from it on (`Models/en-us/user.md`), so
        // locales side by side keep apart, and graphdoc reads the same `*.md` files declared below.
        var arguments = [
            "generate", target.directoryURLCompatible.path(percentEncoded: false),
            "--output", output.path(percentEncoded: false),
            "--shards", String(Self.shardCount),
            "--module", target.moduleName,
            "--plugin-diagnostics",
        ]
        var inputFiles = documentation.pages + documentation.templates + [tool.url]
        if let config = documentation.config {
            arguments += ["--config", config.path(percentEncoded: false)]
            inputFiles.append(config)
        }
        if let templates = GraphDocPackage.templatesDirectory(from: context.package) {
            arguments += ["--built-in-templates", templates.path(percentEncoded: false)]
            inputFiles += GraphDocPackage.templateFiles(in: templates)
        } else {
            Diagnostics.remark("graphdoc's Templates folder was not found; the generator uses its built-in default")
        }

        return [
            .buildCommand(
                displayName: "Generating Graph models for \(target.name) from \(documentation.pages.count) page(s)",
                executable: tool.url,
                arguments: arguments,
                environment: [:],
                inputFiles: inputFiles,
                outputFiles: outputFiles
            )
        ]
    }
}
