import GraphDocIR

/// Two examples on one page with the same annotation name.
public struct DuplicateExampleNameRule: LintRule {
    public init() {}
    public var rule: RuleID { .exampleDuplicateName }
    public var explanation: String {
        """
        An example's annotation `name` pairs the request with its response and names the generated \
        code snippets and tests; two examples with one name on a page pair the wrong blocks and overwrite \
        each other's snippets. Give every example on the page a distinct name.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for site in context.sites {
            var seen: Set<String> = []
            for example in site.examples where !seen.insert(example.name).inserted {
                let at = example.request?.source ?? example.response?.source
                    ?? SourceLocation(file: site.page, line: 1, column: 1)
                findings.append(Diagnostic(
                    rule, "example name '\(example.name)' is used by an earlier example on this page",
                    at: at, subject: example.name))
            }
        }
        return findings
    }
}
