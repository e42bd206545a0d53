import Foundation
import GraphDocIR
@testable import GraphDocSwift
import Testing

/// Type-checks generated output with `swiftc` against the built `GraphModelSupport` module.
@Suite struct CompileTests {
    static var modulesDirectory: String? { GeneratedCodeCheck.modulesDirectory }

    static func typecheck(_ model: ApiModel, access: AccessLevel = .public, flags: [String] = []) throws -> String {
        try GeneratedCodeCheck.typecheck(model, options: GeneratorOptions(accessLevel: access), flags: flags)
    }

    @Test(.enabled(if: modulesDirectory != nil))
    func hostileNamesCompileWithoutWarnings() throws {
        let output = try Self.typecheck(Fixtures.hostileModel)
        #expect(output == "", "\(output)")
    }

    /// Modules that default to main-actor isolation (SE-0466) must still use the models anywhere.
    @Test(.enabled(if: modulesDirectory != nil))
    func compilesInAModuleWithMainActorDefaultIsolation() throws {
        let output = try Self.typecheck(Fixtures.seedModel, flags: ["-default-isolation", "MainActor"])
        #expect(output == "", "\(output)")
    }

    /// A resource namespace named like a model (`Operations.CallRecord` beside `CallRecord`), as every
    /// reference has, must not shadow the model in the operation's body and response types.
    @Test(.enabled(if: modulesDirectory != nil))
    func operationNamedLikeAModelCompiles() throws {
        let source = SourceLocation(file: "callrecord.md", line: 1, column: 1)
        let model = ApiModel(
            types: [TypeDefinition(name: "callRecord", properties: [Property(name: "id", type: TypeReference(name: "String"), origin: .resource, source: source)], origin: .resource, sources: [source])],
            operations: [
                // `callrecords-callrecord-get` lives in `Operations.CallRecord`.
                Operation(id: "call-record", title: "call: recordResponse", apiVersion: "v1.0", page: "call-record.md", sources: [source]),
                Operation(
                    id: "callrecords-callrecord-get", title: "Get callRecord", apiVersion: "v1.0", page: "callrecords-callrecord-get.md",
                    routes: [Route(method: "GET", path: "/communications/callRecords/{id}", source: source)],
                    requestBody: RequestBody(type: TypeReference(name: "callRecord")),
                    responses: [ResponseDescription(status: 200, type: TypeReference(name: "callRecord"))], sources: [source]),
            ])
        let output = try Self.typecheck(model)
        #expect(output == "", "\(output)")
    }

    @Test(.enabled(if: modulesDirectory != nil), arguments: [AccessLevel.package, .internal])
    func everyAccessLevelCompiles(access: AccessLevel) throws {
        let output = try Self.typecheck(Fixtures.phoneModel, access: access)
        #expect(output == "", "\(output)")
    }
}
