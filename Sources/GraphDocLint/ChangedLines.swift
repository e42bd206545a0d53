import Foundation
import GraphDocIR

/// What a change touched, for `lint --changed-since`: the files it added or edited, each with the
/// lines it touched (`nil`: the whole file, when it is new). Paths are absolute, with symbolic links
/// resolved, so a page matches however it was named on the command line.
public struct ChangedLines: Sendable, Equatable {
    public var files: [String: Set<Int>?]
    /// Whether findings count only on touched lines (`--lines changed`) or anywhere in a touched file.
    public var onlyTouchedLines: Bool

    public init(files: [String: Set<Int>?], onlyTouchedLines: Bool = false) {
        self.files = files
        self.onlyTouchedLines = onlyTouchedLines
    }

    /// The findings on what the change touched. Every page was still read and checked, so cross-page
    /// rules judged each finding against the whole reference.
    public func filter(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var absolute: [String: String] = [:]
        return diagnostics.filter { diagnostic in
            let path = absolute[diagnostic.file] ?? Self.absolutePath(diagnostic.file)
            absolute[diagnostic.file] = path
            guard let lines = files[path] else { return false }
            guard onlyTouchedLines, let lines else { return true }
            return lines.contains(diagnostic.line)
        }
    }

    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
