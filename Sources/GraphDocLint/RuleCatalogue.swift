import GraphDocIR

/// Every rule graphdoc can report, with its explanation: the lint rules that run over the IR and the
/// rules extraction reports while reading pages (which lint passes through).
public enum RuleCatalogue {
    /// Who reports a rule's findings.
    public enum Checker: String, Sendable, Codable {
        /// Extraction, while reading a page; lint passes the findings through.
        case extraction
        /// A lint rule over the IR.
        case lint
        /// Both: extraction reports what it sees while reading, lint re-checks the IR.
        case both
    }

    /// One catalogue entry.
    public struct Entry: Sendable {
        public var rule: RuleID
        public var explanation: String
        public var checker: Checker
        /// A few lines of a page that the rule reports, and the same lines fixed.
        public var badExample: String { RuleExamples.byRule[rule.id]?.bad ?? "" }
        public var goodExample: String { RuleExamples.byRule[rule.id]?.good ?? "" }
    }

    /// The rules lint runs, in catalogue order.
    public static let lintRules: [any LintRule] = [
        SectionMissingRule(), DuplicateExampleNameRule(), ResponseWithoutRequestRule(),
        ExamplePropertyUnknownRule(), ExamplePropertyTypeMismatchRule(), PlaceholderValueRule(), ExampleEnumValueRule(),
        ExampleReadOnlyPropertyRule(), ExampleRequiredPropertyRule(), ExampleODataTypeUnknownRule(), ExampleODataTypeMismatchRule(), ExampleStatusMismatchRule(),
        ExampleResponseNotCollectionRule(),
        RouteMalformedRule(), RouteExampleRootRule(), RouteExampleVersionRule(), RouteExampleUnmatchedRule(), RouteExampleMethodMismatchRule(),
        RouteLiteralKeyRule(), RouteRelativePathRule(), RouteRefWithObjectBodyRule(), ParameterNotInRouteRule(),
        TypeUndefinedRule(), PropertyConflictRule(), EnumMembersDifferRule(),
        MetadataTypeMissingRule(), MetadataBaseTypeMismatchRule(), MetadataPropertyMissingRule(),
        MetadataPropertyUndocumentedRule(), MetadataPropertyTypeMismatchRule(), MetadataEnumMemberMismatchRule(),
        MetadataRouteUnresolvedRule(), MetadataRouteTypeMismatchRule(),
        LinkPageMissingRule(), LinkPageBrokenRule(), LinkAnchorMissingRule(), LinkOtherVersionRule(), LinkCaseMismatchRule(),
        LinkWindowsPathRule(), LintDirectiveUnusedRule(),
    ]

    /// Every rule, sorted by category (in ``RuleID/Category`` order) and id.
    public static let entries: [Entry] = {
        var byID: [String: Entry] = [:]
        let extractionIDs = Set(RuleID.extractionRules.map(\.id))
        for rule in RuleID.extractionRules {
            byID[rule.id] = Entry(rule: rule, explanation: ExtractionRuleExplanations.text[rule.id] ?? rule.summary, checker: .extraction)
        }
        for rule in lintRules {
            byID[rule.rule.id] = Entry(
                rule: rule.rule, explanation: rule.explanation, checker: extractionIDs.contains(rule.rule.id) ? .both : .lint)
        }
        let order = Dictionary(uniqueKeysWithValues: RuleID.Category.allCases.enumerated().map { ($1, $0) })
        return byID.values.sorted { (order[$0.rule.category] ?? 0, $0.rule.id) < (order[$1.rule.category] ?? 0, $1.rule.id) }
    }()

    /// The entry for an id, or `nil` for an unknown id.
    public static func entry(id: String) -> Entry? { entries.first { $0.rule.id == id } }
}
