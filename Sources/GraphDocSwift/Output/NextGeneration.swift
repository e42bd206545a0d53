import Foundation

/// The output a run will leave, decided against what the folder holds now: which files are
/// written, which are carried over untouched (by hard link, keeping inode and modification time)
/// and which of graphdoc's files go away. Deciding writes nothing.
struct NextGeneration: Sendable {
    /// What changes, as the user sees it.
    var plan: OutputWriter.Plan
    /// The bytes of every file to write (added or modified), by relative path.
    var contents: [String: Data]
    /// Files of the current output kept as they are: unchanged generated files and every file
    /// graphdoc does not own.
    var carried: [String]
    /// The manifest the output will hold.
    var manifest: OutputManifest

    /// Decides the next generation of `folder` for `files`.
    ///
    /// Refused (nothing happens) when a file graphdoc does not own is in the way of a generated
    /// one, or when the folder's top level holds anything graphdoc does not own (a folder that is
    /// not an output, such as a project's root); `force` accepts both, overwriting the former.
    init(files: [GeneratedFile], inventory: OutputInventory, folder: OutputFolder, force: Bool) throws(GenerationError) {
        var wanted: [String: Data] = [:]
        for file in files {
            guard OutputManifest.isFolderRelative(file.path), file.path != OutputManifest.fileName else {
                throw .outputRefused(path: folder.path, reason: "the generated path '\(file.path)' does not name a file inside the folder")
            }
            wanted[file.path] = Data(file.contents.utf8)
        }
        let wantedFolders = Set(wanted.keys.flatMap(OutputFolder.ancestors))
        let existingFolders = Set(inventory.directories.map(\.path))
        var plan = OutputWriter.Plan()
        var contents: [String: Data] = [:]
        var carried: [String] = []
        var adopted: Set<String> = []
        for (path, data) in wanted.sorted(by: { $0.key < $1.key }) {
            if existingFolders.contains(path) {
                throw .outputRefused(path: folder.path + "/" + path, reason: "a folder is in the way of a generated file")
            }
            if let blocking = OutputFolder.ancestors(of: path).first(where: { inventory.entries[$0] != nil }) {
                throw .outputRefused(path: folder.path + "/" + blocking, reason: "a file is in the way of the generated folder it should be")
            }
            guard let entry = inventory.entries[path] else {
                plan.added.append(path)
                contents[path] = data
                continue
            }
            guard entry.isRegular else {
                throw .outputRefused(path: folder.path + "/" + path, reason: "a FIFO, socket or device is in the way of a generated file")
            }
            if FileManager.default.contents(atPath: folder.path + "/" + path) == data {
                plan.unchanged.append(path)
                carried.append(path)
                adopted.insert(path)
            } else if entry.isOwned || force {
                plan.modified.append(path)
                contents[path] = data
            } else {
                throw .outputRefused(
                    path: folder.path + "/" + path,
                    reason: "a file graphdoc did not write (not in \(OutputManifest.fileName)) is in the way of a generated file; move it away, or pass --force to overwrite it")
            }
        }
        for (path, entry) in inventory.entries.sorted(by: { $0.key < $1.key }) where wanted[path] == nil {
            if entry.isOwned {
                plan.removed.append(path)
            } else {
                carried.append(path)
            }
        }
        if !force {
            let foreign = Self.foreignTopLevelNames(inventory: inventory, owned: adopted, wantedFolders: wantedFolders)
            if !foreign.isEmpty {
                let shown = foreign.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (foreign.count > 3 ? ", ..." : "")
                throw .outputRefused(
                    path: folder.path,
                    reason: "the folder holds files graphdoc did not write (\(shown)); choose an empty or generated folder, or pass --force (graphdoc keeps them)")
            }
        }
        manifest = OutputManifest(paths: Array(wanted.keys))
        plan.manifestChanged = inventory.manifestData != Data(manifest.text.utf8)
        self.plan = plan
        self.contents = contents
        self.carried = carried
    }

    /// The top-level names of the folder under which it holds files graphdoc does not own and none
    /// it does: the sign of a folder that is not (only) graphdoc's output.
    private static func foreignTopLevelNames(inventory: OutputInventory, owned adopted: Set<String>, wantedFolders: Set<String>) -> [String] {
        var hasOwned: Set<String> = wantedFolders
        var hasForeign: Set<String> = []
        for (path, entry) in inventory.entries {
            let top = String(path.prefix { $0 != "/" })
            if entry.isOwned || adopted.contains(path) {
                hasOwned.insert(top)
            } else {
                hasForeign.insert(top)
            }
        }
        return hasForeign.subtracting(hasOwned).sorted()
    }
}
