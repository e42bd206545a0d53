import Foundation
import GraphDocExtraction
import GraphDocIR
import Testing
@testable import GraphDocLint

/// The link rules on small synthetic pages, read by the real extraction (cmark) in memory.
@Suite struct LinkRuleTests {
    static func page(_ path: String, _ text: String) -> PageFacts {
        DocumentationLoader.facts(path: path, text: text)
    }

    /// The link rules' findings (extraction's, such as missing front matter, left out).
    static func lint(_ pages: [PageFacts]) -> LintReport {
        var report = Linter.run(model: ApiModel(), pages: pages, configuration: .init(rules: RuleCatalogue.lintRules.filter { $0 is any LinkRule }))
        report.diagnostics.removeAll { !$0.rule.hasPrefix("link-") }
        return report
    }

    static let user = page("docs/v1.0/resources/user.md", """
        # user resource type

        ## Properties

        | Property | Type | Description |
        |:---|:---|:---|
        | id | String | The id. |

        ## Relationships

        <a name="json-representation"></a>
        ### Request headers
        ### Request headers
        ## `onPremises` & Extensions (preview)
        """)

    @Test func linksToPagesAndHeadingsThatExistAreFine() {
        let get = Self.page("docs/v1.0/api/user-get.md", """
            # Get user

            See [user](../resources/user.md), its [properties](../resources/user.md#properties),
            [headers](../resources/user.md#request-headers-1), [JSON](../resources/user.md#json-representation),
            [extensions](../resources/user.md#onpremises--extensions-preview) and [this page](#get-user).
            [Tab](#tab/http), [site](https://example.com/x.md), [mail](mailto:a@b.c).
            """)
        let report = Self.lint([Self.user, get])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
    }

    @Test func aMissingPageInAFolderThatWasReadIsReported() {
        let get = Self.page("docs/v1.0/api/user-get.md", "# Get user\n\nSee [user](../resources/usr.md).\n")
        let findings = Self.lint([Self.user, get]).diagnostics
        #expect(findings.map(\.rule) == ["link-page-missing"])
        #expect(findings.first?.line == 3)
        #expect(findings.first?.column == 5)
        #expect(findings.first?.message.contains("docs/v1.0/resources/usr.md") == true)
    }

    @Test func aLinkOutsideTheFoldersReadIsCountedNotReported() {
        let get = Self.page("docs/v1.0/api/user-get.md", """
            # Get user

            [!INCLUDE [sample-code](../includes/snippets/csharp/get-user-csharp-snippets.md)]
            """)
        let report = Self.lint([Self.user, get])
        #expect(report.diagnostics.isEmpty)
        #expect(report.uncheckedLinks == 1)
        #expect(report.summaryLine.contains("1 link not checked"))
    }

    @Test func aFragmentNoHeadingMakesIsReportedWithTheNearestAnchors() {
        let get = Self.page("docs/v1.0/api/user-get.md", """
            # Get user

            See [properties](../resources/user.md#propertes) and [nothing](#response).
            """)
        let findings = Self.lint([Self.user, get]).diagnostics
        #expect(findings.map(\.rule) == ["link-anchor-missing", "link-anchor-missing"])
        #expect(findings[0].message.contains("nearest: #properties"))
        #expect(findings[1].message.contains("this page"))
    }

    @Test func referenceStyleLinksAreCheckedAtTheirUse() {
        let get = Self.page("docs/v1.0/api/user-get.md", """
            # Get user

            See [the user][u] and [its id][p].

            [u]: ../resources/user.md
            [p]: ../resources/user.md#identifier
            """)
        let findings = Self.lint([Self.user, get]).diagnostics
        #expect(findings.map(\.rule) == ["link-anchor-missing"])
        #expect(findings.first?.line == 3)
    }

    @Test func aLinkIntoTheOtherVersionIsReported() {
        let get = Self.page("docs/v1.0/api/user-get.md", "# Get user\n\n[beta user](../../beta/resources/user.md)\n")
        let beta = Self.page("docs/beta/resources/user.md", "# user\n")
        #expect(Self.lint([Self.user, get, beta]).diagnostics.map(\.rule) == ["link-other-version"])
    }

    @Test func aCaseOnlyDifferenceInPageOrAnchorIsReported() {
        let get = Self.page("docs/v1.0/api/user-get.md", "# Get user\n\n[user](../resources/User.md) [props](../resources/user.md#Properties)\n")
        let findings = Self.lint([Self.user, get]).diagnostics
        #expect(findings.map(\.rule) == ["link-case-mismatch", "link-case-mismatch"])
        #expect(findings[0].message.contains("docs/v1.0/resources/user.md"))
        #expect(findings[1].message.contains("#properties"))
    }

    @Test func aWindowsPathIsReported() {
        let get = Self.page("docs/v1.0/api/user-get.md", #"# Get user\#n\#n[user](..\resources\user.md)\#n"#)
        let findings = Self.lint([Self.user, get]).diagnostics
        #expect(findings.map(\.rule) == ["link-windows-path"])
        #expect(findings.first?.message.contains("'../resources/user.md'") == true)
    }

    @Test func docsSiteLinksToReferencePagesAreChecked() {
        let get = Self.page("docs/v1.0/api/user-get.md", """
            # Get user

            [a](https://learn.microsoft.com/en-us/graph/api/resources/user?view=graph-rest-1.0#properties)
            [b](https://docs.microsoft.com/graph/api/user-get)
            [c](/graph/api/resources/usr?view=graph-rest-1.0)
            [d](https://learn.microsoft.com/en-us/graph/api/resources/user?view=graph-rest-1.0#nope)
            [e](https://learn.microsoft.com/en-us/graph/api/resources/user?view=graph-rest-beta)
            [f](https://learn.microsoft.com/en-us/graph/auth-v2-user)
            """)
        let report = Self.lint([Self.user, get])
        #expect(report.diagnostics.map(\.rule) == ["link-page-broken", "link-anchor-missing"])
        #expect(report.diagnostics.map(\.line) == [5, 6])
        // Beta was not read, and the link without view= may lead to a beta-only page: neither is known.
        #expect(report.uncheckedLinks == 1)
    }

    @Test func anchorsFollowTheDocsSiteRule() {
        #expect(DocsSiteAnchor.slug("Request headers") == "request-headers")
        #expect(DocsSiteAnchor.slug("`onPremises` & Extensions (preview)") == "onpremises--extensions-preview")
        #expect(DocsSiteAnchor.slug("Example 1: Get a user's manager") == "example-1-get-a-users-manager")
        #expect(DocsSiteAnchor.slug("HTTP request_v2") == "http-request_v2")
        #expect(DocsSiteAnchor.slug("属性 Properties") == "属性-properties")
        let anchors = DocsSiteAnchor.anchors(of: PageLinks(headings: ["Request", "Request", "", "Request"], htmlAnchors: ["Top"]))
        #expect(anchors == ["request", "request-1", "section", "request-2", "Top"])
    }

    @Test func htmlAnchorsCountOnlyWholeAttributeNames() {
        let page = Self.page("docs/v1.0/resources/x.md", """
            # x

            <a name="named"></a> text <span id="spanned">s</span> <span data-ttu-id="123">t</span>

            <div id='block'></div>
            """)
        #expect(Set(page.links.htmlAnchors) == ["named", "spanned", "block"])
    }
}
