import Foundation

/// Finds the configuration files `generate-graph-models` runs by default.
enum ConfigurationSearch {
    static let names: Set<String> = ["graphdoc.yml", "graphdoc.yaml"]

    /// Every `graphdoc.yml`/`.yaml` under `root` with a top-level `output:` key, sorted; hidden
    /// folders, `.build` and nested packages (folders with their own `Package.swift`) are not searched.
    static func committedOutputConfigurations(under root: URL) -> [URL] {
        var found: [URL] = []
        var folders = [root]
        let fm = FileManager.default
        while let folder = folders.popLast() {
            let entries = (try? fm.contentsOfDirectory(atPath: folder.path(percentEncoded: false))) ?? []
            if folder != root, entries.contains("Package.swift") { continue }
            for entry in entries where !entry.hasPrefix(".") {
                let url = folder.appending(path: entry)
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: url.path(percentEncoded: false), isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    folders.append(url)
                } else if names.contains(entry), declaresOutput(url) {
                    found.append(url)
                }
            }
        }
        return found.sorted { $0.path(percentEncoded: false) < $1.path(percentEncoded: false) }
    }

    /// Whether the YAML file has a top-level `output:` key (a line starting with it).
    static func declaresOutput(_ file: URL) -> Bool {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return false }
        return text.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("output:") }
    }
}
