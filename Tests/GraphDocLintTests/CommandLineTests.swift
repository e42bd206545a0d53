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

    /// Runs the binary (or `executable`) in the repository; standard error is dropped unless
    /// `withErrors`, which adds it to the output.
    static func run(_ arguments: [String], executable: String? = nil, environment: [String: String] = [:], withErrors: Bool = false) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary!)
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = withErrors ? pipe : FileHandle.nullDevice
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
    func irOfNothingReadableLeavesTheReportFileAsItWas() throws {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("graphdoc-ir-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: report) }
        try Data("yesterday's IR".utf8).write(to: report)
        let run = try Self.run(["ir", "no/such/folder", "-o", report.path])
        #expect(run.status == 2)
        #expect(try String(contentsOf: report, encoding: .utf8) == "yesterday's IR")
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

/// Exit statuses and what each command leaves on disk when it cannot do what was asked.
@Suite struct ExitStatusTests {
    typealias Run = CommandLineTests.Run

    /// Runs a shell command line with `$GRAPHDOC` set to the binary, in the repository.
    static func shell(_ script: String) throws -> Run {
        try CommandLineTests.run(["-c", script], executable: "/bin/sh", environment: ["GRAPHDOC": CommandLineTests.binary!], withErrors: true)
    }

    static func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "graphdoc-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test(.enabled(if: CommandLineTests.binary != nil))
    func generateFromNoPageExitsTwoAndKeepsTheOutput() throws {
        let out = try Self.scratch() + "/out"
        #expect(try CommandLineTests.run(["generate", "docs-input", "-o", out]).status == 0)
        let before = try FileManager.default.subpathsOfDirectory(atPath: out).sorted()
        let run = try Self.shell("\"$GRAPHDOC\" generate no/such/folder -o '\(out)'")
        #expect(run.status == 2)
        #expect(run.output.contains("no readable page"))
        #expect(run.output.contains("no/such/folder"))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: out).sorted() == before)
    }

    @Test(.enabled(if: CommandLineTests.binary != nil))
    func checkTellsStaleFromRefusedFromCouldNotRun() throws {
        let dir = try Self.scratch()
        #expect(try CommandLineTests.run(["generate", "docs-input", "-o", dir + "/stale", "--check"]).status == 1)
        try "x".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
        #expect(try CommandLineTests.run(["generate", "docs-input", "-o", dir + "/file", "--check"]).status == 2)
        #expect(try CommandLineTests.run(["generate", "docs-input", "-o", "/", "--check"]).status == 2)
        #expect(try CommandLineTests.run(["generate", "docs-input", "-o", dir, "--tests-output", dir + "/tests"]).status == 2)
        // procfs takes no new files, not even for root.
        #expect(try CommandLineTests.run(["generate", "docs-input", "-o", "/proc/graphdoc-out"]).status == 3)
        #expect(try CommandLineTests.run(["generate", "docs-input", "--no-such-option"]).status == 2)
        #expect(try CommandLineTests.run(["generate", "docs-input", "-o", dir + "/out", "--shards", "0"]).status == 2)
    }

    @Test(.enabled(if: CommandLineTests.binary != nil))
    func reportFilesThatAreNotRegularFilesAreRefused() throws {
        let dir = try Self.scratch()
        try "target\n".write(toFile: dir + "/target.json", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: dir + "/target.json")
        let onLink = try Self.shell("\"$GRAPHDOC\" ir docs-input -o '\(dir)/link.json'")
        #expect(onLink.status == 2)
        #expect(onLink.output.contains("symbolic link"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.json") == dir + "/target.json")
        #expect(try String(contentsOfFile: dir + "/target.json", encoding: .utf8) == "target\n")
        #expect(mkfifo(dir + "/fifo", 0o644) == 0)
        #expect(try CommandLineTests.run(["lint", "docs-input", "-o", dir + "/fifo"]).status == 2)
        #expect(try CommandLineTests.run(["lint", "docs-input", "--write-baseline", dir]).status == 2)
        #expect(try CommandLineTests.run(["ir", "docs-input", "-o", "/dev/null"]).status == 2)
    }

    @Test(.enabled(if: CommandLineTests.binary != nil))
    func aReportThatCannotBeWrittenLeavesTheOldOneAndExitsThree() throws {
        let dir = try Self.scratch()
        try "old report\n".write(toFile: dir + "/lint.sarif", atomically: true, encoding: .utf8)
        // A file size limit of one block stands in for a full disk: the write fails part way.
        let run = try Self.shell("trap '' XFSZ; ulimit -f 1; exec \"$GRAPHDOC\" lint docs-input --fail-on never --format sarif -o '\(dir)/lint.sarif'")
        #expect(run.status == 3, "\(run.output)")
        #expect(try String(contentsOfFile: dir + "/lint.sarif", encoding: .utf8) == "old report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["lint.sarif"])
    }
}
