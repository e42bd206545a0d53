/// One problem `validate` found: where (a JSON path such as `phones[0].phoneType`), which rule,
/// and a sentence saying what was expected and found.
public struct ValidationIssue: Codable, Hashable, Sendable, CustomStringConvertible {
    /// Where, as a JSON path relative to the validated value (`phones[0].type`; empty for the value itself).
    public var path: String
    /// Which check failed.
    public var rule: ValidationRule
    /// What was expected and what was found.
    public var message: String

    public init(path: String, rule: ValidationRule, message: String) {
        self.path = path
        self.rule = rule
        self.message = message
    }

    public var description: String { "\(path.isEmpty ? "$" : path): [\(rule.rawValue)] \(message)" }
}

/// The kind of check that produced a ``ValidationIssue``; a stable string id.
public struct ValidationRule: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    /// A property the docs require is missing from a request.
    public static let required: ValidationRule = "required"
    /// A read-only property is present in a request.
    public static let readOnly: ValidationRule = "read-only"
    /// An enum value is not one of the documented members.
    public static let enumMember: ValidationRule = "enum-member"
    /// A string is longer than the documented maximum.
    public static let maxLength: ValidationRule = "max-length"
    /// A value is outside the documented numeric range.
    public static let range: ValidationRule = "range"
    /// A string does not match the documented format.
    public static let pattern: ValidationRule = "pattern"
    /// A date, time, duration, GUID or base64 value is malformed.
    public static let format: ValidationRule = "format"
    /// A documented property holds a JSON value of the wrong type (kept, not decoded).
    public static let type: ValidationRule = "type"
}
