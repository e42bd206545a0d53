import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a ``NextGeneration`` in place as a whole: the complete new folder is built in a staging
/// folder beside the output, then exchanged with the output in one rename, then the old generation
/// is removed. A run killed at any moment leaves the output either fully old or fully new, and
/// the next run removes what it left beside the folder (``removeLeftovers(of:)``).
struct GenerationSwap {
    let folder: OutputFolder
    let inventory: OutputInventory
    /// How two folders are exchanged; tests replace it to take the two-rename path.
    var exchange: (String, String) -> DirectoryExchange.Outcome = DirectoryExchange.exchange

    /// Builds and swaps in `generation`. Unchanged files and files graphdoc does not own are hard
    /// links to the current ones (same inode and modification time: incremental builds see no
    /// change); only added and modified files are written.
    func install(_ generation: NextGeneration) throws(GenerationError) {
        let staging = folder.parent + "/" + folder.stagingPrefix + UUID().uuidString
        do {
            try build(generation, in: staging)
        } catch {
            Self.remove(staging)
            throw error
        }
        guard inventory.exists else {
            // No output yet: one rename of the complete folder.
            if rename(staging, folder.path) != 0 {
                let reason = String(cString: strerror(errno))
                Self.remove(staging)
                throw .outputNotWritable(path: folder.path, reason: reason)
            }
            return
        }
        switch exchange(staging, folder.path) {
        case .exchanged:
            // The staging name now holds the old generation.
            rescueLateFiles(from: staging)
            Self.remove(staging)
        case .failed(let error):
            Self.remove(staging)
            throw .outputNotWritable(path: folder.path, reason: "cannot swap in the new generation: \(String(cString: strerror(error)))")
        case .unsupported:
            try swapByTwoRenames(staging)
        }
    }

    /// Where exchanging is unsupported: the output is renamed aside, then the staging folder into
    /// its place. The name set aside is the recovery record: a run killed between the renames
    /// leaves no output and one old generation, which the next run renames back.
    private func swapByTwoRenames(_ staging: String) throws(GenerationError) {
        let previous = folder.parent + "/" + folder.previousPrefix + UUID().uuidString
        guard rename(folder.path, previous) == 0 else {
            let reason = String(cString: strerror(errno))
            Self.remove(staging)
            throw .outputNotWritable(path: folder.path, reason: "cannot set the old generation aside: \(reason)")
        }
        guard rename(staging, folder.path) == 0 else {
            let reason = String(cString: strerror(errno))
            rename(previous, folder.path)
            Self.remove(staging)
            throw .outputNotWritable(path: folder.path, reason: "cannot swap in the new generation: \(reason)")
        }
        rescueLateFiles(from: previous)
        Self.remove(previous)
    }

