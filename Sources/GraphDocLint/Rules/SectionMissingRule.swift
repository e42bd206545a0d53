import GraphDocIR

/// Operation pages need an HTTP request and a response section; resource pages need properties.
public struct SectionMissingRule: LintRule {
    public init() {}
    public var rule: RuleID { .sectionMissing }
    public var explanation: String {
        """
        Each kind of reference page has sections readers and tools rely on: an operation page must have \
        an "HTTP request" section (its routes) and a "Response" section, and a resource page must have a \
        "Properties" section. Sections are recognised by their locale-free key (the heading anchor or \
        the English heading), so translated pages are checked the same way. Add the missing section, or \
        correct the heading if it is misspelt.
        """
    }

    static let required: [PageKind: [String]] = [.operation: ["http-request", "response"], .resource: ["properties"]]

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for facts in context.pages {
            guard let needed = Self.required[facts.page.kind] else { continue }
            let present = Set(facts.sections.map(\.key))
            let anchor = facts.sections.first?.source ?? SourceLocation(file: facts.page.path, line: 1, column: 1)
            for key in needed where !present.contains(key) {
                findings.append(Diagnostic(
                    rule, "\(facts.page.kind.rawValue) page has no '\(key)' section", at: anchor, subject: key))
            }
        }
        return findings
    }
}
