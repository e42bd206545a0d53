import Foundation
import GraphDocExtraction
import GraphDocIR
import Testing
@testable import GraphDocLint

/// `--changed-since`: what a commit touched, read with git from a repository the test makes.
@Suite struct ChangedSinceTests {
    static var gitAvailable: Bool { (try? GitChanges.git(["--version"], in: ".")) != nil }

    /// A repository with three pages, each with a broken link on line 3, committed; then `edit`
    /// changes the working tree. Returns the folder.
    static func repository(edit: (String) throws -> Void) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphdoc-changed-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/docs", withIntermediateDirectories: true)
        for name in ["a", "b", "c"] {
            try "# \(name)\n\n[broken](missing-\(name).md)\n\nText.\n\n[broken too](gone-\(name).md)\n"
                .write(toFile: "\(folder)/docs/\(name).md", atomically: true, encoding: .utf8)
        }
        for arguments in [["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "pages"]] {
            _ = try GitChanges.git(arguments, in: folder)
        }
        try edit(folder)
        return folder
    }

    static func lint(_ folder: String, lines: Bool) throws -> [Diagnostic] {
        let pages = ["a", "b", "c"].map { name in
            DocumentationLoader.facts(path: "\(folder)/docs/\(name).md", text: (try? String(contentsOfFile: "\(folder)/docs/\(name).md", encoding: .utf8)) ?? "")
        }
        let changes = try GitChanges.since("HEAD", paths: [folder + "/docs"], onlyTouchedLines: lines)
        return Linter.run(model: ApiModel(), pages: pages, configuration: .init(rules: [LinkPageMissingRule()], changes: changes))
            .diagnostics.filter { $0.rule == "link-page-missing" }
    }

    @Test(.enabled(if: gitAvailable))
    func onlyTheChangedPagesAndWithLinesChangedOnlyTheirTouchedLinesAreReported() throws {
        let folder = try Self.repository { folder in
            // b: one line edited (line 7); c: untouched; d: a new, untracked page.
            let b = try String(contentsOfFile: folder + "/docs/b.md", encoding: .utf8)
            try b.replacingOccurrences(of: "[broken too](gone-b.md)", with: "[still broken](gone-b2.md)")
                .write(toFile: folder + "/docs/b.md", atomically: true, encoding: .utf8)
            try "# d\n\n[new](nothing.md)\n".write(toFile: folder + "/docs/d.md", atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let wholePages = try Self.lint(folder, lines: false)
        #expect(Set(wholePages.map { URL(fileURLWithPath: $0.file).lastPathComponent }) == ["b.md"])
        #expect(wholePages.map(\.line) == [3, 7])
        let touched = try Self.lint(folder, lines: true)
        #expect(touched.map(\.line) == [7])

        let changes = try GitChanges.since("HEAD", paths: [folder + "/docs"], onlyTouchedLines: true)
        let d = ChangedLines.absolutePath(folder + "/docs/d.md")
        #expect(changes.files[d] == .some(nil), "an untracked page is changed as a whole")
    }

    @Test(.enabled(if: gitAvailable))
    func aFolderOutsideGitOrARevisionThatNamesNoCommitIsAClearError() throws {
        let folder = try Self.repository { _ in }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: GitChanges.Failure.self) { try GitChanges.since("no-such-rev", paths: [folder + "/docs"], onlyTouchedLines: false) }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("graphdoc-nogit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        do {
            _ = try GitChanges.since("HEAD", paths: [outside], onlyTouchedLines: false)
            Issue.record("expected an error outside a repository")
        } catch {
            #expect(error.description.contains("is not in one"))
        }
    }

    @Test(.enabled(if: gitAvailable && CommandLineTests.binary != nil))
    func theCommandExitsTwoWithTheReasonOutsideGitOrOnABadRevision() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("graphdoc-nogit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try "# x\n".write(toFile: outside + "/x.md", atomically: true, encoding: .utf8)
        let notGit = try CommandLineTests.run(["lint", outside, "--changed-since", "HEAD"], withErrors: true)
        #expect(notGit.status == 2)
        #expect(notGit.output.contains("is not in one"))
        let badRevision = try CommandLineTests.run(["lint", "docs-input", "--changed-since", "no-such-revision"], withErrors: true)
        #expect(badRevision.status == 2)
        #expect(badRevision.output.contains("'no-such-revision' names no commit"))
    }

    @Test func hunksGiveTheTouchedLinesOfTheNewFile() {
        let diff = """
            diff --git a/docs/a.md b/docs/a.md
            index 1..2 100644
            --- a/docs/a.md
            +++ b/docs/a.md
            @@ -3 +3 @@ x
            -old
            +new
            @@ -10,2 +10,0 @@
            -gone
            -gone
            @@ -20,0 +19,2 @@
            +added
            +added
            diff --git a/docs/new.md b/docs/new.md
            new file mode 100644
            --- /dev/null
            +++ b/docs/new.md
            @@ -0,0 +1 @@
            +hello
            diff --git a/docs/old.md b/docs/old.md
            deleted file mode 100644
            --- a/docs/old.md
            +++ /dev/null
            """
        let lines = DiffHunks.touchedLines(in: diff)
        #expect(lines["docs/a.md"] == .some([3, 10, 11, 19, 20]))
        #expect(lines["docs/new.md"] == .some(nil))
        #expect(lines["docs/old.md"] == nil)
    }
}