    /// Moves into the output the files that appeared in the old generation while this run built the
    /// new one (the lock keeps out graphdoc runs, not editors): a file the inventory did not see is
    /// the user's, and must not go with the old generation. One whose path the new generation also
    /// holds stays where it is and goes.
    func rescueLateFiles(from old: String) {
        var known = Set(inventory.entries.keys)
        known.insert(OutputManifest.fileName)
        var pending = [""]
        while let relative = pending.popLast() {
            let folderPath = relative.isEmpty ? old : old + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folderPath) else { continue }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                guard lstat(old + "/" + child, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    pending.append(child)
                } else if !known.contains(child) {
                    let target = folder.path + "/" + child
                    guard lstat(target, &status) != 0 else { continue }
                    try? FileManager.default.createDirectory(
                        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    rename(old + "/" + child, target)
                }
            }
        }
    }

    /// Writes the complete next generation into `staging`.
    private func build(_ generation: NextGeneration, in staging: String) throws(GenerationError) {
        try makeDirectory(staging)
        // Folders are made writable for the build and given their modes once they are filled.
        var made: [String: mode_t] = ["": inventory.mode]
        let modes = Dictionary(inventory.directories.map { ($0.path, $0.mode) }, uniquingKeysWith: { first, _ in first })
        func makeFolders(_ folders: [String]) throws(GenerationError) {
            for folderPath in folders where made[folderPath] == nil {
                try makeDirectory(staging + "/" + folderPath)
                made[folderPath] = modes[folderPath] ?? 0o755
            }
        }
        // Folders that were empty stay (they are the user's); folders emptied by removing stale
        // generated files go.
        let nonEmpty = Set((Array(inventory.entries.keys) + inventory.directories.map(\.path)).flatMap(OutputFolder.ancestors))
        for directory in inventory.directories where !nonEmpty.contains(directory.path) {
            try makeFolders(OutputFolder.ancestors(of: directory.path) + [directory.path])
        }
        func makeParents(of path: String) throws(GenerationError) { try makeFolders(OutputFolder.ancestors(of: path)) }
        for path in generation.carried {
            try makeParents(of: path)
            try carry(path, into: staging)
        }
        for (path, data) in generation.contents.sorted(by: { $0.key < $1.key }) {
            try makeParents(of: path)
            try write(data, to: staging + "/" + path)
        }
        let manifest = Data(generation.manifest.text.utf8)
        if generation.plan.manifestChanged {
            try write(manifest, to: staging + "/" + OutputManifest.fileName)
        } else {
            try carry(OutputManifest.fileName, into: staging)
        }
        for (folderPath, mode) in made where chmod(folderPath.isEmpty ? staging : staging + "/" + folderPath, mode) != 0 {
            throw .outputNotWritable(path: staging + "/" + folderPath, reason: String(cString: strerror(errno)))
        }
    }

    /// Hard-links the current output's `path` into `staging`; a regular file that cannot be linked
    /// (a file system without links, another user's protected file) is copied with its times.
    private func carry(_ path: String, into staging: String) throws(GenerationError) {
        let source = folder.path + "/" + path
        let target = staging + "/" + path
        if link(source, target) == 0 { return }
        let linkError = errno
        var status = stat()
        guard lstat(source, &status) == 0, status.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: source) else {
            throw .outputNotWritable(path: source, reason: "cannot carry the file into the new generation: \(String(cString: strerror(linkError)))")
        }
        try write(data, to: target, mode: status.st_mode & 0o7777)
        #if canImport(Glibc)
        var times = [status.st_atim, status.st_mtim]
        #else
        var times = [status.st_atimespec, status.st_mtimespec]
        #endif
        utimensat(AT_FDCWD, target, &times, 0)
    }

    private func makeDirectory(_ path: String) throws(GenerationError) {
        guard mkdir(path, 0o700) == 0 else {
            throw .outputNotWritable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Writes a new file; it never replaces anything (staging holds only what this run put there).
    private func write(_ data: Data, to path: String, mode: mode_t = 0o644) throws(GenerationError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw .outputNotWritable(path: path, reason: String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw .outputNotWritable(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    /// Removes what killed runs left beside `folder`: staging folders, and old generations set
    /// aside by the two-rename swap. When the output itself is missing and an old generation is
    /// there, that run died between its renames: the old generation is put back first.
    static func removeLeftovers(of folder: OutputFolder) throws(GenerationError) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.parent) else { return }
        var staging: [String] = []
        var previous: [String] = []
        for name in names.sorted() {
            var status = stat()
            let path = folder.parent + "/" + name
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { continue }
            if name.hasPrefix(folder.stagingPrefix) || isEarlierStagingName(name) {
                staging.append(path)
            } else if name.hasPrefix(folder.previousPrefix) {
                previous.append(path)
            }
        }
        var status = stat()
        if lstat(folder.path, &status) != 0, errno == ENOENT, let restored = previous.first {
            guard rename(restored, folder.path) == 0 else {
                throw .outputNotWritable(path: folder.path, reason: "cannot restore the previous generation from \(restored): \(String(cString: strerror(errno)))")
            }
            previous.removeFirst()
        }
        for path in staging + previous { remove(path) }
    }

    /// graphdoc versions before generation swaps staged changed files in `.graphdoc-staging-<UUID>`
    /// beside the output and leaked them when killed.
    private static func isEarlierStagingName(_ name: String) -> Bool {
        let prefix = ".graphdoc-staging-"
        return name.hasPrefix(prefix) && UUID(uuidString: String(name.dropFirst(prefix.count))) != nil
    }

    /// Removes a folder graphdoc made, without following links; a failure is left to the next run.
    private static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
