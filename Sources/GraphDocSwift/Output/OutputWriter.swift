import Foundation

/// Writes generated files into an output folder: only files whose bytes change, removing stale
/// generated files, and leaving the folder untouched when anything fails before the move.
public struct OutputWriter: Sendable {
    /// What a run does (or, with `--check`, would do) to the output folder, paths relative to it.
    public struct Plan: Hashable, Sendable {
        /// New files.
        public var added: [String] = []
        /// Existing files whose bytes change.
        public var modified: [String] = []
        /// Generated files (recognised by their header) that no longer correspond to anything.
        public var removed: [String] = []
        public var unchanged: [String] = []

        /// Every path that would change, sorted.
        public var changes: [String] { (added + modified + removed).sorted() }
        public var isClean: Bool { changes.isEmpty }
    }

    public let outputDirectory: String

    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
    }

    /// Compares `files` with the folder's content without writing anything.
    public func plan(_ files: [GeneratedFile]) throws -> Plan {
        var plan = Plan()
        let fm = FileManager.default
        for file in files.sorted(by: { $0.path < $1.path }) {
            let url = URL(fileURLWithPath: outputDirectory).appendingPathComponent(file.path)
            if let existing = fm.contents(atPath: url.path) {
                if existing == Data(file.contents.utf8) {
                    plan.unchanged.append(file.path)
                } else {
                    plan.modified.append(file.path)
                }
            } else {
                plan.added.append(file.path)
            }
        }
        let wanted = Set(files.map(\.path))
        plan.removed = existingGeneratedFiles().filter { !wanted.contains($0) }
        return plan
    }

    /// Writes `files`: changed ones go to a temporary folder beside the output first and are then
    /// moved into place, so a failure while writing leaves the output as it was.
    @discardableResult
    public func write(_ files: [GeneratedFile]) throws -> Plan {
        let fm = FileManager.default
        let output = URL(fileURLWithPath: outputDirectory)
        try ensureWritableDirectory(output)
        let plan = try plan(files)
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        let toWrite = plan.added + plan.modified
        if !toWrite.isEmpty {
            // Beside the output folder, so the final moves are renames within one file system.
            let staging = output.deletingLastPathComponent()
                .appendingPathComponent(".graphdoc-staging-\(UUID().uuidString)")
            defer { try? fm.removeItem(at: staging) }
            do {
                for path in toWrite {
                    let url = staging.appendingPathComponent(path)
                    try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(byPath[path]!.contents.utf8).write(to: url)
                }
            } catch {
                throw GenerationError.outputNotWritable(path: staging.path, reason: "\(error.localizedDescription)")
            }
            for path in toWrite {
                let target = output.appendingPathComponent(path)
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                // rename(2) replaces an existing file atomically; FileManager.replaceItemAt on Linux
                // can remove the target and then fail, losing it.
                let source = staging.appendingPathComponent(path)
                if rename(source.path, target.path) != 0 {
                    let reason = String(cString: strerror(errno))
                    throw GenerationError.outputNotWritable(path: target.path, reason: reason)
                }
            }
        }
        for path in plan.removed {
            try fm.removeItem(at: output.appendingPathComponent(path))
        }
        return plan
    }

    /// Creates the folder if needed and checks it can be written, before anything is touched.
    private func ensureWritableDirectory(_ url: URL) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw GenerationError.outputNotWritable(path: url.path, reason: "a file, not a folder, is in the way")
            }
        } else {
            do {
                try fm.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw GenerationError.outputNotWritable(path: url.path, reason: error.localizedDescription)
            }
        }
        let parent = url.deletingLastPathComponent().path
        guard fm.isWritableFile(atPath: url.path), fm.isWritableFile(atPath: parent) else {
            throw GenerationError.outputNotWritable(path: url.path, reason: "permission denied")
        }
    }

    /// Relative paths of the `.swift` files under the output folder that graphdoc generated.
    func existingGeneratedFiles() -> [String] {
        let root = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var result: [String] = []
        let header = Data(GeneratedFile.headerLine.utf8)
        for case let relative as String in enumerator where relative.hasSuffix(".swift") {
            let path = root.appendingPathComponent(relative).path
            guard let handle = FileHandle(forReadingAtPath: path) else { continue }
            let prefix = handle.readData(ofLength: header.count)
            try? handle.close()
            if prefix == header { result.append(relative) }
        }
        return result.sorted()
    }
}
