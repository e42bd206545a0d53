import Foundation
@testable import GraphDocSwift
import Testing

/// The templates built into the binary are the files in `Templates/`, and a copied binary generates
/// without the source checkout.
@Suite struct EmbeddedTemplatesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templatesFolder = root.appendingPathComponent("Templates")

    @Test func theEmbeddedTextsAreTheTemplateFilesByteForByte() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.templatesFolder.path)
            .filter { $0.hasSuffix(".mustache") }
        let names = Set(files.map { String($0.dropLast(".mustache".count)) })
        #expect(Set(BuiltInTemplates.sources.keys) == names, "Templates/ and the embedded set differ: run make embed-templates")
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            let bytes = try Data(contentsOf: Self.templatesFolder.appendingPathComponent(file))
            #expect(
                BuiltInTemplates.sources[name].map { Data($0.utf8) } == bytes,
                "Templates/\(file) differs from its embedded copy: run make embed-templates")
        }
    }

    @Test func everyTemplateTheGeneratorUsesIsEmbedded() {
        for name in TemplateSet.names {
            #expect(BuiltInTemplates.sources[name] != nil, "\(name)")
        }
    }

    @Test func withoutAFolderTheEmbeddedTemplatesAreUsedAndAUserFolderStillOverrides() throws {
        #expect(try TemplateSet().sources == TemplateSet.embeddedSources.filter { TemplateSet.names.contains($0.key) })
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "{{%CONTENT_TYPE: TEXT}}\n// mine\n".write(toFile: dir + "/file-header.mustache", atomically: true, encoding: .utf8)
        let set = try TemplateSet(overrides: dir)
        #expect(set.sources["file-header"] == "{{%CONTENT_TYPE: TEXT}}\n// mine\n")
        #expect(set.sources["struct"] == BuiltInTemplates.sources["struct"])
    }

    /// The binary copied to a folder outside the checkout, with the pages and the committed
    /// output beside it, finds the committed output up to date: it rendered the same templates.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: root.appendingPathComponent(".build/debug/graphdoc").path)))
    func aCopiedBinaryGeneratesOutsideTheCheckout() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let binary = dir + "/bin/graphdoc"
        try FileManager.default.createDirectory(atPath: dir + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.root.appendingPathComponent(".build/debug/graphdoc").path, toPath: binary)
        for folder in ["docs-input", "Generated"] {
            try FileManager.default.copyItem(atPath: Self.root.appendingPathComponent(folder).path, toPath: dir + "/" + folder)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["generate", "--config", "Generated/graphdoc.yml", "--check"]
        process.currentDirectoryURL = URL(fileURLWithPath: dir)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
