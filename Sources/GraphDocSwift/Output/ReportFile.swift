import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a command's report or dump to a file the way an editor saves: into a temporary file
/// beside it, then renamed over it. A run that fails (a full disk, a kill) leaves the previous file
/// whole; readers never see half a report.
///
/// Only a regular file (or a new name) is replaced: a symbolic link, a folder, a FIFO or a device
/// in its place is refused, since replacing it with a regular file would not be what was meant.
public enum ReportFile {
    /// Replaces the file at `path` with `data`; an existing file keeps its permissions.
    public static func write(_ data: Data, to path: String) throws(ReportFileError) {
        var status = stat()
        var mode: mode_t = 0o666
        if lstat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFREG else {
                throw ReportFileError(path: path, reason: "it is \(kindDescription(status.st_mode)); give the path of a regular file", isRefusal: true)
            }
            mode = status.st_mode & 0o7777
        } else if errno != ENOENT {
            throw ReportFileError(path: path, reason: String(cString: strerror(errno)), isRefusal: false)
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).graphdoc-\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw ReportFileError(path: path, reason: "cannot create a file beside it: \(String(cString: strerror(errno)))", isRefusal: false)
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            if status.st_mode & S_IFMT == S_IFREG { fchmod(descriptor, mode) }
        } catch {
            unlink(temporary)
            throw ReportFileError(path: path, reason: "cannot write: \(error.localizedDescription)", isRefusal: false)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ReportFileError(path: path, reason: reason, isRefusal: false)
        }
    }

    private static func kindDescription(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}

/// Why a report file was not written; the previous file, if any, is as it was.
public struct ReportFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// The path names something graphdoc will not replace (bad usage), rather than a write that failed.
    public var isRefusal: Bool

    public var description: String { "\(path): error: cannot write the report: \(reason)" }
}
