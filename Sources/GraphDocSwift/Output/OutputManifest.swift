/// The record of what graphdoc generated in an output folder: the file `.graphdoc-manifest` at the
/// folder's top, listing the generated files' paths relative to the folder, one a line, sorted.
///
/// The writer replaces or removes only files the manifest lists (or that already hold exactly the
/// bytes it would write); every other file in the folder is the user's and survives every run,
/// even one that starts with graphdoc's header.
public struct OutputManifest: Hashable, Sendable {
    /// The manifest's file name at the top of the output folder.
    public static let fileName = ".graphdoc-manifest"
    /// The first line, which also tells the format's version.
    static let firstLine = "# graphdoc manifest 1: files generated into this folder; graphdoc replaces or removes only these."

    /// Relative paths of the generated files, sorted.
    public let paths: [String]

    public init(paths: [String]) {
        self.paths = Array(Set(paths)).sorted()
    }

    /// Reads a manifest's text; `nil` when it is not one (a wrong first line).
    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard lines.first == Self.firstLine else { return nil }
        lines.removeFirst()
        self.init(paths: lines.filter(Self.isFolderRelative))
    }

    /// The file's text.
    var text: String {
        ([Self.firstLine] + paths).joined(separator: "\n") + "\n"
    }

    /// Whether `path` names something strictly inside a folder: relative, no empty, `.` or `..`
    /// component, and no line break (one path a line).
    static func isFolderRelative(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains(where: \.isNewline) else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// The folders graphdoc writes one file per declaration into (below them: nothing).
    static let layoutFolders: Set<String> = ["Models", "Enums", "Operations"]

    /// Whether a folder that has no manifest yet may have this file adopted as graphdoc's.
    ///
    /// Outputs written before manifests existed (the committed `Generated/` folders) have none. The
    /// first run adopts a file only when the folder has no manifest, the file is a regular `.swift`
    /// file whose first line is graphdoc's header, and it sits where graphdoc writes: at the
    /// folder's top (shards, example tests) or directly in `Models/`, `Enums/` or `Operations/`.
    /// A header-bearing file anywhere deeper (another project's output, a copied file) stays foreign.
    static func isInLegacyLayout(_ path: String) -> Bool {
        guard path.hasSuffix(".swift") else { return false }
        let components = path.split(separator: "/")
        return components.count == 1 || (components.count == 2 && layoutFolders.contains(String(components[0])))
    }
}
