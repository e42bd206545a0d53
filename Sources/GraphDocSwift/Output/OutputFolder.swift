import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output folder as graphdoc writes it: an absolute path whose existing ancestors have their
/// symbolic links resolved, and the names of the files graphdoc keeps beside it.
///
/// Everything graphdoc puts beside the folder (the lock, staging and old generations) starts with
/// `.<name>.graphdoc-`, so a run recognises what an earlier, killed run left and nothing else.
struct OutputFolder: Hashable, Sendable {
    /// The folder, absolute and without `.`/`..`; a link the user named as the folder is followed.
    let path: String

    /// Resolves `given` against `workingDirectory` and refuses the filesystem root and the home
    /// folder (or a folder holding it) whatever `--force` says: a generation swaps the whole
    /// folder, which must never be one of those.
    init(_ given: String, workingDirectory: String = FileManager.default.currentDirectoryPath) throws(GenerationError) {
        let absolute = given.hasPrefix("/") ? given : workingDirectory + "/" + given
        let lexical = URL(fileURLWithPath: absolute).standardizedFileURL.path
        path = Self.resolvingExistingAncestors(lexical)
        if path == "/" {
            throw .outputRefused(path: given, reason: "it is the filesystem root")
        }
        for home in Self.homeFolders where home == path || home.hasPrefix(path + "/") {
            throw .outputRefused(path: path, reason: home == path ? "it is the home folder" : "it holds the home folder \(home)")
        }
    }

    /// The folder the output sits in; staging folders and the lock go there, so that the final
    /// swap is a rename within one file system.
    var parent: String { (path as NSString).deletingLastPathComponent }
    /// The output folder's own name.
    var name: String { (path as NSString).lastPathComponent }

    /// What every file graphdoc keeps beside this folder starts with.
    var companionPrefix: String { "." + name + ".graphdoc-" }
    /// The lock file concurrent runs into this folder take in turn.
    var lockPath: String { parent + "/" + companionPrefix + "lock" }
    /// What staging folders (a generation being built) are called, before their unique suffix.
    var stagingPrefix: String { companionPrefix + "staging-" }
    /// What a previous generation set aside by the two-rename swap is called, before its suffix.
    var previousPrefix: String { companionPrefix + "old-" }

    /// Whether the two folders are the same or one lies inside the other.
    func overlaps(_ other: OutputFolder) -> Bool {
        path == other.path || path.hasPrefix(other.path + "/") || other.path.hasPrefix(path + "/")
    }

    /// The folders a relative `path` lies in, outermost first: `A/B/c.swift` → `A`, `A/B`.
    static func ancestors(of path: String) -> [String] {
        var result: [String] = []
        var index = path.startIndex
        while let slash = path[index...].firstIndex(of: "/") {
            result.append(String(path[..<slash]))
            index = path.index(after: slash)
        }
        return result
    }

    /// `path` with the longest prefix that exists replaced by its real path (`/tmp` may be a link
    /// to `/private/tmp`); the components that do not exist yet are appended as given.
    private static func resolvingExistingAncestors(_ path: String) -> String {
        var existing = path
        var missing: [String] = []
        while existing != "/" {
            var status = stat()
            if lstat(existing, &status) == 0 { break }
            missing.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        guard let resolved = realpath(existing, nil) else { return path }
        defer { free(resolved) }
        let base = String(cString: resolved)
        return missing.reduce(base) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
    }

    /// The user's home folder as `HOME` and the password database give it, resolved.
    private static var homeFolders: [String] {
        var homes = [FileManager.default.homeDirectoryForCurrentUser.path]
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { homes.append(home) }
        return Set(homes.map { home in
            guard let resolved = realpath(home, nil) else { return home }
            defer { free(resolved) }
            return String(cString: resolved)
        }).filter { $0 != "/" }.sorted()
    }
}
