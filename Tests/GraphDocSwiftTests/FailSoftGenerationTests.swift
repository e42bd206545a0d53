import Foundation
import GraphDocIR
@testable import GraphDocSwift
import Testing

/// A declaration the generator cannot write as documented degrades itself, with a located note;
/// the run never stops and what it writes compiles.
@Suite struct FailSoftGenerationTests {
    static func at(_ line: Int) -> GraphDocIR.SourceLocation { GraphDocIR.SourceLocation(file: "pages/statusdetails.md", line: line, column: 3) }

    static func property(_ name: String, _ type: String, enumName: String? = nil, constraints: PropertyConstraints? = nil, line: Int = 1) -> Property {
        Property(
            name: name, type: TypeReference(name: type), enum: enumName, constraints: constraints, origin: .resource,
            source: Self.at(line))
    }

    /// A type cell `statusBase` plus "Possible values" makes an enum named like the type.
    static let statusModel = ApiModel(
        types: [
            TypeDefinition(name: "statusBase", properties: [Self.property("state", "String")], origin: .resource, sources: [Self.at(1)]),
            TypeDefinition(
                name: "statusDetails", properties: [Self.property("status", "statusBase", enumName: "statusBase", line: 12)],
                origin: .resource, sources: [Self.at(10)]),
        ],
        enums: [EnumDefinition(name: "statusBase", members: [EnumMember(name: "active")], origin: .description, sources: [Self.at(12)])])

