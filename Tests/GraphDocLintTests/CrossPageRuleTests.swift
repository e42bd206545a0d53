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
}
