import Foundation
import GraphDocIR
@testable import GraphDocSwift
import Testing

/// Generated code compiles for any IR: models built at random (from a fixed seed, so a failure
/// reproduces) out of names Swift, Foundation, the runtime and the generator care about, limits
/// that are huge, tiny or not finite, enums with duplicate and empty members, type and inheritance
/// cycles, colliding names and types nobody defines.
@Suite struct RandomModelTests {
    @Test(.enabled(if: GeneratedCodeCheck.modulesDirectory != nil), arguments: [1, 2, 3] as [UInt64])
    func randomModelsCompileWithoutWarnings(seed: UInt64) throws {
        let model = RandomModel.make(seed: seed)
        let output = try GeneratedCodeCheck.typecheck(model, tests: true)
        #expect(output == "", "seed \(seed):\n\(output)")
    }

    /// Generation itself never fails and is deterministic, on many more seeds than are compiled.
    @Test func generationNeverFailsAndIsDeterministic() throws {
        let generator = SwiftGenerator(templates: try TemplateSet())
        for seed in 100..<160 as Range<UInt64> {
            let model = RandomModel.make(seed: seed)
            let first = try generator.generate(model, shards: nil, exampleFindings: [])
            let second = try generator.generate(model, shards: nil, exampleFindings: [])
            #expect(first.files == second.files && first.notes == second.notes && first.tests == second.tests, "seed \(seed)")
            let paths = first.files.map { $0.path.lowercased() }
            #expect(Set(paths).count == paths.count, "seed \(seed): two files share a path (case-insensitively)")
            for file in first.files + (first.tests ?? []) {
                #expect(!file.contents.contains("inf,") && !file.contents.contains("nan,"), "seed \(seed): \(file.path)")
                #expect(file.path.utf8.count < 240, "seed \(seed): \(file.path)")
            }
        }
    }
}

