import Foundation
import GraphDocIR
@testable import GraphDocExtraction
import Testing

/// Only regular files are read, within a size limit, and encodings are named plainly.
@Suite struct InputFileKindsTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("graphdoc-input-kinds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let page = "---\ntitle: \"Get x\"\ndescription: \"Gets x.\"\n---\n\n# Get x\n\n## HTTP request\n\n```http\nGET /x\n```\n"

    /// A FIFO would block the open (and the run) forever; a link to /dev/zero would never end. Both
    /// are reported without being read, named directly or found in a folder; a link to a page is read.
    @Test func fifosDevicesAndLinksToThemAreNotRead() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.page.utf8).write(to: folder.appendingPathComponent("good.md"))
        #expect(mkfifo(folder.appendingPathComponent("pipe.md").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("zero.md").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: "good.md")

        let loaded = await DocumentationLoader.load(paths: [folder.path, "/dev/null"])
        #expect(loaded.model.pages.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["good.md", "link.md"])
        let refused = loaded.model.diagnostics.filter { $0.rule == RuleID.inputNotRegularFile.id }
        #expect(refused.map { URL(fileURLWithPath: $0.file).lastPathComponent }.sorted() == ["null", "pipe.md", "zero.md"])
        #expect(refused.first { $0.file.hasSuffix("pipe.md") }?.message == "expected a regular file, found a FIFO (named pipe); it is not read")
        #expect(refused.first { $0.file.hasSuffix("zero.md") }?.message.contains("a character device") == true)
    }

    @Test func aFileAboveTheLimitIsRefusedWithItsSize() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.md").path
        try Data(repeating: UInt8(ascii: "a"), count: 1_000).write(to: URL(fileURLWithPath: path))
        #expect(FileBytes.contents(of: path, limit: 999) == .failure(.tooLarge(1_000)))
        #expect((try? FileBytes.contents(of: path, limit: 1_000).get())?.count == 1_000)
        #expect(FileBytes.contents(of: folder.path) == .failure(.unreadable))
        #expect(FileBytes.contents(of: folder.appendingPathComponent("missing.md").path) == .failure(.unreadable))
    }

    @Test(arguments: [
        ([0xFF, 0xFE] as [UInt8], true, "little-endian, with a byte order mark"),
        ([0xFE, 0xFF], false, "big-endian, with a byte order mark"),
        ([], true, "little-endian, without a byte order mark"),
        ([], false, "big-endian, without a byte order mark"),
    ])
    func utf16PagesAreReportedAsUTF16(prefix: [UInt8], littleEndian: Bool, described: String) {
        let units = Array("# Título\n\n| a | b |\n".utf16)
        let bytes = prefix + units.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextEncodingSniffer.utf16Encoding(of: bytes) == described)
    }

    @Test func binaryDataAndUTF8AreNotUTF16() {
        #expect(TextEncodingSniffer.utf16Encoding(of: Array("# Title\n\ntext\n".utf8)) == nil)
        #expect(TextEncodingSniffer.utf16Encoding(of: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]) == nil)
    }

    @Test func aUTF16PageIsReportedAsSuch() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(Self.page.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data(bytes).write(to: folder.appendingPathComponent("wide.md"))
        let loaded = await DocumentationLoader.load(paths: [folder.path])
        #expect(loaded.model.pages.isEmpty)
        #expect(loaded.model.diagnostics.map(\.message) == [
            "expected UTF-8 text, found UTF-16 text (little-endian, with a byte order mark); graphdoc reads UTF-8: save the page as UTF-8",
        ])
    }

    /// A UTF-8 byte order mark is no text: the front matter after it is read, lines and columns as
    /// an editor shows them.
    @Test func aUTF8ByteOrderMarkDoesNotHideTheFrontMatter() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0xEF, 0xBB, 0xBF] + Array(Self.page.utf8)).write(to: folder.appendingPathComponent("bom.md"))
        let loaded = await DocumentationLoader.load(paths: [folder.path])
        #expect(loaded.model.pages.map(\.title) == ["Get x"])
        #expect(loaded.model.diagnostics.isEmpty)
        #expect(loaded.model.operations.first?.routes.first?.source.line == 11)
    }
}
