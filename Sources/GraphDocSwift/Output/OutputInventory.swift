import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an output folder holds before a run, read without following any link: its folders, its
/// files and which of them graphdoc owns (see ``OutputManifest``).
struct OutputInventory: Sendable {
    /// One file (anything but a folder) in the output folder.
    struct Entry: Hashable, Sendable {
        /// A regular file; otherwise a FIFO, socket or device, which is never read.
        var isRegular: Bool
        /// Listed in the manifest, or adopted from a folder without one.
        var isOwned: Bool
    }

    /// Whether the output folder exists at all.
    var exists = false
    /// The folder's own permissions, kept by the next generation.
    var mode: mode_t = 0o755
    /// Every folder below the output, relative, parents before children, with its permissions.
    var directories: [(path: String, mode: mode_t)] = []
    /// Every file below the output except the manifest, by relative path.
    var entries: [String: Entry] = [:]
    /// The manifest's bytes, when the folder has one.
    var manifestData: Data?

    /// Reads `folder`. A symbolic link anywhere inside, or a manifest that is not one, is refused:
    /// graphdoc writes nothing through a link and guesses nothing about ownership.
    static func scan(_ folder: OutputFolder) throws(GenerationError) -> OutputInventory {
        var inventory = OutputInventory()
        var status = stat()
        guard lstat(folder.path, &status) == 0 else {
            if errno == ENOENT { return inventory }
            throw .outputNotWritable(path: folder.path, reason: String(cString: strerror(errno)))
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw .outputRefused(path: folder.path, reason: "a file, not a folder, is in the way")
        }
        inventory.exists = true
        inventory.mode = status.st_mode & 0o7777
        var pending = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? folder.path : folder.path + "/" + relative
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: absolute).sorted()
            } catch {
                throw .outputNotWritable(path: absolute, reason: "the folder cannot be listed")
            }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                let path = folder.path + "/" + child
                guard lstat(path, &status) == 0 else { throw .outputNotWritable(path: path, reason: String(cString: strerror(errno))) }
                switch status.st_mode & S_IFMT {
                case S_IFLNK:
                    throw .outputRefused(
                        path: path,
                        reason: "it is a symbolic link inside the output folder; graphdoc writes nothing through a link (remove it, or choose another folder)")
                case S_IFDIR:
                    inventory.directories.append((child, status.st_mode & 0o7777))
                    pending.append(child)
                case S_IFREG where child == OutputManifest.fileName:
                    inventory.manifestData = FileManager.default.contents(atPath: path)
                default:
                    guard child != OutputManifest.fileName else {
                        throw .outputRefused(path: path, reason: "the manifest is not a regular file")
                    }
                    inventory.entries[child] = Entry(isRegular: status.st_mode & S_IFMT == S_IFREG, isOwned: false)
                }
            }
        }
        inventory.directories.sort { $0.path < $1.path }
        try inventory.markOwnedFiles(in: folder)
        return inventory
    }

    /// Marks the files the manifest lists, or, without a manifest, the files in graphdoc's layout
    /// that start with its header (``OutputManifest/isInLegacyLayout(_:)``).
    private mutating func markOwnedFiles(in folder: OutputFolder) throws(GenerationError) {
        if let manifestData {
            guard let manifest = OutputManifest(text: String(decoding: manifestData, as: UTF8.self)) else {
                throw .outputRefused(
                    path: folder.path + "/" + OutputManifest.fileName,
                    reason: "expected a graphdoc manifest, found a file whose first line is not \"\(OutputManifest.firstLine)\"")
            }
            for path in manifest.paths where entries[path]?.isRegular == true {
                entries[path]?.isOwned = true
            }
            return
        }
        let header = Data(GeneratedFile.headerLine.utf8)
        for (path, entry) in entries where entry.isRegular && OutputManifest.isInLegacyLayout(path) {
            if Self.prefix(ofFileAt: folder.path + "/" + path, count: header.count) == header {
                entries[path]?.isOwned = true
            }
        }
    }

    /// The first `count` bytes of a regular file, never following a link.
    private static func prefix(ofFileAt path: String, count: Int) -> Data? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        return try? handle.read(upToCount: count)
    }
}
