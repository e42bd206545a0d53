/// A reference to a type as the docs state it: a primitive (`String`, `Int32`, `DateTimeOffset`,
/// ...), or a Graph type or enum name (`identitySet`), possibly a collection.
public struct TypeReference: Codable, Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var collection: Bool

    public init(name: String, collection: Bool = false) {
        self.name = name
        self.collection = collection
    }

    /// Whether ``name`` is one of the primitive types of ``PrimitiveType``.
    public var isPrimitive: Bool { PrimitiveType(rawValue: name) != nil }

    public var description: String { collection ? "Collection(\(name))" : name }
}

/// The primitive (Edm) types graphdoc recognises, spelled canonically.
public enum PrimitiveType: String, Codable, Hashable, Sendable, CaseIterable {
    case string = "String"
    case boolean = "Boolean"
    case byte = "Byte"
    case sByte = "SByte"
    case int16 = "Int16"
    case int32 = "Int32"
    case int64 = "Int64"
    case single = "Single"
    case double = "Double"
    case decimal = "Decimal"
    case dateTimeOffset = "DateTimeOffset"
    case date = "Date"
    case timeOfDay = "TimeOfDay"
    case duration = "Duration"
    case guid = "Guid"
    case binary = "Binary"
    case stream = "Stream"
    /// Free-form JSON (`Json` in the docs, `microsoft.graph.Json` in metadata).
    case json = "Json"
}

extension PrimitiveType {
    /// The primitive named `name` in any case (`"@odata.type": "string"`, as some translated pages
    /// write it).
    public init?(anyCase name: String) {
        guard let found = Self.byLowercasedName[name.lowercased()] else { return nil }
        self = found
    }

    private static let byLowercasedName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue.lowercased(), $0) })
}
