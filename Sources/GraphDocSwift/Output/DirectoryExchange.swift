import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Swaps two directory entries of one file system in one step, so that at every moment each name
/// holds either its old or its new folder: Linux `renameat2(…, RENAME_EXCHANGE)`, Darwin
/// `renamex_np(…, RENAME_SWAP)`.
enum DirectoryExchange {
    /// What an exchange did.
    enum Outcome: Equatable {
        case exchanged
        /// The system or the file system cannot exchange; nothing happened.
        case unsupported
        /// It failed with this `errno`; nothing happened.
        case failed(Int32)
    }

    /// Exchanges the entries `first` and `second`.
    static func exchange(_ first: String, _ second: String) -> Outcome {
        #if canImport(Glibc)
        // Glibc's headers declare renameat2 only for _GNU_SOURCE, which Swift's Glibc module
        // does not see; the symbol is looked up instead (absent before glibc 2.28: unsupported).
        guard let address = renameat2Address, let function = UnsafeRawPointer(bitPattern: address) else { return .unsupported }
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        let renameat2 = unsafeBitCast(function, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
        let result = renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag)
        #elseif canImport(Darwin)
        let result = renamex_np(first, second, UInt32(RENAME_SWAP))
        #else
        let result: Int32 = -1
        errno = ENOSYS
        #endif
        if result == 0 { return .exchanged }
        let error = errno
        return [EINVAL, ENOSYS, ENOTSUP, EOPNOTSUPP].contains(error) ? .unsupported : .failed(error)
    }

    #if canImport(Glibc)
    /// renameat2's address in the running C library, as a bit pattern (a pointer is not Sendable).
    private static let renameat2Address: UInt? = dlsym(nil, "renameat2").map { UInt(bitPattern: $0) }
    #endif
}
