import GraphDocIR
import Testing
@testable import GraphDocLint

@Suite struct CatalogueTests {
    @Test func idsAreUniqueAndCovered() {
        let ids = RuleID.allRules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(RuleCatalogue.entries.map(\.rule.id)) == Set(ids))
        for rule in RuleCatalogue.lintRules {
            #expect(ids.contains(rule.rule.id), "\(rule.rule.id) is in RuleID's catalogue")
        }
        #expect(Set(RuleCatalogue.lintRules.map(\.rule.id)).count == RuleCatalogue.lintRules.count)
    }

    @Test func everyRuleIsExplained() {
        for entry in RuleCatalogue.entries {
            // Extraction rules without a paragraph in ExtractionRuleExplanations fall back to their summary.
            #expect(entry.explanation.count >= (entry.checker == .extraction ? 10 : 40), "\(entry.rule.id) has a real explanation")
            #expect(entry.rule.id.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber }, "\(entry.rule.id) is kebab-case")
        }
    }

    @Test func listingShowsEveryRule() {
        let text = RuleListing.render(format: .text)
        for entry in RuleCatalogue.entries { #expect(text.contains(entry.rule.id)) }
        #expect(RuleListing.render(format: .json).hasPrefix("["))
        #expect(RuleListing.render(format: .markdown).contains("| `route-example-root` | error | route |"))
    }
}
