import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes generated files into an output folder it owns only partly: it replaces or removes only
/// the files its manifest lists (``OutputManifest``), and swaps the new generation in as a whole
/// (``GenerationSwap``), so the folder is at every moment the old or the new generation.
///
/// Only files whose bytes change are written; the others keep their inode and modification time.
/// It refuses (``GenerationError/outputRefused(path:reason:)``) the filesystem root and the home
/// folder, a folder with a symbolic link inside, and, unless `force`, a folder whose top level holds
/// files it did not write or a file it did not write in the way of a generated one.
public struct OutputWriter: Sendable {
    /// What a run does (or, with `--check`, would do) to the output folder, paths relative to it.
    public struct Plan: Hashable, Sendable {
        /// New files.
        public var added: [String] = []
        /// Existing files whose bytes change.
        public var modified: [String] = []
        /// Generated files (listed in the manifest) that no longer correspond to anything.
        public var removed: [String] = []
        public var unchanged: [String] = []
        /// Whether the manifest (``OutputManifest``) is written anew: missing, or listing other files.
        public var manifestChanged = false

        /// Every path that would change, sorted (the manifest among them when it changes).
        public var changes: [String] {
            (added + modified + removed + (manifestChanged ? [OutputManifest.fileName] : [])).sorted()
        }
        public var isClean: Bool { changes.isEmpty }
    }

    public let outputDirectory: String
    /// Accept a folder holding files graphdoc did not write, and overwrite such a file where a
    /// generated one goes (the root and the home folder stay refused).
    public let force: Bool

    public init(outputDirectory: String, force: Bool = false) {
        self.outputDirectory = outputDirectory
        self.force = force
    }

    /// Compares `files` with the folder's content without writing anything; refuses what
    /// ``write(_:)`` would refuse.
    public func plan(_ files: [GeneratedFile]) throws -> Plan {
        let folder = try OutputFolder(outputDirectory)
        return try NextGeneration(files: files, inventory: try OutputInventory.scan(folder), folder: folder, force: force).plan
    }

    /// Writes `files` as the folder's next generation. Runs into one folder take turns (a lock
    /// beside it); what killed runs left beside the folder is cleaned up first. A failure at any
    /// point leaves the output as it was.
    @discardableResult
    public func write(_ files: [GeneratedFile]) throws -> Plan {
        let folder = try OutputFolder(outputDirectory)
        try Self.makeParent(of: folder)
        return try OutputLock.holding(folder) {
            try GenerationSwap.removeLeftovers(of: folder)
            let inventory = try OutputInventory.scan(folder)
            // A read-only output folder is the user's way of saying "do not touch".
            if inventory.exists, access(folder.path, W_OK) != 0 {
                throw GenerationError.outputNotWritable(path: folder.path, reason: "permission denied")
            }
            let generation = try NextGeneration(files: files, inventory: inventory, folder: folder, force: force)
            if !inventory.exists || !generation.plan.isClean {
                try GenerationSwap(folder: folder, inventory: inventory).install(generation)
            }
            return generation.plan
        }
    }

    /// Creates the folder the output goes in, where the lock and the staging folder are made.
    private static func makeParent(of folder: OutputFolder) throws(GenerationError) {
        do {
            try FileManager.default.createDirectory(atPath: folder.parent, withIntermediateDirectories: true)
        } catch {
            throw .outputNotWritable(path: folder.parent, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        guard access(folder.parent, W_OK) == 0 else {
            throw .outputNotWritable(path: folder.parent, reason: "permission denied (graphdoc stages the new output beside the folder)")
        }
    }
}
