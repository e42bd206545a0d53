import Foundation

/// Collects the issues of one value; generated `validate(context:)` methods are a list of calls to it.
public struct Validator: Sendable {
    /// Which request-only rules apply: required in a request, read-only in a request or an update.
    public let context: ValidationContext
    /// The issues found so far, in the order the checks ran.
    public private(set) var issues: [ValidationIssue] = []

    public init(context: ValidationContext) { self.context = context }

    /// Records an issue at `key`.
    public mutating func report(_ key: String, _ rule: ValidationRule, _ message: String) {
        issues.append(ValidationIssue(path: key, rule: rule, message: message))
    }

    /// In a request, `value` must be present.
    public mutating func required<T>(_ value: T?, _ key: String) {
        guard context.checksRequired, value == nil else { return }
        report(key, .required, "\(key) is required in a request")
    }

    /// At the top of a request or an update, `value` must be absent (the service sets it).
    public mutating func readOnly<T>(_ value: T?, _ key: String) {
        guard context.checksReadOnly, value != nil else { return }
        report(key, .readOnly, "\(key) is read-only and must not be sent")
    }

    /// Checks the whole body of a request or response in this context (it is the top level, not a
    /// nested value), with its issues at their own paths.
    public mutating func body<T: Validatable>(_ value: T) {
        issues += value.validate(context: context)
    }

    /// Checks a nested value (model, enum, date, array of them) in the ``ValidationContext/member``
    /// context and files its issues under `key`.
    public mutating func nested<T: Validatable>(_ value: T?, _ key: String) {
        guard let value else { return }
        issues += value.validate(context: context.member).map { $0.prefixed(with: key) }
    }

    /// At most `limit` characters.
    public mutating func maxLength(_ value: String?, _ limit: Int, _ key: String) {
        guard let value, value.count > limit else { return }
        report(key, .maxLength, "expected at most \(limit) characters, found \(value.count)")
    }

    /// Within `minimum...maximum` (either bound optional).
    public mutating func range<T: BinaryInteger>(_ value: T?, minimum: Double?, maximum: Double?, _ key: String) {
        guard let value else { return }
        range(Double(value), minimum: minimum, maximum: maximum, key)
    }

    /// Within `minimum...maximum` (either bound optional).
    public mutating func range(_ value: Double?, minimum: Double?, maximum: Double?, _ key: String) {
        guard let value else { return }
        if let minimum, value < minimum { report(key, .range, "expected at least \(Self.numberText(minimum)), found \(Self.numberText(value))") }
        if let maximum, value > maximum { report(key, .range, "expected at most \(Self.numberText(maximum)), found \(Self.numberText(value))") }
    }

    /// `4`, not `4.0`: the docs state whole-number limits, and most values checked are integers.
    public static func numberText(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// The whole string matches the regular expression `pattern`.
    public mutating func pattern(_ value: String?, _ pattern: String, _ key: String) {
        guard let value, !Self.matches(value, pattern) else { return }
        report(key, .pattern, "expected the format /\(pattern)/, found \"\(value)\"")
    }

    /// Known keys kept in `additionalProperties` with a non-null value did not decode into their
    /// property: they have the wrong JSON type.
    public mutating func wrongTypes(_ additionalProperties: [String: JSONValue], known: Set<String>) {
        for key in additionalProperties.keys.sorted() where known.contains(key) && additionalProperties[key] != .null {
            report(key, .type, "\(key) holds a value of the wrong JSON type")
        }
    }

    /// Whole-string match; an invalid pattern matches nothing, so it shows up as an issue.
    public static func matches(_ value: String, _ pattern: String) -> Bool {
        guard let range = value.range(of: "^(?:" + pattern + ")$", options: .regularExpression) else { return false }
        return range == value.startIndex..<value.endIndex
    }
}
