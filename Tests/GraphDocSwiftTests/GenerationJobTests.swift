import Foundation
import GraphDocIR
@testable import GraphDocSwift
import Testing

@Suite struct GenerationJobTests {
    @Test func configurationFileIsReadWithPathsRelativeToIt() throws {
        let dir = try temporaryDirectory()
        try "inputs: [docs]\noutput: out\naccess: package\nmodule: M\ncheck: true\n".write(
            toFile: dir + "/graphdoc.yaml", atomically: true, encoding: .utf8)
        let config = try GenerateConfiguration.load(file: dir + "/graphdoc.yaml")
        #expect(config.inputs == [URL(fileURLWithPath: dir + "/docs").standardizedFileURL.path])
        #expect(config.output == URL(fileURLWithPath: dir + "/out").standardizedFileURL.path)
        #expect(config.access == .package)
        #expect(config.module == "M")
        let merged = config.overridden(by: GenerateConfiguration(inputs: [], module: "N"))
        #expect(merged.module == "N")
        #expect(merged.inputs == config.inputs)
    }

    @Test func unknownOptionsAndBadValuesNameTheFileAndLine() throws {
        let dir = try temporaryDirectory()
        try "output: out\nacess: public\n".write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
        #expect {
            try GenerateConfiguration.load(file: dir + "/a.yaml")
        } throws: { "\($0)".contains("a.yaml:2:") && "\($0)".contains("'acess'") }
        try "access: secret\n".write(toFile: dir + "/b.yaml", atomically: true, encoding: .utf8)
        #expect(throws: GenerationError.self) { try GenerateConfiguration.load(file: dir + "/b.yaml") }
        try "output: [unclosed\n".write(toFile: dir + "/c.yaml", atomically: true, encoding: .utf8)
        #expect(throws: GenerationError.self) { try GenerateConfiguration.load(file: dir + "/c.yaml") }
    }

    @Test func checkModeWritesNothingAndListsChanges() throws {
        let dir = try temporaryDirectory()
        let job = GenerationJob(outputDirectory: dir, options: GeneratorOptions(), check: true)
        let report = try job.run(model: Fixtures.phoneModel)
        #expect(report.plan.added.count == report.files.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)

        var write = job
        write.check = false
        _ = try write.run(model: Fixtures.phoneModel)
        #expect(try job.run(model: Fixtures.phoneModel).plan.isClean)
    }

    @Test func aGenerationErrorLeavesTheOutputFolderAsItWas() throws {
        let dir = try temporaryDirectory()
        let job = GenerationJob(outputDirectory: dir, options: GeneratorOptions())
        _ = try job.run(model: Fixtures.phoneModel)
        let before = try FileManager.default.subpathsOfDirectory(atPath: dir).sorted()
        // Name collisions no longer fail (they are renamed with a note); a module name that is no identifier does.
        var failing = job
        failing.options.moduleName = "Graph Models"
        #expect(throws: GenerationError.invalidModuleName("Graph Models")) {
            try failing.run(model: Fixtures.phoneModel)
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: dir).sorted() == before)
    }

    @Test func inputsWithoutAnyPageLeaveTheOutputAsItWas() throws {
        let dir = try temporaryDirectory() + "/out"
        let job = GenerationJob(outputDirectory: dir, options: GeneratorOptions())
        _ = try job.run(model: Fixtures.phoneModel)
        let before = try FileManager.default.subpathsOfDirectory(atPath: dir).sorted()
        let unreadable = Diagnostic(.inputUnreadable, "expected a file or folder, found nothing", at: Fixtures.at("no/such/folder", 1))
        #expect {
            try job.run(model: ApiModel(diagnostics: [unreadable]))
        } throws: { error in
            guard case .noPages(let reasons) = error as? GenerationError else { return false }
            return reasons == ["no/such/folder:1:1: expected a file or folder, found nothing"]
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: dir).sorted() == before)
    }

    @Test func overlappingOutputAndTestsOutputAreRefused() throws {
        let dir = try temporaryDirectory()
        for tests in [dir + "/out", dir + "/out/Tests", dir] {
            let job = GenerationJob(outputDirectory: dir + "/out", options: GeneratorOptions(), testsOutputDirectory: tests)
            #expect(throws: GenerationError.self, "\(tests)") { try job.run(model: Fixtures.phoneModel) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        let apart = GenerationJob(outputDirectory: dir + "/out", options: GeneratorOptions(), testsOutputDirectory: dir + "/outTests")
        #expect(try apart.run(model: Fixtures.phoneModel).testsPlan != nil)
    }

    @Test func aBadShardCountInTheConfigurationFileNamesTheFileAndLine() throws {
        let dir = try temporaryDirectory()
        try "output: out\nshards: 0\n".write(toFile: dir + "/graphdoc.yml", atomically: true, encoding: .utf8)
        #expect {
            try GenerateConfiguration.load(file: dir + "/graphdoc.yml")
        } throws: { "\($0)".contains("graphdoc.yml:2:") && "\($0)".contains("shard count") }
        try "output: out\nforce: true\n".write(toFile: dir + "/forced.yml", atomically: true, encoding: .utf8)
        #expect(try GenerationJob(configuration: GenerateConfiguration.load(file: dir + "/forced.yml")).force)
    }
}
