#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the `*.md` files below a folder with `opendir`/`readdir`.
///
/// The Graph reference has tens of thousands of pages in a few hundred folders; Foundation's
/// directory enumerator costs several times what the kernel does for them, and the listing runs
/// before any page can be parsed. Symbolic links are listed as files when their name ends in `.md`
/// and never descended, so a link cycle cannot make the walk endless.
enum MarkdownFileFinder {
    /// What a folder walk found.
    struct Listing: Equatable {
        /// Paths relative to the root, in `String` order.
        var files: [String] = []
        /// Subfolders (relative paths) that could not be opened.
        var unreadableFolders: [String] = []
    }

    /// The `*.md` files (any case of the extension) below `root`, or nil when `root` cannot be opened.
    static func markdownFiles(under root: String) -> Listing? {
        guard let directory = opendir(root) else { return nil }
        var listing = Listing()
        walk(directory, path: root, relative: "", into: &listing)
        listing.files.sort()
        listing.unreadableFolders.sort()
        return listing
    }

    private static func walk(_ directory: OpaquePointer, path: String, relative: String, into listing: inout Listing) {
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let childPath = path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            if isFolder(type: entry.pointee.d_type, path: childPath) {
                guard let child = opendir(childPath) else {
                    listing.unreadableFolders.append(childRelative)
                    continue
                }
                walk(child, path: childPath, relative: childRelative, into: &listing)
            } else if hasMarkdownExtension(name) {
                listing.files.append(childRelative)
            }
        }
    }

    /// Whether an entry is a real folder (not a link to one); file systems that do not fill in the
    /// entry type are asked with `lstat`.
    private static func isFolder(type: UInt8, path: String) -> Bool {
        if type == UInt8(DT_DIR) { return true }
        guard type == UInt8(DT_UNKNOWN) else { return false }
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        return status.st_mode & S_IFMT == S_IFDIR
    }

    static func hasMarkdownExtension(_ name: String) -> Bool {
        let tail = Array(name.utf8.suffix(3))
        return tail.count == 3 && tail[0] == UInt8(ascii: ".")
            && (tail[1] == UInt8(ascii: "m") || tail[1] == UInt8(ascii: "M"))
            && (tail[2] == UInt8(ascii: "d") || tail[2] == UInt8(ascii: "D"))
    }
}
