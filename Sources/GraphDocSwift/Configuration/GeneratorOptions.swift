/// What shapes the generated Swift, independent of where it is written.
public struct GeneratorOptions: Codable, Hashable, Sendable {
    public var accessLevel: AccessLevel
    /// The module the output is compiled into; named in each file header.
    public var moduleName: String

    public init(accessLevel: AccessLevel = .public, moduleName: String = "GraphModels") {
        self.accessLevel = accessLevel
        self.moduleName = moduleName
    }

    /// Throws ``GenerationError/invalidModuleName(_:)`` unless the module name can be written as
    /// is in generated code (`import GraphModels`, `GraphModels.User`): an ASCII identifier that is
    /// no keyword, nor a module or type generated code spells out (`Swift`, `Operations`). (SwiftPM target names with other characters are not supported.)
    public func validate() throws(GenerationError) {
        let scalars = moduleName.unicodeScalars
        let isIdentifier =
            scalars.first.map { $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) } == true
            && scalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
        // A module named like a module or type its code spells out would shadow it.
        let shadows = SwiftNaming.reservedTypes.contains(moduleName) || moduleName == "Testing"
        guard isIdentifier, !SwiftNaming.keywords.contains(moduleName), !shadows else {
            throw GenerationError.invalidModuleName(moduleName)
        }
    }
}