/// SplitMix64: a small, fast generator whose sequence depends only on its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random hostile IR.
enum RandomModel {
    /// Names that are keywords, standard, Foundation, Testing or runtime types, generated members,
    /// differ only in case, are empty, unicode, punctuation or very long.
    static let names: [String] = [
        "type", "Type", "protocol", "self", "Self", "default", "init", "class", "error", "Error", "date", "Date", "data",
        "Data", "URL", "string", "String", "Int", "Bool", "Double", "Optional", "Array", "Dictionary", "Set", "Result",
        "Never", "Void", "Any", "any", "AnyObject", "Codable", "Sendable", "Hashable", "Decoder", "Encoder", "Calendar",
        "Locale", "Foundation", "Swift", "GraphModelSupport", "GraphModels", "graphModels", "Testing", "Test", "Suite",
        "Issue", "Tag", "Operations", "Operation", "operation", "RequestBody", "requestBody", "ResponseBody",
        "JSONValue", "Nullable", "Validator", "ValidationIssue", "ValidationContext", "GraphModel", "OpenEnum", "NoBody",
        "Indirect", "model", "odataType", "odataTypeName", "additionalProperties", "validate", "rawValue",
        "documentedCases", "undocumented", "description", "hashValue", "value", "id", "ID", "Id", "_", "__", "1st", "9",
        "", "决定", "日本語", "émoji😀", "a b", "a-b", "a.b", "microsoft.graph.user", "user", "User", "USER",
        "statusBase", "StatusBase", "status_base", "AnyUser", "anyUser", "CodingKeys", "encode", "decode", "switch",
        "case", "where", "some", "nil", "true", "async", "await", "actor", "macro", "Element", "Key", "T",
        String(repeating: "veryLongName", count: 30),
    ]
    static let limits: [Double?] = [
        nil, nil, 0, -1, 2.5, 1e-7, .leastNonzeroMagnitude, 1e308, Double("-1.79769313486232E+308"), .greatestFiniteMagnitude, .infinity, -.infinity,
        .nan,
    ]
    static let patterns: [String?] = [nil, #"\d+"#, ##"a"#b"##, "\"", "x\ny", #"\"#, "\u{2028}"]

    static func make(seed: UInt64) -> ApiModel {
        var random = SeededGenerator(state: seed)
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        let file = "random-\(seed).md"
        var line = 0
        func location() -> GraphDocIR.SourceLocation {
            line += 1
            return GraphDocIR.SourceLocation(file: file, line: line, column: 1)
        }
        let typeNames = (0..<(4 + Int(random.next() % 6))).map { _ in pick(names) } + ["requestBody"]
        let enumNames = (0..<Int(random.next() % 4)).map { _ in pick(names) }
        func typeReference() -> TypeReference {
            let name: String =
                switch random.next() % 4 {
                case 0: pick(PrimitiveType.allCases).rawValue
                case 1: pick(typeNames)
                case 2: pick(names)  // often a type nobody defines
                default: enumNames.isEmpty ? "Int64" : pick(enumNames)
                }
            return TypeReference(name: name, collection: chance(25))
        }
        func property() -> Property {
            let constraints = chance(50)
                ? PropertyConstraints(
                    maxLength: pick([nil, 0, 5, Int.max]), minimum: pick(limits), maximum: pick(limits), pattern: pick(patterns))
                : nil
            return Property(
                name: pick(names), type: typeReference(), description: pick(names), readOnly: chance(20),
                nullable: pick([nil, true, false]), required: pick([nil, true, false]),
                enum: chance(20) && !enumNames.isEmpty ? pick(enumNames) : nil, constraints: constraints,
                origin: pick([.resource, .requestBody, .example, .route]), source: location())
        }
        let types = typeNames.map { name in
            TypeDefinition(
                name: name, namespace: pick(["microsoft.graph", "microsoft.graph.callRecords", ""]),
                kind: pick([.entity, .complex]),
                // Another type (cycles included), itself, or a type nobody defines.
                baseType: chance(50) ? pick(typeNames + [name, "missingBase"]) : nil,
                description: pick(names), properties: (0..<Int(random.next() % 6)).map { _ in property() },
                relationships: chance(30) ? [property()] : [], origin: pick([.resource, .requestBody, .example]),
                sources: [location()])
        }
        let enums = enumNames.map { name in
            let owner: String? = chance(50) ? pick(typeNames) : nil
            return EnumDefinition(
                name: owner.map { $0 + "." + name } ?? name,
                members: (0..<Int(random.next() % 5)).map { _ in EnumMember(name: pick(names), description: pick(names)) },
                isFlags: chance(30), origin: pick([.table, .description, .example]), ownerType: owner,
                ownerProperty: owner == nil ? nil : name, sources: [location()])
        }
        let operations = (0..<Int(random.next() % 4)).map { _ in
            let body: RequestBody? =
                switch random.next() % 3 {
                case 0: nil
                case 1: RequestBody(type: TypeReference(name: pick(typeNames), collection: chance(20)))
                default:
                    RequestBody(
                        properties: (0..<(1 + Int(random.next() % 3))).map { _ in property() }
                            + [Property(name: "body", type: TypeReference(name: "requestBody"), origin: .requestBody, source: location())],
                        required: [pick(names)], readOnly: [pick(names)])
                }
            let request = HttpMessage(
                method: "POST", url: "https://graph.microsoft.com/v1.0/" + pick(names), body: .object([JSONMember(key: pick(names), value: .string(pick(names)))]),
                bodyText: "{}", source: location())
            let response = HttpMessage(status: pick([200, 201, 204]), body: .object([]), bodyText: "{}", source: location())
            return Operation(
                id: pick(names), title: pick(names), apiVersion: pick([nil, "v1.0", "beta"]), page: file,
                routes: [
                    Route(method: pick(["GET", "POST", "patch", ""]), path: "/" + pick(names) + "/{" + pick(names) + "}", source: location())
                ],
                requestBody: body,
                parameters: chance(30)
                    ? [OperationParameter(name: pick(names), location: pick([.query, .path, .function]), type: typeReference(), source: location())]
                    : [],
                responses: [ResponseDescription(status: pick([200, 201]), type: chance(70) ? typeReference() : nil)],
                examples: chance(70) ? [Example(name: pick(names), request: request, response: response)] : [],
                sources: [location()])
        }
        return ApiModel(types: types, enums: enums, operations: operations)
    }
}
