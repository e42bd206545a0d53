/// What shapes the generated Swift, independent of where it is written.
public struct GeneratorOptions: Codable, Hashable, Sendable {
    public var accessLevel: AccessLevel
    /// The module the output is compiled into; named in each file header.
    public var moduleName: String
    /// Put before the name of a type that a module every user file sees already declares
    /// (`calendar` -> `GraphCalendar` beside Foundation's `Calendar`); see ``ReservedTypeNames``.
    public var reservedNamePrefix: String

    public init(accessLevel: AccessLevel = .public, moduleName: String = "GraphModels", reservedNamePrefix: String = "Graph") {
        self.accessLevel = accessLevel
        self.moduleName = moduleName
        self.reservedNamePrefix = reservedNamePrefix
    }

    /// Throws ``GenerationError/invalidModuleName(_:)`` unless the module name can be written as
    /// is in generated code (`import GraphModels`, `GraphModels.User`): an ASCII identifier that is
    /// no keyword, nor a module or type generated code spells out (`Swift`, `Operations`). (SwiftPM target names with other characters are not supported.)
    /// The prefix must start a type name: an ASCII upper-case letter, then letters and digits.
    public func validate() throws(GenerationError) {
        // A module named like a module or type its code spells out would shadow it.
        let shadows = SwiftNaming.reservedTypes.contains(moduleName) || moduleName == "Testing"
        guard Self.isIdentifier(moduleName), !SwiftNaming.keywords.contains(moduleName), !shadows else {
            throw GenerationError.invalidModuleName(moduleName)
        }
        guard Self.isIdentifier(reservedNamePrefix), reservedNamePrefix.first?.isUppercase == true else {
            throw GenerationError.invalidReservedNamePrefix(reservedNamePrefix)
        }
    }

    /// ASCII letters, digits and `_`, not starting with a digit.
    static func isIdentifier(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.first.map { $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) } == true
            && scalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }
}
