import Foundation
@testable import GraphDocSwift
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct OutputWriterTests {
    let header = GeneratedFile.headerLine + "\n"
    let fm = FileManager.default

    func file(_ path: String, _ body: String = "") -> GeneratedFile {
        GeneratedFile(path: path, contents: header + body + "\n")
    }

    func inode(_ path: String) throws -> UInt64 {
        var status = stat()
        try #require(lstat(path, &status) == 0)
        return UInt64(status.st_ino)
    }

    /// The names beside `output` that graphdoc made (staging, old generations, the lock).
    func companions(of output: String) throws -> [String] {
        let name = (output as NSString).lastPathComponent
        return try fm.contentsOfDirectory(atPath: (output as NSString).deletingLastPathComponent)
            .filter { $0.hasPrefix("." + name + ".graphdoc-") || $0.hasPrefix(".graphdoc-staging-") }
    }

    @Test func writesOnlyChangedFilesAndRemovesStaleGeneratedOnes() throws {
        let dir = try temporaryDirectory() + "/out"
        let writer = OutputWriter(outputDirectory: dir)
        #expect(try writer.write([file("Models/A.swift", "a"), file("Models/B.swift", "b")]).added == ["Models/A.swift", "Models/B.swift"])
        try "// mine\n".write(toFile: dir + "/Models/Handwritten.swift", atomically: true, encoding: .utf8)
        let before = try fm.attributesOfItem(atPath: dir + "/Models/A.swift")[.modificationDate] as? Date
        let inodeBefore = try inode(dir + "/Models/A.swift")

        let plan = try writer.write([file("Models/A.swift", "a"), file("C.swift", "c")])
        #expect(plan.unchanged == ["Models/A.swift"])
        #expect(plan.added == ["C.swift"])
        #expect(plan.removed == ["Models/B.swift"])
        let after = try fm.attributesOfItem(atPath: dir + "/Models/A.swift")[.modificationDate] as? Date
        #expect(before == after)
        #expect(try inode(dir + "/Models/A.swift") == inodeBefore)
        #expect(fm.fileExists(atPath: dir + "/Models/Handwritten.swift"))
        #expect(!fm.fileExists(atPath: dir + "/Models/B.swift"))
        #expect(try writer.plan([file("Models/A.swift", "a"), file("C.swift", "c")]).isClean)
        #expect(try companions(of: dir).isEmpty)
    }

    @Test func theManifestListsWhatWasGenerated() throws {
        let dir = try temporaryDirectory() + "/out"
        try OutputWriter(outputDirectory: dir).write([file("B.swift"), file("Models/A.swift")])
        let manifest = try String(contentsOfFile: dir + "/" + OutputManifest.fileName, encoding: .utf8)
        #expect(manifest == OutputManifest.firstLine + "\nB.swift\nModels/A.swift\n")
    }

    @Test func aHeaderBearingFileNotInTheManifestIsNeverRemoved() throws {
        let dir = try temporaryDirectory() + "/out"
        let writer = OutputWriter(outputDirectory: dir)
        try writer.write([file("Models/A.swift"), file("Models/B.swift")])
        // Starts with graphdoc's header, but graphdoc did not write it.
        try (header + "copied\n").write(toFile: dir + "/Models/Copied.swift", atomically: true, encoding: .utf8)
        let plan = try writer.write([file("Models/A.swift")])
        #expect(plan.removed == ["Models/B.swift"])
        #expect(fm.fileExists(atPath: dir + "/Models/Copied.swift"))
    }

    @Test func aFolderWithoutManifestHasOnlyItsLayoutAdopted() throws {
        let dir = try temporaryDirectory() + "/out"
        try fm.createDirectory(atPath: dir + "/Models/Nested", withIntermediateDirectories: true)
        try (header + "old\n").write(toFile: dir + "/Models/Old.swift", atomically: true, encoding: .utf8)
        try (header + "other output\n").write(toFile: dir + "/Models/Nested/Other.swift", atomically: true, encoding: .utf8)
        try (header + "top\n").write(toFile: dir + "/Top.swift", atomically: true, encoding: .utf8)
        let plan = try OutputWriter(outputDirectory: dir).write([file("Models/A.swift")])
        #expect(plan.removed == ["Models/Old.swift", "Top.swift"])
        #expect(fm.fileExists(atPath: dir + "/Models/Nested/Other.swift"))
        #expect(plan.manifestChanged)
    }

    @Test func aSymbolicLinkInsideTheOutputIsRefusedAndNothingIsWrittenThroughIt() throws {
        let root = try temporaryDirectory()
        let dir = root + "/out"
        try OutputWriter(outputDirectory: dir).write([file("Models/A.swift", "1")])
        try fm.createDirectory(atPath: root + "/elsewhere", withIntermediateDirectories: true)
        try "not generated\n".write(toFile: root + "/elsewhere/A.swift", atomically: true, encoding: .utf8)
        try fm.removeItem(atPath: dir + "/Models")
        try fm.createSymbolicLink(atPath: dir + "/Models", withDestinationPath: root + "/elsewhere")
        #expect {
            try OutputWriter(outputDirectory: dir, force: true).write([file("Models/A.swift", "2")])
        } throws: { error in
            guard case .outputRefused(let path, let reason) = error as? GenerationError else { return false }
            return path.hasSuffix("/out/Models") && reason.contains("symbolic link")
        }
        #expect(try String(contentsOfFile: root + "/elsewhere/A.swift", encoding: .utf8) == "not generated\n")
        #expect(try companions(of: dir).isEmpty)
    }

    @Test func theRootAndTheHomeFolderAreRefusedEvenWhenForced() throws {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        for path in ["/", home, (home as NSString).deletingLastPathComponent] {
            #expect(throws: GenerationError.self, "\(path)") {
                try OutputWriter(outputDirectory: path, force: true).plan([file("A.swift")])
            }
        }
        #expect {
            try OutputWriter(outputDirectory: "/", force: true).write([file("A.swift")])
        } throws: { "\($0)".contains("filesystem root") }
    }

    @Test func aFolderHoldingFilesGraphdocDidNotWriteIsRefusedUnlessForced() throws {
        let dir = try temporaryDirectory() + "/project"
        try fm.createDirectory(atPath: dir + "/Sources", withIntermediateDirectories: true)
        try "// package\n".write(toFile: dir + "/Package.swift", atomically: true, encoding: .utf8)
        try "// app\n".write(toFile: dir + "/Sources/App.swift", atomically: true, encoding: .utf8)
        #expect {
            try OutputWriter(outputDirectory: dir).write([file("Models/A.swift")])
        } throws: { error in
            guard case .outputRefused(_, let reason) = error as? GenerationError else { return false }
            return reason.contains("'Package.swift', 'Sources'") && reason.contains("--force")
        }
        #expect(!fm.fileExists(atPath: dir + "/Models"))
        let packageInode = try inode(dir + "/Package.swift")

        let plan = try OutputWriter(outputDirectory: dir, force: true).write([file("Models/A.swift")])
        #expect(plan.added == ["Models/A.swift"])
        #expect(try inode(dir + "/Package.swift") == packageInode)
        #expect(try String(contentsOfFile: dir + "/Sources/App.swift", encoding: .utf8) == "// app\n")
        // Kept, never owned: a second run without --force is still refused.
        #expect(throws: GenerationError.self) { try OutputWriter(outputDirectory: dir).write([]) }
    }

    @Test func aForeignFileInTheWayIsRefusedUnlessForcedOrIdentical() throws {
        let dir = try temporaryDirectory() + "/out"
        try OutputWriter(outputDirectory: dir).write([file("Models/A.swift")])
        try "// mine\n".write(toFile: dir + "/Models/B.swift", atomically: true, encoding: .utf8)
        #expect {
            try OutputWriter(outputDirectory: dir).write([file("Models/A.swift"), file("Models/B.swift")])
        } throws: { "\($0)".contains("Models/B.swift") && "\($0)".contains("did not write") }
        #expect(try String(contentsOfFile: dir + "/Models/B.swift", encoding: .utf8) == "// mine\n")

        // A file holding exactly what graphdoc would write is simply adopted.
        try (header + "c\n").write(toFile: dir + "/Models/C.swift", atomically: true, encoding: .utf8)
        let adopted = try OutputWriter(outputDirectory: dir).write([file("Models/A.swift"), file("Models/C.swift", "c")])
        #expect(adopted.unchanged == ["Models/A.swift", "Models/C.swift"])

        let forced = try OutputWriter(outputDirectory: dir, force: true).write([file("Models/A.swift"), file("Models/B.swift")])
        #expect(forced.modified == ["Models/B.swift"])
        #expect(forced.removed == ["Models/C.swift"])
    }

    @Test func leftoversOfKilledRunsAreCleanedAndAnInterruptedSwapIsUndone() throws {
        let root = try temporaryDirectory()
        let dir = root + "/out"
        try OutputWriter(outputDirectory: dir).write([file("A.swift")])
        for leftover in [".out.graphdoc-staging-1/Models", ".graphdoc-staging-\(UUID().uuidString)/Models"] {
            try fm.createDirectory(atPath: root + "/" + leftover, withIntermediateDirectories: true)
            try (header + "half\n").write(toFile: root + "/" + leftover + "/X.swift", atomically: true, encoding: .utf8)
        }
        try fm.createDirectory(atPath: root + "/.other.graphdoc-staging-1", withIntermediateDirectories: true)
        try OutputWriter(outputDirectory: dir).write([file("A.swift")])
        #expect(try companions(of: dir).isEmpty)
        // Another output's staging is that output's business.
        #expect(fm.fileExists(atPath: root + "/.other.graphdoc-staging-1"))

        // Killed between the two renames of the fallback swap: no output, the old one set aside.
        try fm.moveItem(atPath: dir, toPath: root + "/.out.graphdoc-old-1")
        let plan = try OutputWriter(outputDirectory: dir).write([file("A.swift"), file("B.swift")])
        #expect(plan.unchanged == ["A.swift"])
        #expect(plan.added == ["B.swift"])
        #expect(try companions(of: dir).isEmpty)
    }

    @Test func theNewGenerationIsSwappedInAsAWhole() throws {
        let dir = try temporaryDirectory() + "/out"
        try OutputWriter(outputDirectory: dir).write([file("A.swift", "1"), file("Models/B.swift")])
        let folderInode = try inode(dir)
        try OutputWriter(outputDirectory: dir).write([file("A.swift", "2"), file("Models/B.swift")])
        // A new folder took the old one's place; a clean run swaps nothing.
        #expect(try inode(dir) != folderInode)
        let swapped = try inode(dir)
        try OutputWriter(outputDirectory: dir).write([file("A.swift", "2"), file("Models/B.swift")])
        #expect(try inode(dir) == swapped)
    }

    @Test func whereFoldersCannotBeExchangedTwoRenamesSwapThem() throws {
        let dir = try temporaryDirectory() + "/out"
        try OutputWriter(outputDirectory: dir).write([file("A.swift", "1"), file("Models/B.swift")])
        let unchangedInode = try inode(dir + "/Models/B.swift")
        let folder = try OutputFolder(dir)
        let inventory = try OutputInventory.scan(folder)
        let next = try NextGeneration(files: [file("A.swift", "2"), file("Models/B.swift")], inventory: inventory, folder: folder, force: false)
        var swap = GenerationSwap(folder: folder, inventory: inventory)
        swap.exchange = { _, _ in .unsupported }
        try swap.install(next)
        #expect(try String(contentsOfFile: dir + "/A.swift", encoding: .utf8) == header + "2\n")
        #expect(try inode(dir + "/Models/B.swift") == unchangedInode)
        #expect(try companions(of: dir).isEmpty)
    }

    @Test func aFileWrittenIntoTheOldGenerationDuringTheRunMovesToTheNewOne() throws {
        let root = try temporaryDirectory()
        let dir = root + "/out"
        try OutputWriter(outputDirectory: dir).write([file("A.swift"), file("Models/B.swift")])
        let folder = try OutputFolder(dir)
        let swap = GenerationSwap(folder: folder, inventory: try OutputInventory.scan(folder))
        // The old generation as the swap leaves it beside the output, with a file saved into it
        // (by an editor) after the run took its inventory.
        try fm.copyItem(atPath: dir, toPath: root + "/old")
        try fm.createDirectory(atPath: root + "/old/Notes", withIntermediateDirectories: true)
        try "late\n".write(toFile: root + "/old/Notes/Late.md", atomically: true, encoding: .utf8)
        try "stale\n".write(toFile: root + "/old/Models/B.swift", atomically: true, encoding: .utf8)
        swap.rescueLateFiles(from: root + "/old")
        #expect(try String(contentsOfFile: dir + "/Notes/Late.md", encoding: .utf8) == "late\n")
        #expect(try String(contentsOfFile: dir + "/Models/B.swift", encoding: .utf8) == header + "\n")
    }

    @Test func emptiedGeneratedFoldersGoAndTheUsersEmptyFoldersStay() throws {
        let dir = try temporaryDirectory() + "/out"
        try OutputWriter(outputDirectory: dir).write([file("A.swift"), file("Operations/O.swift")])
        try fm.createDirectory(atPath: dir + "/Operations/Empty", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir + "/Models", withIntermediateDirectories: true)
        try OutputWriter(outputDirectory: dir).write([file("A.swift")])
        #expect(fm.fileExists(atPath: dir + "/Operations/Empty"))
        #expect(fm.fileExists(atPath: dir + "/Models"))
        try fm.removeItem(atPath: dir + "/Operations/Empty")
        try OutputWriter(outputDirectory: dir).write([file("A.swift"), file("Operations/P.swift")])
        try OutputWriter(outputDirectory: dir).write([file("A.swift")])
        #expect(!fm.fileExists(atPath: dir + "/Operations"))
    }

    @Test func concurrentRunsTakeTurns() async throws {
        let dir = try temporaryDirectory() + "/out"
        let folder = try OutputFolder(dir)
        let held = open(folder.lockPath, O_RDWR | O_CREAT, 0o644)
        try #require(held >= 0 && flock(held, LOCK_EX) == 0)
        let files = [file("A.swift")]
        let run = Task.detached { try OutputWriter(outputDirectory: dir).write(files) }
        try await Task.sleep(for: .milliseconds(500))
        #expect(!fm.fileExists(atPath: dir), "wrote while another run held the lock")
        close(held)
        #expect(try await run.value.added == ["A.swift"])
        #expect(try companions(of: dir).isEmpty)
    }

    @Test func modifiedFilesAreReplaced() throws {
        let dir = try temporaryDirectory() + "/out"
        let writer = OutputWriter(outputDirectory: dir)
        try writer.write([file("Sub/A.swift", "1")])
        let plan = try writer.write([file("Sub/A.swift", "2")])
        #expect(plan.modified == ["Sub/A.swift"])
        #expect(try String(contentsOfFile: dir + "/Sub/A.swift", encoding: .utf8) == header + "2\n")
    }

    @Test func planReportsEveryChangeWithoutWriting() throws {
        let dir = try temporaryDirectory() + "/out"
        let writer = OutputWriter(outputDirectory: dir)
        try writer.write([file("A.swift", "1")])
        let plan = try writer.plan([file("A.swift", "2"), file("B.swift")])
        #expect(plan.changes == [OutputManifest.fileName, "A.swift", "B.swift"])
        #expect(try String(contentsOfFile: dir + "/A.swift", encoding: .utf8) == header + "1\n")
    }

    @Test func aFileInTheWayIsAClearError() throws {
        let dir = try temporaryDirectory()
        try "x".write(toFile: dir + "/out", atomically: true, encoding: .utf8)
        #expect {
            try OutputWriter(outputDirectory: dir + "/out").write([GeneratedFile(path: "A.swift", contents: "")])
        } throws: { error in
            guard case .outputRefused(let path, _) = error as? GenerationError else { return false }
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
