import Foundation
import Testing

/// The `graphdoc` binary end to end on docs-input: exit codes and outputs users and CI rely on.
@Suite struct CommandLineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var binary: String? {
        let path = root.appendingPathComponent(".build/debug/graphdoc").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    struct Run {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary!)
        process.arguments = arguments
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: binary != nil))
    func irSummaryCountsTheSeeds() throws {
        let run = try Self.run(["ir", "docs-input", "--format", "summary"])
        #expect(run.status == 0)
        #expect(run.output.contains("pages: 4 (operation 4); locales: en-US 3, zh-CN 1"))
        #expect(run.output.contains("operations: 3"))
    }

    @Test(.enabled(if: binary != nil))
    func irOfNothingReadableExitsTwo() throws {
        let run = try Self.run(["ir", "no/such/folder"])
        #expect(run.status == 2)
        #expect(run.output.contains("input-unreadable"))
    }

    @Test(.enabled(if: binary != nil))
    func lintFailsOnTheSeedErrorsAndNeverWhenAsked() throws {
        let failing = try Self.run(["lint", "docs-input"])
        #expect(failing.status == 1)
        #expect(failing.output.contains("docs-input/zh-cn/beta/api/authentication-post-phonemethods.md:90:24: error:"))
        #expect(failing.output.contains("[route-example-root]"))
        let relaxed = try Self.run(["lint", "docs-input", "--fail-on", "never", "--format", "sarif"])
        #expect(relaxed.status == 0)
        let sarif = try JSONSerialization.jsonObject(with: Data(relaxed.output.utf8)) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
    }

    @Test(.enabled(if: binary != nil))
    func generatedFolderIsUpToDate() throws {
        let run = try Self.run(["generate", "--config", "Generated/graphdoc.yml", "--check"])
        #expect(run.status == 0, "\(run.output)")
    }
}
