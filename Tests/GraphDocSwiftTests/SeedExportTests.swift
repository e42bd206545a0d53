import Foundation
import GraphDocIR
@testable import GraphDocSwift
import Testing

/// Keeps `Tests/Fixtures/seed.ir.json` (the input of `Generated/`, until extraction reads
/// docs-input) equal to ``Fixtures/seedModel``. `GRAPHDOC_UPDATE_GOLDEN=1` rewrites it.
@Suite struct SeedExportTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/seed.ir.json").path

    @Test func seedIRFileIsCurrent() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Fixtures.seedModel)
        if ProcessInfo.processInfo.environment["GRAPHDOC_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(
                atPath: (Self.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: Self.path))
        }
        #expect(FileManager.default.contents(atPath: Self.path) == data)
        #expect(try IRFile.load(Self.path) == Fixtures.seedModel)
    }
}
