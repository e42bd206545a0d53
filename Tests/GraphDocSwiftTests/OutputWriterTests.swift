import Foundation
@testable import GraphDocSwift
import Testing

@Suite struct OutputWriterTests {
    let header = GeneratedFile.headerLine + "\n"

    @Test func writesOnlyChangedFilesAndRemovesStaleGeneratedOnes() throws {
        let dir = try temporaryDirectory()
        let writer = OutputWriter(outputDirectory: dir)
        let a = GeneratedFile(path: "Models/A.swift", contents: header + "a\n")
        let b = GeneratedFile(path: "Models/B.swift", contents: header + "b\n")
        #expect(try writer.write([a, b]).added == ["Models/A.swift", "Models/B.swift"])
        try "// mine\n".write(toFile: dir + "/Models/Handwritten.swift", atomically: true, encoding: .utf8)
        let before = try FileManager.default.attributesOfItem(atPath: dir + "/Models/A.swift")[.modificationDate] as? Date

        let a2 = GeneratedFile(path: "Models/A.swift", contents: header + "a\n")
        let c = GeneratedFile(path: "C.swift", contents: header + "c\n")
        let plan = try writer.write([a2, c])
        #expect(plan.unchanged == ["Models/A.swift"])
        #expect(plan.added == ["C.swift"])
        #expect(plan.removed == ["Models/B.swift"])
        let after = try FileManager.default.attributesOfItem(atPath: dir + "/Models/A.swift")[.modificationDate] as? Date
        #expect(before == after)
        #expect(FileManager.default.fileExists(atPath: dir + "/Models/Handwritten.swift"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/Models/B.swift"))
        #expect(try writer.plan([a2, c]).isClean)
    }

    @Test func modifiedFilesAreReplacedInPlace() throws {
        let dir = try temporaryDirectory()
        let writer = OutputWriter(outputDirectory: dir)
        try writer.write([GeneratedFile(path: "Sub/A.swift", contents: header + "1\n")])
        let plan = try writer.write([GeneratedFile(path: "Sub/A.swift", contents: header + "2\n")])
        #expect(plan.modified == ["Sub/A.swift"])
        #expect(try String(contentsOfFile: dir + "/Sub/A.swift", encoding: .utf8) == header + "2\n")
    }

    @Test func planReportsEveryChangeWithoutWriting() throws {
        let dir = try temporaryDirectory()
        let writer = OutputWriter(outputDirectory: dir)
        try writer.write([GeneratedFile(path: "A.swift", contents: header + "1\n")])
        let plan = try writer.plan([GeneratedFile(path: "A.swift", contents: header + "2\n"), GeneratedFile(path: "B.swift", contents: header)])
        #expect(plan.changes == ["A.swift", "B.swift"])
        #expect(try String(contentsOfFile: dir + "/A.swift", encoding: .utf8) == header + "1\n")
    }

    @Test func aFileInTheWayIsAClearError() throws {
        let dir = try temporaryDirectory()
        try "x".write(toFile: dir + "/out", atomically: true, encoding: .utf8)
        #expect {
            try OutputWriter(outputDirectory: dir + "/out").write([GeneratedFile(path: "A.swift", contents: "")])
        } throws: { error in
            guard case .outputNotWritable(let path, _) = error as? GenerationError else { return false }
            return path.hasSuffix("/out")
        }
        #expect(try String(contentsOfFile: dir + "/out", encoding: .utf8) == "x")
    }

    @Test(.enabled(if: getuid() != 0, "root can write anywhere"))
    func aReadOnlyFolderIsLeftAsItWas() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir) }
        #expect(throws: GenerationError.self) {
            try OutputWriter(outputDirectory: dir).write([GeneratedFile(path: "A.swift", contents: "")])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }
}
