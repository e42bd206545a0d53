import GraphDocExtraction
import GraphDocIR
import Testing
@testable import GraphDocLint

/// `graphdoc-disable` comments in pages, and `--explain`'s examples.
@Suite struct NoiseControlTests {
    static func lint(_ text: String, rules: [any LintRule] = RuleCatalogue.lintRules) -> [Diagnostic] {
        let page = DocumentationLoader.facts(path: "docs/v1.0/api/x.md", text: "---\ntitle: x\ndescription: x\n---\n" + text)
        return Linter.run(model: ApiModel(), pages: [page], configuration: .init(rules: rules)).diagnostics
    }

    /// A link to a missing page beside it: a `link-page-missing` finding.
    static let brokenLink = "See [a](missing.md).\n"

    @Test func aNextLineCommentSilencesItsRuleOnTheNextNonBlankLineOnly() {
        // Front matter takes lines 1-4: the comment is on line 7.
        let silenced = Self.lint("# x\n\n<!-- graphdoc-disable-next-line link-page-missing -->\n\n" + Self.brokenLink)
        #expect(!silenced.contains { $0.rule == "link-page-missing" })
        #expect(!silenced.contains { $0.rule == "lint-directive-unused" })
        let elsewhere = Self.lint("# x\n\n<!-- graphdoc-disable-next-line link-page-missing -->\nText.\n\n" + Self.brokenLink)
        #expect(elsewhere.contains { $0.rule == "link-page-missing" })
        let unused = elsewhere.filter { $0.rule == "lint-directive-unused" }
        #expect(unused.count == 1)
        #expect(unused.first?.line == 7)
        #expect(unused.first?.message.contains("on line 8") == true)
    }

    @Test func aPageCommentSilencesItsRulesEverywhereOnThePage() {
        let findings = Self.lint("<!-- graphdoc-disable link-anchor-missing, link-page-missing -->\n# x\n\n" + Self.brokenLink + "\n[b](#nowhere)\n")
        #expect(!findings.contains { $0.rule == "link-anchor-missing" || $0.rule == "link-page-missing" })
        #expect(!findings.contains { $0.rule == "lint-directive-unused" })
    }

    @Test func aCommentForARuleThatFoundNothingOrNoRuleIsReported() {
        let findings = Self.lint("<!-- graphdoc-disable link-page-missing no-such-rule -->\n# x\n").filter { $0.rule == "lint-directive-unused" }
        #expect(findings.count == 2)
        #expect(findings.contains { $0.message.contains("'no-such-rule', which names no rule") })
        #expect(findings.contains { $0.message.contains("to silence a finding of link-page-missing on this page") })
    }

    @Test func aCommentForARuleThatDidNotRunIsNotJudged() {
        let findings = Self.lint("<!-- graphdoc-disable link-page-missing -->\n# x\n", rules: [LintDirectiveUnusedRule()])
        #expect(!findings.contains { $0.rule == "lint-directive-unused" })
    }

    @Test func aCommentInsideACodeBlockIsNoComment() {
        let findings = Self.lint("# x\n\n```html\n<!-- graphdoc-disable no-such-rule -->\n```\n")
        #expect(!findings.contains { $0.rule == "lint-directive-unused" })
    }

    @Test func everyRuleHasABadAndAGoodExample() {
        for entry in RuleCatalogue.entries {
            #expect(!entry.badExample.isEmpty && !entry.goodExample.isEmpty, "\(entry.rule.id) has examples")
            #expect(entry.badExample != entry.goodExample, "\(entry.rule.id)'s examples differ")
        }
        #expect(Set(RuleExamples.byRule.keys).isSubset(of: Set(RuleCatalogue.entries.map(\.rule.id))), "examples only for rules")
    }

    @Test func explainPrintsTheExplanationAndBothExamples() throws {
        let text = try #require(RuleListing.explain("link-anchor-missing"))
        #expect(text.hasPrefix("link-anchor-missing  [warning, cross-page, checked by lint]"))
        #expect(text.contains("Bad:\n    Its [properties](../resources/user.md#propertes)."))
        #expect(text.contains("Good:\n    Its [properties](../resources/user.md#properties)."))
        #expect(RuleListing.explain("no-such-rule") == nil)
    }
}
