@testable import GraphDocExtraction
import Testing

@Suite struct TypeLinkTests {
    @Test(arguments: [
        ("../resources/identityset.md", "identityset" as String?),
        ("identitySet.md", "identityset"),
        ("../resources/identityset.md#properties", "identityset"),
        ("user.md?view=graph-rest-beta", "user"),
        ("../resources/intune-shared-mimecontent.md", "mimecontent"),
        ("../resources/intune-deviceconfig-windowsstartmenumodetype.md", "windowsstartmenumodetype"),
        ("HTTPS://example.com/x.md", nil),
        ("https://learn.microsoft.com/graph/api/resources/user.md", nil),
        ("/graph/auth/auth-concepts", nil),
        ("#tab/http", nil),
        ("../includes/beta-disclaimer.md", "disclaimer"),
        ("", nil),
        ("../resources/.md", nil),
        ("../resources/USER.MD", "user"),
        ("a/b-c.Md#x?y", "c"),
        ("../resources/identityset-.md", "identityset"),
        ("../resources/x.m", nil),
        ("../resources/身份.md", nil),
    ])
    func pageKey(destination: String, key: String?) {
        #expect(TypeLink.pageKey(destination) == key)
    }

    @Test(arguments: [
        ("../resources/identityset.md", "identitySet", "identitySet" as String?),
        ("../resources/identityset.md", "microsoft.graph.identitySet", "identitySet"),
        ("../resources/identityset.md", " identitySet ", "identitySet"),
        ("../resources/identityset.md", "身份集", "identityset"),
        ("../resources/identityset.md", "identity set", "identityset"),
        // An identifier as text is the writer's name for the type even where the page is another one
        // (`[bookingType](room.md)`, `[ageGroup](user.md#agegroup-values)` in the v1.0 reference).
        ("../resources/room.md", "bookingType", "bookingType"),
        ("../resources/user.md#agegroup-values", "ageGroup", "ageGroup"),
        ("../resources/intune-shared-enablement.md", "支持", "enablement"),
        ("/graph/permissions-reference", "Permissions", nil),
        // A sub-namespace's type is named by its last part, wherever the link leads.
        ("../resources/security-caseoperation.md#caseaction-values", "microsoft.graph.security.caseAction", "caseAction"),
        ("callrecords-endpoint.md", "microsoft.graph.callRecords.endpoint", "endpoint"),
        ("../resources/x.md", "a..b", "x"),
    ])
    func typeName(destination: String, text: String, expected: String?) {
        #expect(TypeLink.typeName(destination: destination, text: text) == expected)
    }

    @Test(arguments: [
        ("itemPhone", true), ("_x", true), ("a1", true), ("phone_type2", true),
        ("", false), ("1abc", false), ("a-b", false), ("a b", false), ("电话", false), ("é", false), ("a.b", false),
    ])
    func isIdentifier(text: String, expected: Bool) {
        #expect(TypeLink.isIdentifier(text) == expected)
    }
}

@Suite struct LinkTargetPathTests {
    @Test(arguments: [
        ("../resources/teamstab.md", "docs/v1.0/api/chat-list-tabs.md", "docs/v1.0/resources/teamstab.md" as String?),
        ("../resources/teamstab.md#properties", "docs/v1.0/api/chat-list-tabs.md", "docs/v1.0/resources/teamstab.md"),
        ("onenoteoperation-get.md?view=graph-rest-1.0", "docs/v1.0/api/notebook-copynotebook.md", "docs/v1.0/api/onenoteoperation-get.md"),
        ("./x.md", "docs/api/y.md", "docs/api/x.md"),
        // Above the first folder of a relative page path the `..` stays, as the page names do.
        ("../../resources/x.md", "../corpus/api/y.md", "../resources/x.md"),
        ("../x.md", "page.md", "../x.md"),
        ("https://learn.microsoft.com/graph/api/resources/user.md", "docs/api/y.md", nil),
        ("/graph/permissions-reference", "docs/api/y.md", nil),
        ("#tab/http", "docs/api/y.md", nil),
        ("mailto:someone@example.com", "docs/api/y.md", nil),
    ])
    func resolvesAgainstTheLinkingPage(destination: String, page: String, expected: String?) {
        #expect(TypeLink.targetPath(of: destination, from: page) == expected)
    }
}
