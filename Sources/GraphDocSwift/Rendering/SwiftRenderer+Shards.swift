import Foundation

extension SwiftRenderer {
    /// The imports of every shard: the union of what the per-declaration files import.
    static let shardImports = ["Foundation", "GraphModelSupport"]

    /// Exactly one file per shard of `layout`, in shard order. Each holds one header and the
    /// declarations whose ``ShardLayout/key(of:)`` hashes to it, sorted by key and rendered by the same
    /// templates as in the one-file-per-declaration layout; a shard nothing hashes to has only the header.
    public func render(_ units: [RenderUnit], into layout: ShardLayout) -> [GeneratedFile] {
        let headerless = units.map { unit in
            var unit = unit
            unit.header = false
            return unit
        }
        let bodies = render(headerless)
        var members = Array(repeating: [(key: String, text: String)](), count: layout.count)
        for (unit, body) in zip(units, bodies) {
            let key = ShardLayout.key(of: unit)
            members[layout.index(forKey: key)].append((key, body.contents))
        }
        let header = FileHeaderViewModel(
            headerLine: GeneratedFile.headerLine, moduleName: options.moduleName, imports: Self.shardImports)
        let headerText = templates.render(header, template: "file-header")
        return members.enumerated().map { index, declarations in
            let body = declarations.sorted { $0.key < $1.key }.map(\.text).joined(separator: "\n")
            return GeneratedFile(path: layout.fileName(index: index), contents: SwiftLayout.format(headerText + "\n" + body))
        }
    }
}
