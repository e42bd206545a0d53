import Foundation
import PackagePlugin

/// The graphdoc package as SwiftPM reports it: where its built-in templates are.
///
/// The plugins pass this folder to `graphdoc generate --built-in-templates` and declare its files as
/// build inputs, so the templates that are read are exactly the ones SwiftPM watches, wherever the
/// package was checked out (a path dependency, `.build/checkouts`, or the package itself).
enum GraphDocPackage {
    /// The name of the executable product (and tool) of the graphdoc package.
    static let toolName = "graphdoc"

    /// The `Templates` folder of the package that vends the `graphdoc` executable: `root` or one of
    /// its dependencies, searched breadth-first; `nil` when no package does or the folder is missing.
    static func templatesDirectory(from root: Package) -> URL? {
        var queue = [root]
        var seen: Set<String> = []
        while !queue.isEmpty {
            let package = queue.removeFirst()
            guard seen.insert(package.id).inserted else { continue }
            if package.products.contains(where: { $0.name == toolName && $0 is ExecutableProduct }) {
                let folder = package.directoryURL.appending(path: "Templates")
                return FileManager.default.fileExists(atPath: folder.path(percentEncoded: false)) ? folder : nil
            }
            queue += package.dependencies.map(\.package)
        }
        return nil
    }

    /// The `*.mustache` files of `folder`, sorted.
    static func templateFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false))) ?? []
        return names.filter { $0.hasSuffix(".mustache") }.sorted().map { folder.appending(path: $0) }
    }
}
