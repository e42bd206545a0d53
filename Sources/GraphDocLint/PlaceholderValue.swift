import GraphDocIR
import GraphModelSupport

/// Recognises the stand-in values generated and copied pages put where real values belong.
enum PlaceholderValue {
    enum Kind: Sendable, Equatable {
        /// A type name as a value: `"String"`, `"Double"`, `"DateTimeOffset"`, `"String (timestamp)"`.
        case typeName(String)
        /// `"phoneType-value"`, `"<enum>-value"`.
        case dashValue
        /// `"Phone Number value"`: generated from a property name.
        case wordsValue
        /// `"notRecording | recording | failed"`: the choices instead of one of them.
        case alternatives
    }

    private static let typeNames: Set<String> = Set(PrimitiveType.allCases.map(\.rawValue)).union([
        "String (timestamp)", "Enumeration", "enum", "Int", "Integer", "Number", "Bool", "Datetime", "Timestamp",
    ])

    static func classify(_ value: String) -> Kind? {
        let trimmed = String(value.trimmingHorizontalSpace())
        let unprefixed = WrittenTypeName.withoutEdmPrefix(trimmed)
        if typeNames.contains(unprefixed) { return .typeName(unprefixed) }
        if trimmed.hasSuffix("-value"), trimmed.count > 6, !trimmed.contains(" ") { return .dashValue }
        if trimmed.hasSuffix(" value"), let first = trimmed.unicodeScalars.first,
           first.properties.isUppercase, trimmed.count > 6 {
            return .wordsValue
        }
        if trimmed.contains(" | "),
           trimmed.split(separator: "|").allSatisfy({ $0.trimmingHorizontalSpace().allSatisfy { $0.isLetter || $0.isNumber } }) {
            return .alternatives
        }
        return nil
    }
}
