import GraphModelSupport

/// Format checks for string-serialised primitives: the runtime's own checks, so that lint predicts
/// exactly what generated validators report.
enum ValueFormats {
    /// A stated limit as generated validators write it: `4`, not `4.0`.
    static func limit(_ value: Double) -> String {
        Validator.numberText(value)
    }

    /// Whether the whole of `text` matches the regular expression `pattern` (an invalid pattern
    /// matches nothing).
    static func matches(_ text: String, pattern: String) -> Bool {
        Validator.matches(text, pattern)
    }

    /// Whether `text` is well formed for the primitive `typeName`, by the runtime's own value types,
    /// so that lint predicts exactly the format issues generated validators report.
    static func conforms(_ text: String, to typeName: String) -> Bool {
        switch typeName {
        case "Guid": GraphGuid(text: text).isValid
        case "Date": GraphDate(text: text).isValid
        case "DateTimeOffset": DateTimeOffset(text: text).isValid
        case "TimeOfDay": TimeOfDay(text: text).isValid
        case "Duration": GraphDuration(text: text).isValid
        case "Binary": Base64Data(text: text).isValid
        default: true
        }
    }

    static func isGuid(_ text: String) -> Bool { GraphGuid(text: text).isValid }
}
