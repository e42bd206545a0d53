/// The merged IR of all input pages: the public interface dumped by `graphdoc ir --format json`.
///
/// Types, enums and operations are sorted by name, pages by path and diagnostics by location, so
/// the dump is deterministic.
public struct ApiModel: Codable, Hashable, Sendable {
    /// Bumped only when a field is renamed or its meaning changes.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var pages: [PageInfo]
    public var types: [TypeDefinition]
    public var enums: [EnumDefinition]
    public var operations: [Operation]
    public var diagnostics: [Diagnostic]

    public init(
        pages: [PageInfo] = [], types: [TypeDefinition] = [], enums: [EnumDefinition] = [],
        operations: [Operation] = [], diagnostics: [Diagnostic] = []
    ) {
        self.formatVersion = Self.currentFormatVersion
        self.pages = pages
        self.types = types
        self.enums = enums
        self.operations = operations
        self.diagnostics = diagnostics
    }

    public func type(named name: String) -> TypeDefinition? { types.first { $0.name == name } }
    public func enumeration(named name: String) -> EnumDefinition? { enums.first { $0.name == name } }
    public func operation(id: String) -> Operation? { operations.first { $0.id == id } }
}
