import GraphDocIR
import Testing
@testable import GraphDocLint

@Suite struct CrossPageRuleTests {
    typealias F = Fixture

    @Test func referencedTypesDescribedNowhere() {
        let widget = F.type("widget", [F.property("owner", "identitySett", line: 12), F.property("size", "Int32")], base: "entityy")
        var page = F.operationPage(request: nil, requestBody: RequestBody(type: TypeReference(name: "gadget")))
        page.types = [widget]
        let findings = F.findings(TypeUndefinedRule(), pages: [page])
        #expect(Set(findings.compactMap(\.subject)) == ["widget:base=entityy", "op:request=gadget", "widget.owner:identitySett"])
    }

    @Test func describedTypesEnumsAndPrimitivesResolve() {
        let widget = F.type("widget", [
            F.property("owner", "identitySet"), F.property("color", "widgetColor"), F.property("when", "Edm.DateTimeOffset"),
            F.property("kind", "Enumeration"), F.property("data", "Json"),
        ], base: "microsoft.graph.entity")
        let page = PageFacts(
            page: F.page("res/widget.md", kind: .resource),
            types: [widget, F.type("identitySet", []), F.type("entity", [])],
            enums: [F.enumeration("widgetColor", ["red"])])
        #expect(F.findings(TypeUndefinedRule(), pages: [page]).isEmpty)
    }

    /// Conflicts and drift between pages are found while merging (extraction); lint reports them as given.
    @Test func mergeConflictsAndDriftPassThrough() {
        let model = ApiModel(diagnostics: [
            Diagnostic(.propertyConflict, "phoneType is String on one page and phoneType on another", at: F.at("a.md", 3), subject: "phoneType"),
            Diagnostic(.enumMembersDiffer, "phoneType lists unknownFutureValue on one page only", at: F.at("b.md", 4), subject: "phoneType"),
            Diagnostic(.translationDrift, "routes differ from the English page", at: F.at("zh/a.md", 48), subject: "routes"),
        ])
        let report = Linter.run(model: model, pages: [])
        #expect(report.diagnostics.map(\.rule) == ["property-conflict", "enum-members-differ", "translation-drift"])
    }

    static func typePage(_ path: String, _ properties: [Property], locale: String = "en-US", enums: [EnumDefinition] = []) -> PageFacts {
        PageFacts(page: F.page(path, kind: .operation, locale: locale), types: [F.type("widget", properties, origin: .requestBody, file: path)], enums: enums)
    }

    @Test func propertyTypesThatDisagree() {
        let findings = F.findings(PropertyConflictRule(), pages: [
            PageFacts(page: F.page("res/widget.md", kind: .resource), types: [F.type("widget", [F.property("size", "Int32", "res/widget.md", line: 20)])]),
            Self.typePage("api/a.md", [F.property("size", "String", "api/a.md", line: 30, origin: .requestBody)]),
            Self.typePage("api/b.md", [F.property("size", "Int32", collection: true, "api/b.md", line: 40, origin: .requestBody)]),
        ])
        #expect(findings.map(\.file) == ["api/a.md", "api/b.md"])
        #expect(findings.first?.message == "'widget.size' is String here but Int32 at res/widget.md:20:1")
    }

    @Test func agreeingPropertiesTranslationsAndExamplesPass() {
        let findings = F.findings(PropertyConflictRule(), pages: [
            Self.typePage("api/a.md", [F.property("size", "Edm.Int32", "api/a.md", origin: .requestBody), F.property("kind", "Enumeration", "api/a.md", origin: .requestBody)]),
            Self.typePage("api/b.md", [F.property("size", "int32", "api/b.md", origin: .requestBody), F.property("kind", "String", "api/b.md", origin: .requestBody)]),
            Self.typePage("zh/a.md", [F.property("size", "字符串", "zh/a.md", origin: .requestBody)], locale: "zh-CN"),
            Self.typePage("api/c.md", [F.property("size", "String", "api/c.md", origin: .example)]),
        ])
        #expect(findings.isEmpty)
        // Extraction types an enum read from a description by its owned name; the String row agrees.
        let owned = F.findings(PropertyConflictRule(), pages: [
            Self.typePage("api/a.md", [F.property("phoneType", "widget.phoneType", "api/a.md", enum: "widget.phoneType", origin: .requestBody)],
                          enums: [F.enumeration("widget.phoneType", ["mobile"], origin: .description)]),
            Self.typePage("api/b.md", [F.property("phoneType", "String", "api/b.md", origin: .requestBody)]),
        ])
        #expect(owned.isEmpty)
    }

    @Test func enumListsThatDisagree() {
        var a = F.enumeration("widget.color", ["red", "green", "unknownFutureValue"], origin: .description)
        a.sources = [F.at("api/a.md", 5)]
        var b = F.enumeration("widget.color", ["red", "blue"], origin: .description)
        b.sources = [F.at("api/b.md", 12)]
        let findings = F.findings(EnumMembersDifferRule(), pages: [Self.typePage("api/a.md", [], enums: [a]), Self.typePage("api/b.md", [], enums: [b])])
        #expect(findings.map(\.file) == ["api/b.md"])
        #expect(findings.first?.message.hasPrefix("enum widget.color adds blue and lacks green") == true)
    }

    @Test func enumListsDifferingOnlyInTheSentinelPass() {
        let a = F.enumeration("widget.color", ["red", "green", "unknownFutureValue"], origin: .description)
        let b = F.enumeration("widget.color", ["red", "green"], origin: .description)
        #expect(F.findings(EnumMembersDifferRule(), pages: [Self.typePage("api/a.md", [], enums: [a]), Self.typePage("api/b.md", [], enums: [b])]).isEmpty)
        // The sentinel written in another case is still the sentinel.
        let c = F.enumeration("widget.color", ["red", "green", "UnknownFutureValue"], origin: .description)
        #expect(F.findings(EnumMembersDifferRule(), pages: [Self.typePage("api/a.md", [], enums: [a]), Self.typePage("api/c.md", [], enums: [c])]).isEmpty)
    }
}
