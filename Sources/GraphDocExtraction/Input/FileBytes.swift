#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with `open`/`read` straight into the byte array the parser keeps, without
/// Foundation's `Data` in between (one copy and one allocation fewer per page).
///
/// Only regular files are read, and only up to a size limit: a `.md` name may be a FIFO (opening it
/// would wait for a writer forever), a device or a link to one (`/dev/zero` never ends).
enum FileBytes {
    /// The largest page read (64 MiB): the largest Graph reference page is under 1 MiB, and a
    /// synthetic page of a million table rows still fits.
    static let maximumPageSize = 64 << 20

    /// Why a file was not read.
    enum Refusal: Error, Equatable {
        /// It cannot be opened, examined or read (missing, a folder, no permission, an I/O error).
        case unreadable
        /// It is no regular file; the kind it is ("a FIFO", "a character device", ...).
        case notRegularFile(String)
        /// It holds more than the limit; its size in bytes (or the limit plus one, if it grew).
        case tooLarge(Int)
    }

    /// The file's bytes, or why they were not read.
    static func contents(of path: String, limit: Int = maximumPageSize) -> Result<[UInt8], Refusal> {
        // Examine what the path leads to before opening it; open without blocking all the same, in
        // case a FIFO takes the file's place in between, and check again on the open descriptor.
        var status = stat()
        guard stat(path, &status) == 0 else { return .failure(.unreadable) }
        if let refusal = refusal(for: status, limit: limit) { return .failure(refusal) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        if let refusal = refusal(for: status, limit: limit) { return .failure(refusal) }
        return readAll(descriptor, expected: max(Int(status.st_size), 0), limit: limit)
    }

    private static func refusal(for status: stat, limit: Int) -> Refusal? {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return Int(status.st_size) > limit ? .tooLarge(Int(status.st_size)) : nil
        case S_IFDIR: return .unreadable
        case S_IFIFO: return .notRegularFile("a FIFO (named pipe)")
        case S_IFCHR: return .notRegularFile("a character device")
        case S_IFBLK: return .notRegularFile("a block device")
        case S_IFSOCK: return .notRegularFile("a socket")
        default: return .notRegularFile("no regular file")
        }
    }

    /// Reads to the end, or to one byte past `limit` (a file that grew since `fstat`).
    private static func readAll(_ descriptor: Int32, expected: Int, limit: Int) -> Result<[UInt8], Refusal> {
        var failed = false
        // One byte more than the size, so that a file that grew since `fstat` shows as a full buffer.
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let result = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if result > 0 {
                    count += result
                } else if result == 0 {
                    return
                } else if errno != EINTR {
                    failed = true
                    return
                }
            }
        }
        guard !failed else { return .failure(.unreadable) }
        guard bytes.count > expected else { return .success(bytes) }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let result = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if result > 0 {
                bytes.append(contentsOf: chunk[..<result])
            } else if result == 0 {
                return .success(bytes)
            } else if errno != EINTR {
                return .failure(.unreadable)
            }
        }
        return .failure(.tooLarge(limit + 1))
    }
}
