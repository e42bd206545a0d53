import Foundation
import GraphDocIR
import Testing
@testable import GraphDocLint

@Suite struct MetadataRuleTests {
    typealias F = Fixture

    static let csdl = """
        <?xml version="1.0" encoding="utf-8"?>
        <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
          <edmx:DataServices>
            <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
              <EnumType Name="authenticationPhoneType">
                <Member Name="mobile" Value="0" />
                <Member Name="alternateMobile" Value="1" />
                <Member Name="office" Value="2" />
                <Member Name="unknownFutureValue" Value="3" />
                <Member Name="later" Value="4" />
              </EnumType>
              <EntityType Name="entity" Abstract="true">
                <Key><PropertyRef Name="id" /></Key>
                <Property Name="id" Type="Edm.String" Nullable="false" />
              </EntityType>
              <EntityType Name="authenticationMethod" BaseType="graph.entity" />
              <EntityType Name="phoneAuthenticationMethod" BaseType="graph.authenticationMethod">
                <Property Name="phoneNumber" Type="Edm.String" />
                <Property Name="phoneType" Type="graph.authenticationPhoneType" />
                <Property Name="smsSignInState" Type="graph.authenticationMethodSignInState" />
                <Property Name="tags" Type="Collection(Edm.String)" />
                <NavigationProperty Name="owner" Type="graph.identity" />
              </EntityType>
              <ComplexType Name="identity">
                <Property Name="displayName" Type="Edm.String" />
              </ComplexType>
            </Schema>
          </edmx:DataServices>
        </edmx:Edmx>
        """

    static var metadata: CSDLModel { get throws { try CSDLModel.parse(Data(csdl.utf8)) } }

    static func page(_ properties: [Property], base: String? = "authenticationMethod", enumMembers: [String] = ["mobile", "alternateMobile", "office"], extraType: TypeDefinition? = nil) -> PageFacts {
        let type = F.type("phoneAuthenticationMethod", properties, base: base)
        let phoneType = F.enumeration("authenticationPhoneType", enumMembers)
        return PageFacts(page: F.page("res/phoneauthenticationmethod.md", kind: .resource),
                         types: [type] + (extraType.map { [$0] } ?? []), enums: [phoneType])
    }

    static let goodProperties = [
        F.property("phoneNumber", "String"), F.property("phoneType", "authenticationPhoneType"),
        F.property("smsSignInState", "String", enum: "x"), F.property("tags", "String", collection: true),
        F.property("owner", "identity"), F.property("id", "String", inheritedFrom: "entity"),
    ]

    @Test func parsesTypesEnumsAndAliases() throws {
        let model = try Self.metadata
        #expect(model.types.count == 4)
        #expect(model.type(named: "graph.phoneAuthenticationMethod")?.baseType == "graph.authenticationMethod")
        #expect(model.type(named: "phoneauthenticationmethod") != nil)
        let all = try #require(model.type(named: "phoneAuthenticationMethod").map { model.allProperties(of: $0) })
        #expect(all.keys.sorted() == ["id", "owner", "phoneNumber", "phoneType", "smsSignInState", "tags"])
        #expect(model.enumType(named: "microsoft.graph.authenticationPhoneType")?.members.count == 5)
        // Bare names are found in any schema; qualified names only in theirs.
        let callRecords = CSDLModel(types: [CSDLModel.StructuredType(name: "session", namespace: "microsoft.graph.callRecords", isEntity: true)], enums: [])
        #expect(callRecords.type(named: "session") != nil)
        #expect(callRecords.type(named: "microsoft.graph.session") == nil)
    }

    @Test func rejectsNonCSDL() {
        #expect(throws: CSDLParseError.self) { try CSDLModel.parse(Data("<html><body/></html>".utf8)) }
        #expect(throws: CSDLParseError.self) { try CSDLModel.parse(Data("<Schema".utf8)) }
    }

