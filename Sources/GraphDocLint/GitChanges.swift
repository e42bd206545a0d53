import Foundation

/// Reads what changed since a git revision in the repository that holds the inputs, with `git` itself
/// (`git diff -U0 REV`, plus untracked files): committed, staged and unstaged changes all count.
public enum GitChanges {
    /// Why the changes could not be read; each is bad input (exit status 2).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The files and lines changed since `revision` under `paths` (files or folders), in the git
    /// repository that holds the first of them.
    public static func since(_ revision: String, paths: [String], onlyTouchedLines: Bool) throws(Failure) -> ChangedLines {
        guard let first = paths.first else { throw Failure(description: "no path to compare") }
        var isFolder: ObjCBool = false
        let start = FileManager.default.fileExists(atPath: first, isDirectory: &isFolder) && isFolder.boolValue
            ? first : (first as NSString).deletingLastPathComponent
        guard let root = try? git(["rev-parse", "--show-toplevel"], in: start.isEmpty ? "." : start).trimmingCharacters(in: .newlines),
              !root.isEmpty else {
            throw Failure(description: "--changed-since needs the pages in a git repository; \(first) is not in one")
        }
        // `--` keeps a revision that looks like an option from being read as one.
        guard !revision.hasPrefix("-"), (try? git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: root)) != nil else {
            throw Failure(description: "--changed-since: '\(revision)' names no commit in \(root)")
        }
        let scope = paths.map { ChangedLines.absolutePath($0) }
        let diff: String
        let untracked: String
        do {
            diff = try git(["diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", revision, "--"] + scope, in: root)
            untracked = try git(["ls-files", "--others", "--exclude-standard", "--full-name", "--"] + scope, in: root)
        } catch {
            throw Failure(description: "--changed-since: git diff failed in \(root): \(error.description)")
        }
        var files = DiffHunks.touchedLines(in: diff).reduce(into: [String: Set<Int>?]()) { result, entry in
            result[ChangedLines.absolutePath(root + "/" + entry.key)] = entry.value
        }
        for line in untracked.split(separator: "\n") where !line.isEmpty {
            files[ChangedLines.absolutePath(root + "/" + line)] = .some(nil)
        }
        return ChangedLines(files: files, onlyTouchedLines: onlyTouchedLines)
    }

    /// Runs git with `arguments` in `folder` and returns its standard output; throws with its
    /// standard error when it fails.
    static func git(_ arguments: [String], in folder: String) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // Paths as they are, not quoted octal escapes, whatever the user's configuration.
        process.arguments = ["git", "-c", "core.quotePath=false", "-C", folder] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run git: \(error.localizedDescription)")
        }
        // Read before waiting, so a large diff cannot fill the pipe and stall git.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The touched lines of each file in a `git diff -U0` output.
enum DiffHunks {
    /// Path (from the repository root) → the lines of the new file a hunk touched; a new file is
    /// `nil` (all of it). A hunk that only deletes touches the lines on either side of the gap.
    static func touchedLines(in diff: String) -> [String: Set<Int>?] {
        var result: [String: Set<Int>?] = [:]
        var current: String?
        var isNew = false
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("diff --git ") {
                current = nil
                isNew = false
            } else if line.hasPrefix("new file mode") {
                isNew = true
            } else if line.hasPrefix("+++ ") {
                let path = line.dropFirst(4)
                // `+++ /dev/null`: the file was deleted; nothing of it is left to report on.
                guard path.hasPrefix("b/") else { current = nil; continue }
                current = String(path.dropFirst(2))
                if let current { result[current] = isNew ? .some(nil) : .some([]) }
            } else if line.hasPrefix("@@ "), let current, case .some(.some(var lines)) = result[current] {
                guard let (start, count) = newRange(line) else { continue }
                if count == 0 {
                    lines.formUnion([max(start, 1), start + 1])
                } else {
                    lines.formUnion(start..<(start + count))
                }
                result[current] = .some(lines)
            }
        }
        return result
    }

    /// `(start, count)` of the new side of `@@ -a,b +c,d @@`.
    private static func newRange(_ header: Substring) -> (Int, Int)? {
        guard let plus = header.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { return nil }
        let parts = plus.dropFirst().split(separator: ",")
        guard let start = parts.first.flatMap({ Int($0) }) else { return nil }
        let count = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        return (start, count)
    }
}
