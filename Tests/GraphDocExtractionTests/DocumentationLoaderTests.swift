import Foundation
import Testing
@testable import GraphDocExtraction
import GraphDocIR

/// Bad inputs become diagnostics; nothing crashes and the run goes on.
@Suite struct DocumentationLoaderTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("graphdoc-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func badInputsAreReportedAndGoodOnesRead() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("# Get x\n\n## HTTP request\n```http\nGET /x\n```\n".utf8).write(to: folder.appendingPathComponent("good.md"))
        try Data().write(to: folder.appendingPathComponent("empty.md"))
        try Data([0x23, 0x20, 0x00, 0x01]).write(to: folder.appendingPathComponent("binary.md"))
        try Data([0x23, 0x20, 0x0A, 0xC3, 0x28]).write(to: folder.appendingPathComponent("latin1.md"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let missing = folder.appendingPathComponent("missing.md").path

        let loaded = await DocumentationLoader.load(paths: [folder.path, missing])
        #expect(loaded.readableFileCount == 1)
        #expect(loaded.model.pages.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["good.md"])
        let byRule = Dictionary(grouping: loaded.model.diagnostics, by: \.rule)
        #expect(byRule[RuleID.inputEmpty.id]?.first?.file.hasSuffix("empty.md") == true)
        #expect(byRule[RuleID.inputBinary.id]?.first?.file.hasSuffix("binary.md") == true)
        let notUTF8 = try #require(byRule[RuleID.inputNotUTF8.id]?.first)
        #expect(notUTF8.file.hasSuffix("latin1.md"))
        #expect(notUTF8.line == 2)
        #expect(notUTF8.message.contains("offset 3"))
        #expect(byRule[RuleID.inputUnreadable.id]?.first?.file == missing)
        #expect(!loaded.model.pages.contains { $0.path.hasSuffix("notes.txt") }, "folders are searched for *.md only")
    }

    @Test func filesAreReadInAStableOrderWhateverTheConcurrency() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for i in 0..<40 {
            try Data("# Page \(i)\n\n## HTTP request\n```http\nGET /items/\(i)\n```\n".utf8).write(to: folder.appendingPathComponent(String(format: "p%02d.md", i)))
        }
        let first = await DocumentationLoader.load(paths: [folder.path])
        let second = await DocumentationLoader.load(paths: [folder.path])
        #expect(first.model == second.model)
        #expect(first.pages.map(\.page.path) == first.pages.map(\.page.path).sorted())
        #expect(first.model.operations.count == 40)
    }

    @Test func hostileTextDoesNotCrash() {
        let samples = [
            "---\n", "---\ntitle: [unclosed\n---\n# x", "|a|\n|-|\n|`|`|", "```http\nGET\n```", "<!-- {\"blockType\": \"request\"",
            "## Request body\n|Property|Type|\n|--|--|\n||||\n", String(repeating: "[", count: 5000), "# \u{0}", "\u{FEFF}# BOM\n",
            "<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1\n\n{\"a\": [1, 2,, 3]}\n```",
        ]
        for (index, text) in samples.enumerated() {
            _ = DocumentationLoader.facts(path: "hostile-\(index).md", text: text)
        }
    }
}

/// The folder walk and the file reader that feed the parser.
@Suite struct InputFileTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("graphdoc-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func folderWalkFindsMarkdownAtEveryDepthSortedAndSkipsLinkedFolders() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("b/deeper"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        for name in ["z.md", "b/deeper/y.MD", "a/x.md", "a/notes.txt", "a/md", "b/.hidden.md"] {
            try Data("# x\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: folder.appendingPathComponent("z.md").path)

        let listing = try #require(MarkdownFileFinder.markdownFiles(under: folder.path))
        #expect(listing.files == ["a/x.md", "b/.hidden.md", "b/deeper/y.MD", "link.md", "z.md"])
        #expect(listing.unreadableFolders.isEmpty)
        #expect(MarkdownFileFinder.markdownFiles(under: folder.appendingPathComponent("none").path) == nil)
    }

    @Test(.enabled(if: getuid() != 0, "root reads folders whatever their permissions"))
    func unreadableSubfolderIsReportedAndTheRestRead() async throws {
        let folder = try temporaryFolder()
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Data("# x\n".utf8).write(to: locked.appendingPathComponent("hidden.md"))
        try Data("# y\n".utf8).write(to: folder.appendingPathComponent("open.md"))
        chmod(locked.path, 0)
        defer {
            chmod(locked.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let loaded = await DocumentationLoader.load(paths: [folder.path])
        #expect(loaded.readableFileCount == 1)
        let unreadable = loaded.model.diagnostics.filter { $0.rule == RuleID.inputUnreadable.id }
        #expect(unreadable.map(\.file) == [folder.path + "/locked"])
    }

    @Test func fileBytesAreReadWholeAndMissingOrFolderPathsAreUnreadable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let file = folder.appendingPathComponent("large.md")
        try Data(large).write(to: file)
        #expect(FileBytes.contents(of: file.path) == .success(large))
        try Data().write(to: file)
        #expect(FileBytes.contents(of: file.path) == .success([]))
        #expect(FileBytes.contents(of: folder.path) == .failure(.unreadable))
        #expect(FileBytes.contents(of: folder.appendingPathComponent("missing").path) == .failure(.unreadable))
    }
}
