import GraphDocIR
import GraphModelSupport

/// An example value that is not a documented member of the property's enum.
public struct ExampleEnumValueRule: LintRule {
    public init() {}
    public var rule: RuleID { .exampleEnumValueUnknown }
    public var explanation: String {
        """
        When a property's values are listed (an enum table or "Possible values are: ..."), example \
        values must be among them, spelled exactly: Graph enum members are case-sensitive, so `TextBox` \
        is not `textBox`. Flags enums may combine members with commas. Placeholders are reported by \
        example-placeholder-value instead, and enums known only from examples are not checked. Fix the \
        value, or add the missing member to the documented list.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for visit in context.exampleValues where !visit.isAnnotation {
            guard let enumeration = visit.enumeration, enumeration.origin != .example, !enumeration.members.isEmpty else {
                continue
            }
            let members = Set(enumeration.members.map(\.name))
            let values: [(String, String)]
            switch visit.member.value {
            case .string(let text): values = [(text, "")]
            case .array(let items): values = items.enumerated().compactMap { offset, item in item.stringValue.map { ($0, "[\(offset)]") } }
            default: values = []
            }
            for (text, suffix) in values where PlaceholderValue.classify(text) == nil {
                // Flags enums combine members with commas, and so do properties whose description says
                // values may be combined ("created,updated") without the enum being marked as flags.
                let split = text.split(separator: ",").map { String($0.trimmingHorizontalSpace()) }
                let parts = enumeration.isFlags || (split.count > 1 && split.allSatisfy(members.contains)) ? split : [text]
                for part in parts where !members.contains(part) {
                    let hint = enumeration.members.first { $0.name.lowercased() == part.lowercased() }
                        .map { " (differs in case from '\($0.name)')" } ?? ""
                    let message = visit.message
                    findings.append(Diagnostic(
                        rule,
                        "\(message.role) example '\(message.exampleName)': '\(visit.path)\(suffix)' is \"\(part)\", not a member of \(enumeration.name)\(hint)",
                        at: visit.location, subject: "\(message.exampleName)/\(message.role)/\(visit.path)\(suffix)=\(part)"))
                }
            }
        }
        return findings
    }
}
