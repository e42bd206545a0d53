import Foundation
import PackagePlugin

/// What a target holds for graphdoc: Graph doc pages (`*.md`), at most one `graphdoc.yml` (or
/// `graphdoc.yaml`) and any `*.mustache` templates that override built-in ones.
struct TargetDocumentation {
    /// The names a configuration file may have.
    static let configNames: Set<String> = ["graphdoc.yml", "graphdoc.yaml"]

    var pages: [URL]
    var config: URL?
    var templates: [URL]

    /// Sorts `files` into pages, configuration and templates; more than one configuration is an error.
    init(files: FileList, targetName: String) throws {
        let urls = files.map(\.url).sorted { $0.path(percentEncoded: false) < $1.path(percentEncoded: false) }
        pages = urls.filter { $0.pathExtension.lowercased() == "md" }
        templates = urls.filter { $0.pathExtension == "mustache" }
        let configs = urls.filter { Self.configNames.contains($0.lastPathComponent) }
        guard configs.count <= 1 else {
            throw PluginFailure(
                "target '\(targetName)' has \(configs.count) graphdoc configuration files; expected at most one: "
                    + configs.map { $0.path(percentEncoded: false) }.joined(separator: ", "))
        }
        config = configs.first
    }
}
