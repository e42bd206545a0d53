import GraphDocIR

/// Operation pages need an HTTP request and a response section; resource pages need properties.
public struct SectionMissingRule: LintRule {
    public init() {}
    public var rule: RuleID { .sectionMissing }
    public var explanation: String {
        """
        Each kind of reference page has sections readers and tools rely on: an operation page must have \
        an "HTTP request" section (its routes) and a "Response" section, and a resource page must have a \
        "Properties" section (or, for a type with only navigation properties, "Relationships"; an empty \
        type may show just its JSON representation). Sections are recognised by their locale-free key (the heading anchor or \
        the English heading), so translated pages are checked the same way. Add the missing section, or \
        correct the heading if it is misspelt.
        """
    }

    static let required: [PageKind: [String]] = [.operation: ["http-request", "response"], .resource: ["properties"]]
    /// Sections that only the other kind of page has: when a page has one, its kind is in doubt and
    /// the rule does not judge it (a resource page read as an operation, or the reverse).
    static let contradicting: [PageKind: Set<String>] = [
        .operation: ["properties", "relationships", "json-representation"],
        .resource: ["http-request", "request-body", "request-headers", "permissions"],
    ]

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for facts in context.pages {
            guard let needed = Self.required[facts.page.kind] else { continue }
            let keys = facts.sections.map(\.key)
            if let contradicting = Self.contradicting[facts.page.kind], keys.contains(where: contradicting.contains) { continue }
            // A type with only navigation properties has Relationships and no Properties, and an empty or
            // abstract type (`mediaConfig`) may show only its JSON representation: both are complete.
            if facts.page.kind == .resource, keys.contains("relationships")
                || (keys.contains("json-representation") && !facts.types.isEmpty && facts.types.allSatisfy { $0.properties.isEmpty }) {
                continue
            }
            let anchor = facts.sections.first?.source ?? SourceLocation(file: facts.page.path, line: 1, column: 1)
            // "HTTP requests" and "HTTP request (to upload a new file)" are the section under another title;
            // when extraction could not key such a heading, its (English) title still tells.
            let titles = facts.sections.map { $0.title.lowercased() }
            for key in needed where !keys.contains(where: { $0 == key || $0 == key + "s" || $0.hasPrefix(key + "-") })
                && !titles.contains(where: { $0.hasPrefix(key.replacingOccurrences(of: "-", with: " ")) }) {
                findings.append(Diagnostic(
                    rule, "\(facts.page.kind.rawValue) page has no '\(key)' section", at: anchor, subject: key))
            }
        }
        return findings
    }
}
