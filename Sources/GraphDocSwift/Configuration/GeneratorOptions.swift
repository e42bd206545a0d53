/// What shapes the generated Swift, independent of where it is written.
public struct GeneratorOptions: Codable, Hashable, Sendable {
    public var accessLevel: AccessLevel
    /// The module the output is compiled into; named in each file header.
    public var moduleName: String

    public init(accessLevel: AccessLevel = .public, moduleName: String = "GraphModels") {
        self.accessLevel = accessLevel
        self.moduleName = moduleName
    }
}
