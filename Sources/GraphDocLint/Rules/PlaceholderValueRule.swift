import GraphDocIR

/// `"String"`, `"Double"`, `"phoneType-value"` where a number, enum member, date or object belongs.
public struct PlaceholderValueRule: LintRule {
    public init() {}
    public var rule: RuleID { .examplePlaceholderValue }
    public var explanation: String {
        """
        Generated page stubs fill examples with placeholders: the type name (`"String"`, `"Double"`), \
        `"<property>-value"`, `"Display Name value"` or the list of choices (`"a | b | c"`). Where the \
        property is an enum, a number, a boolean, a date or another typed value, such an example cannot \
        be sent to the service, misleads readers and breaks tests generated from it. Free-text String \
        properties are not flagged, since any string is valid there; nor are Binary ones whose text is \
        base64 or base64url (`"Binary"` is), nor type names that are members of the slot's enum \
        (`"String"` among `Boolean, String, Integer`), since they are valid values. Replace the placeholder with a \
        realistic value of the documented type (for an enum, one of its members).
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for visit in context.exampleValues where !visit.isAnnotation {
            for (text, suffix) in Self.strings(in: visit.member.value) {
                guard let kind = PlaceholderValue.classify(text), Self.isTypedSlot(visit, kind: kind, index: context.index),
                      !Self.isWellFormed(text, for: visit) else { continue }
                let expected = Self.expectation(visit)
                findings.append(Diagnostic(
                    rule,
                    "\(visit.message.role) example '\(visit.message.exampleName)' has placeholder \"\(text)\" for '\(visit.path)\(suffix)'\(expected)",
                    at: visit.location, subject: "\(visit.message.exampleName)/\(visit.message.role)/\(visit.path)\(suffix)"))
            }
        }
        return findings
    }

    private static func strings(in value: JSONValue) -> [(String, String)] {
        switch value {
        case .string(let text): [(text, "")]
        case .array(let items): items.enumerated().compactMap { offset, item in item.stringValue.map { ($0, "[\(offset)]") } }
        default: []
        }
    }

    /// Whether the documented type makes a placeholder wrong. Free text (`String` without an enum)
    /// takes any string; an undocumented or example-inferred property only counts for placeholders that
    /// cannot be real text (a non-String type name, `a | b`).
    static func isTypedSlot(_ visit: ExampleValueVisit, kind: PlaceholderValue.Kind, index: TypeIndex? = nil) -> Bool {
        // A key no page documents is example-property-unknown's; the models keep it as it came.
        guard visit.property != nil || visit.owner == nil else { return false }
        guard let property = visit.property, property.origin != .example else {
            switch kind {
            case .typeName(let name): return name != "String"
            case .alternatives: return true
            // `id-value` may be fine free text for all we know of an undocumented property.
            case .dashValue, .wordsValue: return false
            }
        }
        if visit.enumeration != nil || property.enum != nil { return true }
        // A string with a documented format (generated validators check it) takes no free-text placeholder.
        if property.nullable != true, !property.type.collection,
           (property.constraints ?? index.flatMap(visit.documentedConstraints))?.pattern != nil {
            return true
        }
        let name = property.type.name
        if WrittenTypeName.withoutEdmPrefix(name) == "String" { return false }
        return PrimitiveTypes.shape(of: name) != .any
    }

    /// Whether the placeholder is nonetheless a valid value, as validators read it: a member of the
    /// slot's enum, or text of a string-encoded type (`"Binary"` and `"contentBytes-value"` are
    /// base64url). Such a value decodes and validates, so it is no defect the models can see.
    static func isWellFormed(_ text: String, for visit: ExampleValueVisit) -> Bool {
        // A type name that is a member of the slot's enum (`"String"` for a column type) is a value.
        if let members = visit.enumeration?.members, members.contains(where: { $0.name == text }) { return true }
        guard let property = visit.property, visit.enumeration == nil, property.enum == nil else { return false }
        let name = TypeIndex.bareName(property.type.name)
        return name == "Binary" && ValueFormats.conforms(text, to: name)
    }

    private static func expectation(_ visit: ExampleValueVisit) -> String {
        if let enumeration = visit.enumeration, !enumeration.members.isEmpty {
            let names = enumeration.members.prefix(6).map(\.name).joined(separator: ", ")
            return "; expected one of \(names)\(enumeration.members.count > 6 ? ", ..." : "")"
        }
        if let property = visit.property, property.origin != .example { return "; expected a \(property.type) value" }
        return ""
    }
}
