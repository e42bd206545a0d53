import GraphDocIR
import Testing
@testable import GraphDocLint

/// Lint over the hand-built IR of the four seed pages: exactly the seeds' real defects, at their lines.
@Suite struct SeedGoldenTests {
    static let golden = """
        docs-input/en-us/beta/api/add-phonemethods.md:21:37: warning: placeholder text 'TODO: Determine scopes' [placeholder-text]
        docs-input/en-us/beta/api/add-phonemethods.md:23:16: warning: placeholder text 'TODO: Determine AppOnly scopes' [placeholder-text]
        docs-input/en-us/beta/api/add-phonemethods.md:31:1: warning: route 'POST /me/authentication/phoneMethods/$ref' adds a reference, but example 'create_phoneauthenticationmethod_from_' sends a full object [route-ref-with-object-body]
        docs-input/en-us/beta/api/add-phonemethods.md:66:1: warning: request example 'create_phoneauthenticationmethod_from_' URL 'https://graph.microsoft.com/beta/me/authentication/phoneMethods' matches no documented route (POST /me/authentication/phoneMethods/$ref) [route-example-unmatched]
        docs-input/en-us/beta/api/add-phonemethods.md:74:3: warning: request example 'create_phoneauthenticationmethod_from_' has placeholder "String" for 'phoneType'; expected one of mobile, alternateMobile, office, unknownFutureValue [example-placeholder-value]
        docs-input/en-us/beta/api/add-phonemethods.md:75:3: warning: request example 'create_phoneauthenticationmethod_from_' has placeholder "String" for 'smsSignInState'; expected one of notSupported, notAllowedByPolicy, notEnabled, phoneNumberNotUnique, ready, notConfigured, ... [example-placeholder-value]
        docs-input/en-us/beta/api/add-phonemethods.md:75:3: warning: request example 'create_phoneauthenticationmethod_from_' sends read-only property 'smsSignInState' [example-read-only-property]
        docs-input/en-us/beta/api/add-phonemethods.md:96:3: warning: response example 'create_phoneauthenticationmethod_from_' has placeholder "String" for 'phoneType'; expected one of mobile, alternateMobile, office, unknownFutureValue [example-placeholder-value]
        docs-input/en-us/beta/api/add-phonemethods.md:97:3: warning: response example 'create_phoneauthenticationmethod_from_' has placeholder "String" for 'smsSignInState'; expected one of notSupported, notAllowedByPolicy, notEnabled, phoneNumberNotUnique, ready, notConfigured, ... [example-placeholder-value]
        docs-input/en-us/beta/api/add-phones.md:19:37: warning: placeholder text 'TODO: Determine scopes' [placeholder-text]
        docs-input/en-us/beta/api/add-phones.md:21:16: warning: placeholder text 'TODO: Determine AppOnly scopes' [placeholder-text]
        docs-input/en-us/beta/api/add-phones.md:29:1: warning: route 'POST /me/profile/phones/$ref' adds a reference, but example 'create_itemphone_from_' sends a full object [route-ref-with-object-body]
        docs-input/en-us/beta/api/add-phones.md:71:1: error: request example 'create_itemphone_from_' URL 'https://graph.microsoft.com/docs\\api/me/profile/phones' does not start with a Graph root such as https://graph.microsoft.com/beta/ [route-example-root]
        docs-input/en-us/beta/api/add-phones.md:77:3: warning: request example 'create_itemphone_from_' has placeholder "String" for 'allowedAudiences'; expected one of me, family, contacts, groupMembers, organization, federatedOrganizations, ... [example-placeholder-value]
        docs-input/en-us/beta/api/add-phones.md:80:5: warning: request example 'create_itemphone_from_' has placeholder "Double" for 'inference.confidenceScore' [example-placeholder-value]
        docs-input/en-us/beta/api/add-phones.md:98:3: warning: request example 'create_itemphone_from_' has placeholder "String" for 'type'; expected one of home, business, mobile, other, assistant, homeFax, ... [example-placeholder-value]
        docs-input/en-us/beta/api/add-phones.md:119:3: warning: response example 'create_itemphone_from_' has placeholder "String" for 'allowedAudiences'; expected one of me, family, contacts, groupMembers, organization, federatedOrganizations, ... [example-placeholder-value]
        docs-input/en-us/beta/api/add-phones.md:122:5: warning: response example 'create_itemphone_from_' has placeholder "Double" for 'inference.confidenceScore' [example-placeholder-value]
        docs-input/en-us/beta/api/add-phones.md:145:3: warning: response example 'create_itemphone_from_' has placeholder "String" for 'type'; expected one of home, business, mobile, other, assistant, homeFax, ... [example-placeholder-value]
        docs-input/en-us/beta/api/authentication-post-phonemethods.md:140:3: warning: response example 'create_phoneauthenticationmethod_from_authentication' has placeholder "phoneType-value" for 'phoneType'; expected one of mobile, alternateMobile, office, unknownFutureValue [example-placeholder-value]
        docs-input/zh-cn/beta/api/authentication-post-phonemethods.md:48:1: warning: routes differ from the English page [translation-drift]
        docs-input/zh-cn/beta/api/authentication-post-phonemethods.md:90:24: error: request body of example 'create_phoneauthenticationmethod_from_authentication' is not valid JSON: trailing comma before '}' [example-json-invalid]
        docs-input/zh-cn/beta/api/authentication-post-phonemethods.md:126:3: warning: response example 'create_phoneauthenticationmethod_from_authentication' has placeholder "phoneType-value" for 'phoneType'; expected one of mobile, alternateMobile, office, unknownFutureValue [example-placeholder-value]
        2 errors, 21 warnings, 0 notes
        """

    @Test func seedFindingsAreExactlyTheRealDefects() {
        let report = Linter.run(model: SeedFixtures.model, pages: SeedFixtures.pages)
        let text = TextReporter().render(report)
        #expect(text == Self.golden + "\n")
    }

    @Test func seedRunFailsOnErrorsOnly() {
        let report = Linter.run(model: SeedFixtures.model, pages: SeedFixtures.pages)
        #expect(report.exitStatus(failOn: .error) == 1)
        #expect(report.exitStatus(failOn: .never) == 0)
        let quieter = Linter.run(
            model: SeedFixtures.model, pages: SeedFixtures.pages,
            configuration: LintConfiguration(severities: ["route-example-root": .level(.warning), "example-json-invalid": .off]))
        #expect(quieter.exitStatus(failOn: .error) == 0)
        #expect(quieter.exitStatus(failOn: .warning) == 1)
    }
}
