import Foundation

/// Files on disk for links that lead outside the pages that were read, each folder listed once.
struct DiskLookup {
    /// What a path is on disk.
    enum Entry: Equatable {
        case file
        case folder
        /// Only a file or folder whose name differs in letter case exists: its path.
        case otherCase(String)
        case missing
    }

    private var listings: [String: [String]?] = [:]

    mutating func entry(at path: String) -> Entry {
        let folder = LinkPath.folder(of: path)
        let name = LinkPath.lastComponent(path)
        guard let names = listing(of: folder) else { return .missing }
        if names.contains(name) {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            return isFolder.boolValue ? .folder : .file
        }
        let lowered = name.lowercased()
        if let other = names.first(where: { $0.lowercased() == lowered }) {
            return .otherCase(folder.isEmpty ? other : folder + "/" + other)
        }
        return .missing
    }

    private mutating func listing(of folder: String) -> [String]? {
        if let cached = listings[folder] { return cached }
        let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder).sorted()
        listings[folder] = .some(names)
        return names
    }
}
