@testable import GraphDocSwift
import Testing

@Suite struct SwiftNamingTests {
    @Test(arguments: [
        ("phoneAuthenticationMethod", "PhoneAuthenticationMethod"), ("microsoft.graph.user", "User"),
        ("Type", "Type_"), ("type", "Type_"), ("protocol", "Protocol_"), ("self", "Self_"), ("any", "Any_"),
        ("1stPlace", "_1stPlace"), ("two-factor", "TwoFactor"), ("Swift", "Swift_"), ("Operations", "Operations_"),
        ("default", "Default"), ("", "Unnamed"),
        // Other scripts: the code points, so distinct names stay distinct.
        ("owner.决定", "Unnamed_51B3_5B9A"), ("owner.建议", "Unnamed_5EFA_8BAE"),
    ])
    func typeNames(graph: String, swift: String) {
        #expect(SwiftNaming.typeName(graph) == swift)
    }

    @Test(arguments: [
        ("phoneNumber", "phoneNumber"), ("@odata.type", "odataType"), ("two-factor", "twoFactor"), ("1st", "_1st"),
        ("self", "self_"), ("init", "init_"), ("Type", "type"), ("additionalProperties", "additionalProperties_"),
        ("ID", "id"), ("IPAddress", "ipAddress"), ("snake_case", "snakeCase"), ("日本語", "value"),
    ])
    func memberNames(graph: String, swift: String) {
        #expect(SwiftNaming.memberName(graph) == swift)
    }

    @Test func keywordsAreEscapedWithBackticks() {
        #expect(SwiftNaming.escaped("default") == "`default`")
        #expect(SwiftNaming.escaped("protocol") == "`protocol`")
        #expect(SwiftNaming.escaped("type") == "type")
        #expect(SwiftNaming.caseName("undocumented") == "undocumented_")
    }

    @Test func caseOnlyCollisionsAreDeduplicated() {
        #expect(SwiftNaming.deduplicated(["id", "Id", "ID", "name", "id_2"]) == ["id", "Id_2", "ID_3", "name", "id_2_2"])
    }

    @Test func literalsEscapeTheirContent() {
        #expect(SwiftEscaping.stringLiteral("a\"b\\c\n") == #""a\"b\\c\n""#)
        #expect(SwiftEscaping.stringLiteral("a\u{2028}b\r\n") == #""a\u{2028}b\r\n""#)
        #expect(SwiftEscaping.rawStringLiteral(#"\d{3}"#) == ##"#"\d{3}"#"##)
        #expect(SwiftEscaping.rawStringLiteral(##"a"#b"##) == ###"##"a"#b"##"###)
    }
}

@Suite struct NestedNamingTests {
    @Test func reservedNestedNamesGetAValueSuffix() {
        #expect(SwiftNaming.nestedTypeName("type") == "TypeValue")
        #expect(SwiftNaming.nestedTypeName("allowedAudiences") == "AllowedAudiences")
    }
}
