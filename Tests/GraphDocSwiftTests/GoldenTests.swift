import Foundation
import GraphDocIR
@testable import GraphDocSwift
import Testing

/// Rendered output for small IR inputs compared byte for byte with `Tests/Golden/<name>/`.
/// Run with `GRAPHDOC_UPDATE_GOLDEN=1` to rewrite the goldens, then review `git diff`.
@Suite struct GoldenTests {
    static let goldenRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden").path

    @Test(arguments: ["phone"])
    func matchesGolden(name: String) throws {
        let files = try SwiftGenerator(templates: try TemplateSet()).generate(Fixtures.phoneModel)
        let dir = Self.goldenRoot + "/" + name
        if ProcessInfo.processInfo.environment["GRAPHDOC_UPDATE_GOLDEN"] != nil {
            try OutputWriter(outputDirectory: dir).write(files)
        }
        let plan = try OutputWriter(outputDirectory: dir).plan(files)
        #expect(plan.changes.isEmpty, "golden differs: \(plan.changes)")
    }

    @Test func generationIsDeterministic() throws {
        let generator = SwiftGenerator(templates: try TemplateSet())
        #expect(try generator.generate(Fixtures.phoneModel) == generator.generate(Fixtures.phoneModel))
        let shuffled = ApiModel(
            types: Fixtures.phoneModel.types.reversed(), enums: Fixtures.phoneModel.enums.reversed(),
            operations: Fixtures.phoneModel.operations)
        #expect(try generator.generate(shuffled) == generator.generate(Fixtures.phoneModel))
    }

    @Test func everyFileStartsWithTheHeaderAndHasNoTimestamp() throws {
        for file in try SwiftGenerator(templates: try TemplateSet()).generate(Fixtures.phoneModel) {
            #expect(file.contents.hasPrefix(GeneratedFile.headerLine + "\n"))
            #expect(!file.contents.contains("2026"))
        }
    }
}
