import GraphDocIR

/// How primitive type names map to the JSON a valid example holds.
enum PrimitiveTypes {
    /// What JSON a value of a type is written as.
    enum JSONShape: Sendable {
        case string, integer, number, boolean, any
    }

    /// Words pages use in type cells for enums without naming one; they are strings in JSON.
    static let enumWords: Set<String> = ["Enumeration", "enumeration", "Enum", "enum"]

    static func isPrimitiveLike(_ name: String) -> Bool {
        PrimitiveType(rawValue: name) != nil || enumWords.contains(name)
            || PrimitiveType(rawValue: WrittenTypeName.withoutEdmPrefix(TypeIndex.bareName(name))) != nil
    }

    static func shape(of name: String) -> JSONShape? {
        if enumWords.contains(name) { return .string }
        guard let primitive = PrimitiveType(rawValue: WrittenTypeName.withoutEdmPrefix(name)) else {
            return nil
        }
        switch primitive {
        case .string, .dateTimeOffset, .date, .timeOfDay, .duration, .guid, .binary: return .string
        case .byte, .sByte, .int16, .int32, .int64: return .integer
        case .single, .double, .decimal: return .number
        case .boolean: return .boolean
        case .json, .stream: return .any
        }
    }
}
