import Foundation
import GraphDocSwift
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct ReportFileTests {
    let fm = FileManager.default

    @Test func replacesARegularFileWholeKeepingItsPermissions() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/report.txt"
        try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
        try fm.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try ReportFile.write(Data("new\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try fm.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
        try ReportFile.write(Data("first\n".utf8), to: dir + "/new.txt")
        #expect(try fm.contentsOfDirectory(atPath: dir).sorted() == ["new.txt", "report.txt"])
    }

    @Test func aLinkAFolderAFIFOOrADeviceIsRefusedAndLeftAlone() throws {
        let dir = try temporaryDirectory()
        try "target\n".write(toFile: dir + "/target.txt", atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: dir + "/link.txt", withDestinationPath: dir + "/target.txt")
        try fm.createDirectory(atPath: dir + "/folder", withIntermediateDirectories: true)
        try #require(mkfifo(dir + "/fifo", 0o644) == 0)
        for (path, kind) in [(dir + "/link.txt", "a symbolic link"), (dir + "/folder", "a folder"), (dir + "/fifo", "a FIFO"), ("/dev/null", "a device")] {
            #expect(performing: { try ReportFile.write(Data("x".utf8), to: path) }, throws: { error in
                guard let error = error as? ReportFileError else { return false }
                return error.isRefusal && error.reason.contains(kind)
            })
        }
        #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/link.txt") == dir + "/target.txt")
        #expect(try String(contentsOfFile: dir + "/target.txt", encoding: .utf8) == "target\n")
        #expect(try fm.contentsOfDirectory(atPath: dir).sorted() == ["fifo", "folder", "link.txt", "target.txt"])
    }

    @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/missing-folder/report.txt"
        #expect(performing: { try ReportFile.write(Data("x".utf8), to: path) }, throws: { error in
            (error as? ReportFileError)?.isRefusal == false
        })
        #expect(try fm.contentsOfDirectory(atPath: dir).isEmpty)
    }
}
