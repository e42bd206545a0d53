import Foundation
import PackagePlugin

/// Command plugin `swift package lint-graph-docs`: runs `graphdoc lint` over Graph doc pages.
///
/// ```
/// swift package lint-graph-docs [--target NAME]... [--path PATH]... [graphdoc lint options]
/// ```
/// Pages are the folders given with `--path` (relative to the package), else the folders of the
/// named targets, else those of every target holding `*.md` pages. Other arguments go to
/// `graphdoc lint` unchanged (`--format sarif`, `--fail-on warning`, ...); its exit status decides
/// whether the command fails.
@main struct LintGraphDocs: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let targetNames = extractor.extractOption(named: "target")
        let givenPaths = extractor.extractOption(named: "path")
        let root = context.package.directoryURL
        var paths = givenPaths
        if paths.isEmpty {
            let targets = targetNames.isEmpty ? context.package.targets : try context.package.targets(named: targetNames)
            for case let target as SourceModuleTarget in targets {
                let documentation = try TargetDocumentation(files: target.sourceFiles, targetName: target.name)
                if !documentation.pages.isEmpty || targetNames.contains(target.name) {
                    paths.append(Self.relative(target.directoryURLCompatible, to: root))
                }
            }
        }
        guard !paths.isEmpty else {
            throw PluginFailure("no target holds *.md pages; name pages with --path PATH or a target with --target NAME")
        }
        let tool = try context.tool(named: GraphDocPackage.toolName)
        let status = try GraphDocProcess.run(tool.url, ["lint"] + extractor.remainingArguments + paths, in: root)
        guard status == 0 else {
            throw PluginFailure("graphdoc lint found problems (exit status \(status))")
        }
    }

    /// `url` relative to `root` when inside it (so reports show short paths), else absolute.
    static func relative(_ url: URL, to root: URL) -> String {
        let path = url.standardizedFileURL.path(percentEncoded: false)
        let base = root.standardizedFileURL.path(percentEncoded: false)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
