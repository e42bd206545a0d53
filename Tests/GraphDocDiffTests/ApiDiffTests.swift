import Foundation
import GraphDocIR
import Testing
@testable import GraphDocDiff

/// Rules on models built in code, for the cases the page fixtures do not show.
@Suite struct ApiDiffTests {
    static func at(_ line: Int) -> GraphDocIR.SourceLocation { GraphDocIR.SourceLocation(file: "p.md", line: line, column: 1) }

    static func property(_ name: String, _ type: String, origin: FactOrigin = .resource, inheritedFrom: String? = nil) -> Property {
        Property(name: name, type: TypeReference(name: type), inheritedFrom: inheritedFrom, origin: origin, source: at(1))
    }

    static func type(_ name: String, base: String? = nil, _ properties: [Property], origin: FactOrigin = .resource) -> TypeDefinition {
        TypeDefinition(name: name, kind: .complex, baseType: base, properties: properties, origin: origin, sources: [at(1)])
    }

    static func model(types: [TypeDefinition] = [], enums: [EnumDefinition] = []) -> ApiModel {
        ApiModel(pages: [], types: types, enums: enums, operations: [], diagnostics: [])
    }

    @Test func identicalModelsHaveNoChangeAndNeedNoBump() {
        let model = Self.model(types: [Self.type("thing", [Self.property("name", "String")])])
        let report = ApiDiff.compare(old: model, new: model)
        #expect(report.changes.isEmpty)
        #expect(report.semverBump == .none)
    }

    @Test func aPropertyMovedToTheBaseTypeIsNoChangeForTheDerivedType() {
        let old = Self.model(types: [
            Self.type("base", []), Self.type("derived", base: "base", [Self.property("shared", "String")]),
        ])
        let new = Self.model(types: [
            Self.type("base", [Self.property("shared", "String")]), Self.type("derived", base: "base", []),
        ])
        let changes = ApiDiff.compare(old: old, new: new).changes
        #expect(changes.map(\.subject) == ["base.shared"])
        #expect(changes.map(\.rule) == [DiffRule.propertyAdded.id])
    }

    @Test func factsInferredFromExamplesAreNotCompared() {
        let old = Self.model(types: [Self.type("guess", [Self.property("a", "String")], origin: .example)])
        let new = Self.model(types: [Self.type("thing", [Self.property("b", "String", origin: .example)])])
        let changes = ApiDiff.compare(old: old, new: new).changes
        #expect(changes.map(\.rule) == [DiffRule.typeAdded.id])
        #expect(changes.map(\.name) == ["thing"])
    }

    @Test func membersAfterANewSentinelAreNotOptIn() {
        let old = Self.model(enums: [EnumDefinition(name: "mode", members: [EnumMember(name: "a")], origin: .table, sources: [Self.at(1)])])
        let new = Self.model(enums: [EnumDefinition(
            name: "mode", members: ["a", "unknownFutureValue", "b"].map { EnumMember(name: $0) }, origin: .table, sources: [Self.at(1)])])
        let rules = ApiDiff.compare(old: old, new: new).changes.map(\.rule)
        // Clients of the old enum were never told to ask for members after the sentinel.
        #expect(rules == [DiffRule.enumMemberAdded.id, DiffRule.enumMemberAdded.id])
    }

    @Test func baselineAcceptsByRuleAndSubjectOnly() throws {
        let old = Self.model(types: [Self.type("thing", [Self.property("a", "String"), Self.property("b", "String")])])
        let new = Self.model(types: [Self.type("thing", [])])
        let report = ApiDiff.compare(old: old, new: new)
        #expect(report.changes.count == 2)
        var baseline = DiffBaseline(accepting: [report.changes[0]])
        baseline = try JSONDecoderRoundTrip.decode(baseline)
        let filtered = report.filtered(by: baseline)
        #expect(filtered.changes.map(\.subject) == ["thing.b"])
        #expect(filtered.semverBump == .major)
    }

    @Test func failOnThresholds() {
        #expect(DiffFailOn.breaking.fails(on: .breaking))
        #expect(!DiffFailOn.breaking.fails(on: .potentiallyBreaking))
        #expect(DiffFailOn.potentiallyBreaking.fails(on: .potentiallyBreaking))
        #expect(!DiffFailOn.potentiallyBreaking.fails(on: .compatible))
        #expect(DiffFailOn.any.fails(on: .compatible))
        #expect(!DiffFailOn.never.fails(on: .breaking))
    }

    @Test func changelogIdsAreStableNameBasedUUIDs() {
        let id = GraphChangelogReporter.uuid(for: ["v1.0", "property-added", "user.x"])
        #expect(id == GraphChangelogReporter.uuid(for: ["v1.0", "property-added", "user.x"]))
        #expect(id != GraphChangelogReporter.uuid(for: ["v1.0", "property-added", "user.y"]))
        let groups = id.split(separator: "-").map(\.count)
        #expect(groups == [8, 4, 4, 4, 12])
        #expect(Array(id)[14] == "8")
    }

    @Test func markdownEscapesTableCells() {
        let change = ApiChange(.typeAdded, name: "a|b", target: "a|b", message: "The type a|b\u{2028}is documented.", old: nil, new: nil)
        let markdown = DiffMarkdownReporter.render(DiffReport(changes: [change]))
        #expect(markdown.contains("The type a\\|b is documented."))
    }
}

/// Encodes and decodes a value, as a file written and read back would.
enum JSONDecoderRoundTrip {
    static func decode(_ baseline: DiffBaseline) throws -> DiffBaseline {
        try JSONDecoder().decode(DiffBaseline.self, from: try baseline.encoded())
    }
}
