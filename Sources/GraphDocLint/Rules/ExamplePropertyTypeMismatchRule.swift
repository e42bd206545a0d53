import GraphDocIR

/// A JSON value whose kind or format is not what the documented property type needs.
public struct ExamplePropertyTypeMismatchRule: LintRule {
    public init() {}
    public var rule: RuleID { .examplePropertyTypeMismatch }
    public var explanation: String {
        """
        An example value must be written the way the documented type is serialised in JSON: strings for \
        String, Guid, dates and enums; integers for Int16/Int32/Int64; numbers for Double, Single and \
        Decimal; `true`/`false` for Boolean; objects for complex and entity types; arrays for \
        collections. Guid, Date and DateTimeOffset strings must also have their ISO/RFC format. `null` is \
        always accepted (nullability is rarely documented). Properties whose type was only inferred from \
        examples, and placeholders (see example-placeholder-value), are not checked here. Correct the \
        value, or the documented type if the example shows what the service really returns.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for visit in context.exampleValues where !visit.isAnnotation {
            guard let property = visit.property, property.origin != .example else { continue }
            let problems = Self.problems(visit.member.value, type: property.type, visit: visit, index: context.index)
            for (problem, suffix) in problems {
                let message = visit.message
                findings.append(Diagnostic(
                    rule,
                    "\(message.role) example '\(message.exampleName)': '\(visit.path)\(suffix)' should be \(problem)",
                    at: visit.location, subject: "\(message.exampleName)/\(message.role)/\(visit.path)\(suffix)"))
            }
        }
        return findings
    }

    /// What is wrong with `value` for `type`, as "<expected>, found <actual>" texts with their path suffixes.
    static func problems(_ value: JSONValue, type: TypeReference, visit: ExampleValueVisit, index: TypeIndex) -> [(String, String)] {
        if case .null = value { return [] }
        if type.collection {
            guard case .array(let items) = value else { return [("an array of \(type.name), found \(kind(value))", "")] }
            let element = TypeReference(name: type.name)
            return items.enumerated().flatMap { offset, item in
                problems(item, type: element, visit: visit, index: index).map { ($0.0, "[\(offset)]" + $0.1) }
            }
        }
        if case .array = value, PrimitiveTypes.shape(of: type.name) != .any {
            return [("a single \(type.name), found an array", "")]
        }
        if let text = value.stringValue, PlaceholderValue.classify(text) != nil { return [] }
        if visit.enumeration != nil || index.enumeration(named: type.name) != nil && index.type(named: type.name) == nil {
            return value.stringValue == nil ? [("an enum member string, found \(kind(value))", "")] : []
        }
        if let shape = PrimitiveTypes.shape(of: type.name) {
            if let problem = check(value, shape: shape, typeName: TypeIndex.bareName(type.name)) { return [(problem, "")] }
            // The limits the docs state for the property itself (what generated validators check).
            guard let property = visit.property, !property.type.collection, property.nullable != true,
                  let constraints = visit.documentedConstraints(index)
            else { return [] }
            return constraintProblem(value, constraints).map { [($0, "")] } ?? []
        }
        if index.type(named: type.name) != nil, value.objectMembers == nil {
            return [("a \(type.name) object, found \(kind(value))", "")]
        }
        return []
    }

    private static func check(_ value: JSONValue, shape: PrimitiveTypes.JSONShape, typeName: String) -> String? {
        switch (shape, value) {
        case (.any, _): return nil
        case (.string, .string(let text)):
            return ValueFormats.conforms(text, to: typeName) ? nil : "a \(typeName) string, found \"\(text)\""
        case (.integer, .number(let text)):
            return text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? "an integer (\(typeName)), found \(text)" : nil
        case (.number, .number): return nil
        case (.number, .string(let text)) where ["NaN", "INF", "-INF"].contains(text) || typeName == "Decimal": return nil
        case (.boolean, .bool): return nil
        default: return "\(shape == .integer ? "an integer" : "a") \(typeName), found \(kind(value))"
        }
    }

    /// A documented pattern, maximum length or range the value breaks.
    static func constraintProblem(_ value: JSONValue, _ constraints: PropertyConstraints) -> String? {
        switch value {
        case .string(let text):
            if let pattern = constraints.pattern, !ValueFormats.matches(text, pattern: pattern) {
                return "a string of the format /\(pattern)/, found \"\(text)\""
            }
            if let limit = constraints.maxLength, text.count > limit {
                return "at most \(limit) characters, found \(text.count)"
            }
        case .number(let text):
            guard let number = Double(text) else { return nil }
            if let minimum = constraints.minimum, number < minimum { return "at least \(ValueFormats.limit(minimum)), found \(text)" }
            if let maximum = constraints.maximum, number > maximum { return "at most \(ValueFormats.limit(maximum)), found \(text)" }
        default:
            break
        }
        return nil
    }

    static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "boolean \(flag)"
        case .number(let text): "number \(text)"
        case .string(let text): "string \"\(text.count > 40 ? String(text.prefix(40)) + "..." : text)\""
        case .array: "an array"
        case .object: "an object"
        }
    }
}
