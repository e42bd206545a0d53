/// A fixed set of output files that declarations are spread over by a stable hash of their name.
///
/// A SwiftPM build tool plugin must name its output files before the generator runs, when the
/// types a set of pages describes are not known yet. With a shard layout the names depend only on
/// ``count``: `GraphModels+Shard00.swift` … `GraphModels+Shard07.swift`, every one written (with only
/// the header when no declaration falls into it).
public struct ShardLayout: Hashable, Sendable {
    /// The most shards a layout may have (file names have two digits).
    public static let maximumCount = 100
    /// What every shard's file name starts with.
    public static let fileNamePrefix = "GraphModels+Shard"

    /// How many files; between 1 and ``maximumCount``.
    public let count: Int

    /// Fails with a message when `count` is out of range.
    public init(count: Int) throws(GenerationError) {
        guard (1...Self.maximumCount).contains(count) else {
            throw .configInvalid(
                file: "<command line>", line: nil,
                message: "the shard count must be between 1 and \(Self.maximumCount), found \(count)")
        }
        self.count = count
    }

    /// Every file of the layout, in order: `GraphModels+Shard00.swift`, ...
    public var fileNames: [String] { (0..<count).map(fileName(index:)) }

    /// The file name of shard `index`.
    public func fileName(index: Int) -> String {
        let digits = String(index)
        return Self.fileNamePrefix + String(repeating: "0", count: max(0, 2 - digits.count)) + digits + ".swift"
    }

    /// The shard a declaration goes to: the 64-bit FNV-1a hash of `key`'s UTF-8 bytes modulo
    /// ``count``, the same on every machine, run and Swift version (unlike `Hasher`).
    public func index(forKey key: String) -> Int {
        Int(Self.fnv1a(key) % UInt64(count))
    }

    /// 64-bit FNV-1a of `text`'s UTF-8 bytes.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The key a unit is sharded by: its path in the one-file-per-declaration layout without
    /// `.swift` (`Models/ItemPhone`, `Enums/ItemPhone.TypeValue`, `Operations/Operations.AddPhones`),
    /// which names the declaration and its kind.
    public static func key(of unit: RenderUnit) -> String {
        unit.path.hasSuffix(".swift") ? String(unit.path.dropLast(".swift".count)) : unit.path
    }
}