    @Test func anEnumNamedLikeATypeIsRenamedAndTheTypeKeepsItsName() throws {
        let output = try SwiftGenerator(templates: try TemplateSet()).generateWithNotes(Self.statusModel)
        let paths = output.files.map(\.path)
        #expect(paths.contains("Models/StatusBase.swift"))
        #expect(paths.contains("Enums/StatusBaseValue.swift"))
        #expect(output.notes.contains {
            $0.hasPrefix("pages/statusdetails.md:12:3: note: enum `statusBase` is generated as `StatusBaseValue`")
        }, "\(output.notes)")
        let details = try #require(output.files.first { $0.path == "Models/StatusDetails.swift" })
        #expect(details.contents.contains("var status: StatusBaseValue?"))
    }

    @Test(.enabled(if: GeneratedCodeCheck.modulesDirectory != nil))
    func renamedCollisionsCompile() throws {
        var model = Self.statusModel
        // Names that differ only in case: one declaration, the other left out with a note.
        model.types.append(TypeDefinition(name: "StatusBase", origin: .example, sources: [Self.at(30)]))
        // A type named like the polymorphic enum older versions generated: no longer a collision.
        model.types.append(TypeDefinition(name: "anyEntity", origin: .resource, sources: [Self.at(40)]))
        model.types.append(TypeDefinition(name: "entity", origin: .resource, sources: [Self.at(41)]))
        model.types.append(TypeDefinition(name: "user", baseType: "entity", origin: .resource, sources: [Self.at(42)]))
        let output = try GeneratedCodeCheck.typecheck(model)
        #expect(output == "", "\(output)")
        let notes = try SwiftGenerator(templates: try TemplateSet()).generateWithNotes(model).notes
        #expect(notes.contains { $0.hasPrefix("pages/statusdetails.md:30:3: note: type `StatusBase` is not generated") }, "\(notes)")
        #expect(!notes.contains { $0.contains("AnyEntity") }, "\(notes)")
    }

    @Test(.enabled(if: GeneratedCodeCheck.modulesDirectory != nil))
    func aTypeNamedLikeTheModuleIsRenamed() throws {
        let model = ApiModel(types: [
            TypeDefinition(name: "graphModels", properties: [Self.property("id", "String")], origin: .resource, sources: [Self.at(1)]),
            TypeDefinition(name: "holder", properties: [Self.property("models", "graphModels")], origin: .resource, sources: [Self.at(2)]),
        ])
        let output = try SwiftGenerator(templates: try TemplateSet()).generateWithNotes(model)
        #expect(output.files.map(\.path).contains("Models/GraphModels_2.swift"))
        #expect(output.notes.contains { $0.contains("`GraphModels` is taken by the module `GraphModels`") }, "\(output.notes)")
        let compiled = try GeneratedCodeCheck.typecheck(model)
        #expect(compiled == "", "\(compiled)")
    }

    /// An action parameter of a type `requestBody`: the operation's own `RequestBody` struct must not contain itself.
    @Test(.enabled(if: GeneratedCodeCheck.modulesDirectory != nil))
    func aRequestBodyTypeAsParameterCompiles() throws {
        let model = ApiModel(
            types: [TypeDefinition(name: "requestBody", properties: [Self.property("id", "String")], origin: .resource, sources: [Self.at(1)])],
            operations: [
                Operation(
                    id: "thing-act", title: "thing: act", apiVersion: "v1.0", page: "thing-act.md",
                    routes: [Route(method: "POST", path: "/things/{id}/act", source: Self.at(5))],
                    requestBody: RequestBody(properties: [Self.property("requestBody", "requestBody", line: 7)]),
                    responses: [ResponseDescription(status: 204)], sources: [Self.at(5)])
            ])
        let output = try GeneratedCodeCheck.typecheck(model)
        #expect(output == "", "\(output)")
    }

    @Test(.enabled(if: GeneratedCodeCheck.modulesDirectory != nil))
    func limitsThatAreNotFiniteAreNoLimit() throws {
        let model = ApiModel(types: [
            TypeDefinition(
                name: "size",
                properties: [
                    Self.property("a", "Int64", constraints: PropertyConstraints(minimum: -.infinity, maximum: .infinity), line: 3),
                    Self.property("b", "Double", constraints: PropertyConstraints(minimum: .nan, maximum: 5), line: 4),
                    Self.property("c", "Double", constraints: PropertyConstraints(minimum: -1.7976931348623157e308, maximum: 1e-300), line: 5),
                    Self.property("d", "Double", constraints: PropertyConstraints(minimum: -.leastNonzeroMagnitude, maximum: 0x1.8p-1070), line: 6),
                ],
                origin: .resource, sources: [Self.at(1)])
        ])
        let output = try SwiftGenerator(templates: try TemplateSet()).generateWithNotes(model)
        let text = try #require(output.files.first { $0.path == "Models/Size.swift" }).contents
        #expect(!text.contains("inf") && !text.contains("nan"))
        #expect(!text.contains("validator.range(self.a"))
        #expect(text.contains("validator.range(self.b, minimum: nil, maximum: 5.0"))
        #expect(text.contains("validator.range(self.c, minimum: -1.7976931348623157e+308, maximum: 1e-300"))
        // Subnormal limits in their exact hexadecimal form (a decimal literal would warn).
        #expect(text.contains("validator.range(self.d, minimum: -0x1p-1074, maximum: 0x18p-1074"))
        #expect(output.notes.contains("pages/statusdetails.md:3:3: note: the minimum of `size.a` is -inf, not a finite number: it is not checked"))
        #expect(output.notes.contains("pages/statusdetails.md:4:3: note: the minimum of `size.b` is nan, not a finite number: it is not checked"))
        let compiled = try GeneratedCodeCheck.typecheck(model)
        #expect(compiled == "", "\(compiled)")
    }

    @Test func aVeryLongNameIsShortenedWithANote() throws {
        let long = String(repeating: "longName", count: 1_250)
        let model = ApiModel(
            types: [
                TypeDefinition(name: long, properties: [Self.property("kind", "String", enumName: long + "." + long)], origin: .resource, sources: [Self.at(1)]),
                TypeDefinition(name: long + "X", origin: .resource, sources: [Self.at(2)]),
            ],
            enums: [EnumDefinition(name: long + "." + long, members: [EnumMember(name: "a")], origin: .description, ownerType: long, ownerProperty: long)])
        let output = try SwiftGenerator(templates: try TemplateSet()).generateWithNotes(model)
        for file in output.files { #expect(file.path.utf8.count < 240, "\(file.path)") }
        #expect(Set(output.files.map(\.path)).count == 3)
        #expect(output.notes.contains { $0.hasPrefix("pages/statusdetails.md:1:3: note: the name `longNamelongName") && $0.contains("(10000 characters) is shortened") }, "\(output.notes)")
    }
}

@Suite struct RecursionEdgeTests {
    /// A chain of 100,000 types, each holding the next and the last holding the first: one cycle,
    /// found without recursion as deep as the chain (which overflowed the stack).
    @Test func aLongCycleOfTypesIsFoundWithoutDeepRecursion() {
        let count = 100_000
        let location = GraphDocIR.SourceLocation(file: "chain.md", line: 1, column: 1)
        let types = (0..<count).map { index in
            TypeDefinition(
                name: "link\(index)",
                properties: [Property(name: "next", type: TypeReference(name: "link\((index + 1) % count)"), origin: .resource, source: location)],
                origin: .resource)
        }
        let mapper = SwiftTypeMapper(model: ApiModel(types: types))
        let edges = RecursionEdge.cycles(in: types.map { ($0.name, $0.properties) }, types: mapper)
        #expect(edges.count == count)
        #expect(edges.contains(RecursionEdge(from: "link99999", property: "next")))
    }
}
