#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with `open`/`read` straight into the byte array the parser keeps, without
/// Foundation's `Data` in between (one copy and one allocation fewer per page).
enum FileBytes {
    /// The file's bytes, or nil when it cannot be opened or read (missing, a folder, no permission).
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { return nil }
        let expected = max(Int(status.st_size), 0)
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
        guard !failed else { return nil }
        guard bytes.count > expected else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let result = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if result > 0 {
                bytes.append(contentsOf: chunk[..<result])
            } else if result == 0 {
                return bytes
            } else if errno != EINTR {
                return nil
            }
        }
    }
}