    /// Errors name the problem in words, never "NSXMLParserErrorDomain error 68" or "NSCocoaErrorDomain error 256".
    @Test func unreadableMetadataIsExplainedInPlainWords() throws {
        #expect {
            try CSDLModel.parse(Data("<Schema>a & b</Schema>".utf8))
        } throws: { error in
            "\(error)".hasPrefix("line 1, column ") && "\(error)".contains("not well-formed XML: expected a name after '<' or '&'")
        }
        #expect { try CSDLModel.parse(Data("# a markdown page".utf8)) } throws: { error in
            "\(error)".contains("no start tag")
        }
        let folder = NSTemporaryDirectory() + "graphdoc-metadata-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cases: [(String, String)] = [(folder, "is a folder"), (folder + "/missing.xml", "no such file"), ("/dev/zero", "is a device")]
        for (path, phrase) in cases {
            #expect { try CSDLModel.load(path: path) } throws: { error in
                "\(error)".contains(phrase) && !"\(error)".contains("Domain")
            }
        }
        #expect(mkfifo(folder + "/pipe.xml", 0o600) == 0)
        #expect { try CSDLModel.load(path: folder + "/pipe.xml") } throws: { error in "\(error)".contains("not a regular file") }
    }

    @Test func typeMissing() throws {
        let page = Self.page(Self.goodProperties, extraType: F.type("phoneAuthMethod", []))
        let findings = F.findings(MetadataTypeMissingRule(), pages: [page], metadata: try Self.metadata)
        #expect(findings.map(\.subject) == ["phoneAuthMethod"])
        #expect(F.findings(MetadataTypeMissingRule(), pages: [Self.page(Self.goodProperties)], metadata: try Self.metadata).isEmpty)
        #expect(F.findings(MetadataTypeMissingRule(), pages: [page]).isEmpty, "no metadata, no findings")
    }

    @Test func baseTypeMismatch() throws {
        let wrong = F.findings(MetadataBaseTypeMismatchRule(), pages: [Self.page(Self.goodProperties, base: "entity")], metadata: try Self.metadata)
        #expect(wrong.first?.message.contains("the metadata says 'microsoft.graph.authenticationMethod'") == true)
        #expect(F.findings(MetadataBaseTypeMismatchRule(), pages: [Self.page(Self.goodProperties)], metadata: try Self.metadata).isEmpty)
        #expect(F.findings(MetadataBaseTypeMismatchRule(), pages: [Self.page(Self.goodProperties, base: nil)], metadata: try Self.metadata).isEmpty)
        // An unqualified base type is read in the CSDL type's own schema.
        let callRecords = CSDLModel(types: [
            CSDLModel.StructuredType(name: "endpoint", namespace: "microsoft.graph.callRecords", isEntity: false),
            CSDLModel.StructuredType(name: "serviceEndpoint", namespace: "microsoft.graph.callRecords", isEntity: false, baseType: "microsoft.graph.callRecords.endpoint"),
        ], enums: [])
        let page = PageFacts(page: F.page("res/x.md", kind: .resource), types: [F.type("serviceEndpoint", [], base: "endpoint")])
        #expect(F.findings(MetadataBaseTypeMismatchRule(), pages: [page], metadata: callRecords).isEmpty)
        // One the own schema does not have is the one of that name in another schema (`entity`).
        let ediscovery = CSDLModel(types: [
            CSDLModel.StructuredType(name: "entity", namespace: "microsoft.graph", isEntity: true),
            CSDLModel.StructuredType(name: "tag", namespace: "microsoft.graph.ediscovery", isEntity: true, baseType: "microsoft.graph.entity"),
            CSDLModel.StructuredType(name: "legalHold", namespace: "microsoft.graph.ediscovery", isEntity: true, baseType: "microsoft.graph.entity"),
        ], enums: [])
        let tag = PageFacts(page: F.page("res/tag.md", kind: .resource), types: [F.type("tag", [], base: "entity")])
        #expect(F.findings(MetadataBaseTypeMismatchRule(), pages: [tag], metadata: ediscovery).isEmpty)
        let wrongTag = PageFacts(page: F.page("res/tag.md", kind: .resource), types: [F.type("tag", [], base: "legalHold")])
        #expect(F.findings(MetadataBaseTypeMismatchRule(), pages: [wrongTag], metadata: ediscovery).count == 1)
    }

    @Test func propertyMissing() throws {
        let page = Self.page(Self.goodProperties + [F.property("phoneNumbr", "String")])
        #expect(F.findings(MetadataPropertyMissingRule(), pages: [page], metadata: try Self.metadata).map(\.subject) == ["phoneAuthenticationMethod.phoneNumbr"])
        #expect(F.findings(MetadataPropertyMissingRule(), pages: [Self.page(Self.goodProperties)], metadata: try Self.metadata).isEmpty)
    }

    @Test func propertyUndocumented() throws {
        let page = Self.page(Array(Self.goodProperties.dropFirst()))
        #expect(F.findings(MetadataPropertyUndocumentedRule(), pages: [page], metadata: try Self.metadata).map(\.subject) == ["phoneAuthenticationMethod.phoneNumber"])
        #expect(F.findings(MetadataPropertyUndocumentedRule(), pages: [Self.page(Self.goodProperties)], metadata: try Self.metadata).isEmpty)
    }

    @Test func propertyTypeMismatch() throws {
        let page = Self.page([
            F.property("phoneNumber", "Int32"), F.property("tags", "String"), F.property("owner", "identitySet"),
            F.property("phoneType", "String", enum: "authenticationPhoneType"),
        ])
        let findings = F.findings(MetadataPropertyTypeMismatchRule(), pages: [page], metadata: try Self.metadata)
        #expect(findings.compactMap(\.subject).sorted() == [
            "phoneAuthenticationMethod.owner", "phoneAuthenticationMethod.phoneNumber", "phoneAuthenticationMethod.tags",
        ])
        #expect(F.findings(MetadataPropertyTypeMismatchRule(), pages: [Self.page(Self.goodProperties)], metadata: try Self.metadata).isEmpty)
    }

    @Test func enumMembers() throws {
        let page = Self.page(Self.goodProperties, enumMembers: ["mobile", "office", "landline"])
        let findings = F.findings(MetadataEnumMemberMismatchRule(), pages: [page], metadata: try Self.metadata)
        #expect(findings.first?.message == "enum authenticationPhoneType lists landline, not in the metadata and lacks alternateMobile (metadata enum authenticationPhoneType)")
        // Members after unknownFutureValue (`later`) are opt-in, so omitting them is fine.
        #expect(F.findings(MetadataEnumMemberMismatchRule(), pages: [Self.page(Self.goodProperties)], metadata: try Self.metadata).isEmpty)
    }

    /// The evolvable-enum sentinel written in another case is the sentinel, not a member of its own.
    @Test func sentinelInAnotherCaseIsNoExtraMember() throws {
        let page = Self.page(Self.goodProperties, enumMembers: ["mobile", "alternateMobile", "office", "UnknownFutureValue"])
        #expect(F.findings(MetadataEnumMemberMismatchRule(), pages: [page], metadata: try Self.metadata).isEmpty)
    }

    /// The real v1.0 metadata from the shared corpus, when this machine has it.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: MetadataRuleTests.corpusMetadata)))
    func parsesTheServiceMetadata() throws {
        let model = try CSDLModel.load(path: Self.corpusMetadata)
        #expect(model.types.count > 900)
        #expect(model.enums.count > 300)
        let user = try #require(model.type(named: "microsoft.graph.user"))
        #expect(model.allProperties(of: user)["id"] != nil, "inherited from entity")
        #expect(model.enumType(named: "graph.groupType")?.members.first == "unifiedGroups")
    }

    static let corpusMetadata: String = {
        // Tests run from the package root; the corpus lives beside the project (DESIGN.md).
        let candidates = ["../shared/corpus/metadata/v1.0-2021-07.csdl.xml", "/work/shared/corpus/metadata/v1.0-2021-07.csdl.xml"]
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }()
}
