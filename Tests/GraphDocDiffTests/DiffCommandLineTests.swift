import Foundation
import Testing

/// `graphdoc diff` end to end: the exit codes CI relies on.
@Suite struct DiffCommandLineTests {
    static let root = DiffGoldenTests.root
    static var binary: String? {
        let path = root.appendingPathComponent(".build/debug/graphdoc").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary!)
        process.arguments = ["diff"] + arguments
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let sides = ["Tests/Fixtures/diff/old", "Tests/Fixtures/diff/new"]

    @Test(.enabled(if: binary != nil))
    func failOnDecidesTheExitStatus() throws {
        #expect(try Self.run(Self.sides).status == 0)
        #expect(try Self.run(Self.sides + ["--fail-on", "breaking"]).status == 1)
        #expect(try Self.run([Self.sides[0], Self.sides[0], "--fail-on", "any"]).status == 0)
    }

    @Test(.enabled(if: binary != nil))
    func usageErrorsExitTwo() throws {
        #expect(try Self.run(Self.sides + ["--fail-on", "sometimes"]).status == 2)
        #expect(try Self.run(["Tests/Fixtures/diff/missing", Self.sides[1]]).status == 2)
        #expect(try Self.run([Self.sides[0]]).status == 2)
    }

    @Test(.enabled(if: binary != nil))
    func baselineAcceptsEveryCurrentChange() throws {
        let baseline = FileManager.default.temporaryDirectory.appendingPathComponent("graphdoc-diff-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: baseline) }
        #expect(try Self.run(Self.sides + ["--write-baseline", baseline]).status == 0)
        let run = try Self.run(Self.sides + ["--baseline", baseline, "--fail-on", "any"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("0 changes"))
    }

    @Test(.enabled(if: binary != nil))
    func listRulesNamesEveryRule() throws {
        let run = try Self.run(["--list-rules"])
        #expect(run.status == 0)
        #expect(run.output.contains("property-removed") && run.output.contains("enum-member-added-after-sentinel"))
    }
}
