import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serializes runs that write one output folder: each holds an exclusive `flock` on a lock file
/// beside the folder while it decides and swaps in its generation; a second run waits its turn.
///
/// The lock file is removed on release (so a committed `Generated/` stays clean in `git status`).
/// Because a waiting run may then hold a lock on a removed file, a run that gets the lock checks
/// that its file is still the one at the path, and starts over otherwise.
enum OutputLock {
    /// Runs `body` holding the lock of `folder`; the folder's parent must exist.
    static func holding<Result>(_ folder: OutputFolder, _ body: () throws -> Result) throws -> Result {
        let descriptor = try acquire(folder.lockPath)
        defer {
            unlink(folder.lockPath)
            close(descriptor)
        }
        return try body()
    }

    private static func acquire(_ path: String) throws(GenerationError) -> Int32 {
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw .outputNotWritable(path: path, reason: "cannot create the lock file: \(String(cString: strerror(errno)))")
            }
            var result: Int32
            repeat { result = flock(descriptor, LOCK_EX) } while result != 0 && errno == EINTR
            guard result == 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .outputNotWritable(path: path, reason: "cannot lock: \(reason)")
            }
            var held = stat()
            var current = stat()
            if fstat(descriptor, &held) == 0, lstat(path, &current) == 0, held.st_dev == current.st_dev, held.st_ino == current.st_ino {
                return descriptor
            }
            // The holder before us removed the file we waited on; take the lock on the new one.
            close(descriptor)
        }
    }
}
