import Foundation
import Testing
import GraphDocIR

/// The JSON dump is a public interface: field names, explicit nulls, sorted keys.
@Suite struct IRContractTests {
    @Test func dumpHasTheDocumentedFieldsWithExplicitNulls() throws {
        let source = SourceLocation(file: "a.md", line: 3, column: 1)
        let model = ApiModel(
            pages: [PageInfo(path: "a.md", locale: "en-US", apiVersion: nil, kind: .operation, title: "T", translation: nil)],
            types: [TypeDefinition(name: "widget", properties: [Property(name: "id", type: TypeReference(name: "String"), origin: .resource, source: source)], origin: .resource)],
            enums: [EnumDefinition(name: "color", members: [EnumMember(name: "red")], origin: .table)],
            operations: [Operation(id: "op", title: "Op", apiVersion: "v1.0", page: "a.md")],
            diagnostics: [Diagnostic(.routeMalformed, "expected a route", at: source)])
        let json = try IRRendering.json(model)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["formatVersion"] as? Int == 1)
        #expect(Set(object.keys) == ["formatVersion", "pages", "types", "enums", "operations", "diagnostics"])
        let page = try #require((object["pages"] as? [[String: Any]])?.first)
        #expect(page["apiVersion"] is NSNull && page["translation"] is NSNull)
        let type = try #require((object["types"] as? [[String: Any]])?.first)
        #expect(type["baseType"] is NSNull)
        let property = try #require((type["properties"] as? [[String: Any]])?.first)
        for key in ["nullable", "required", "inheritedFrom", "enum"] { #expect(property[key] is NSNull, "\(key)") }
        #expect((property["type"] as? [String: Any])?["collection"] as? Bool == false)
        let operation = try #require((object["operations"] as? [[String: Any]])?.first)
        #expect(operation["requestBody"] is NSNull)
        #expect((operation["parameters"] as? [Any])?.isEmpty == true)
        let diagnostic = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["rule"] as? String == "route-malformed")
        #expect(diagnostic["severity"] as? String == "warning")
        #expect(diagnostic["line"] as? Int == 3)
        #expect(json.hasSuffix("}\n"))
    }

    @Test func parametersAreWrittenAndReadBackAndMayBeAbsent() throws {
        let source = SourceLocation(file: "a.md", line: 12, column: 2)
        let parameter = OperationParameter(
            name: "period", location: .function, type: TypeReference(name: "String"), description: "D7 or D30.",
            required: true, source: source)
        let model = ApiModel(operations: [Operation(id: "op", title: "Op", apiVersion: nil, page: "a.md", parameters: [parameter])])
        let json = try IRRendering.json(model)
        #expect(json.contains("\"location\" : \"function\""))
        #expect(try JSONDecoder().decode(ApiModel.self, from: Data(json.utf8)).operations.first?.parameters == [parameter])
        // IR written before the field existed still reads.
        let older = json.replacingOccurrences(of: "\"parameters\"", with: "\"unknownField\"")
        #expect(try JSONDecoder().decode(ApiModel.self, from: Data(older.utf8)).operations.first?.parameters == [])
    }

    @Test func jsonValuesCompareAsData() {
        let a = JSONValue.object([JSONMember(key: "a", value: .number("1"), line: 1, column: 2), JSONMember(key: "b", value: .null)])
        let b = JSONValue.object([JSONMember(key: "b", value: .null, line: 9, column: 9), JSONMember(key: "a", value: .number("1.0"))])
        #expect(a.isSameValue(as: b))
        #expect(!a.isSameValue(as: .object([JSONMember(key: "a", value: .number("2"))])))
        #expect(!JSONValue.array([.bool(true)]).isSameValue(as: .array([.bool(true), .bool(true)])))
    }

    @Test func severitiesAreOrderedAndRulesUnique() {
        #expect(Severity.note < .warning && Severity.warning < .error)
        let ids = RuleID.extractionRules.map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}

@Suite struct IRRenderingTests {
    /// Every count of elements splits into chunks without an empty or inverted range.
    @Test(arguments: [1, 2, 7, 9, 25, 31, 33, 100])
    func anyNumberOfElementsRenders(count: Int) throws {
        let source = SourceLocation(file: "a.md", line: 1, column: 1)
        let model = ApiModel(diagnostics: (0..<count).map { Diagnostic(.routeMalformed, "d\($0)", at: source) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(try IRRendering.json(model) == String(decoding: try encoder.encode(model), as: UTF8.self) + "\n")
    }

    @Test func concurrentRenderingEqualsPlainJSONEncoder() throws {
        let source = SourceLocation(file: "a/b.md", line: 3, column: 1)
        let model = ApiModel(
            pages: (0..<50).map { PageInfo(path: "p\($0).md", locale: "zh-CN", apiVersion: "beta", kind: .resource, title: "标题 \($0)", translation: TranslationInfo(type: "MT", sideBySide: true)) },
            types: (0..<30).map { TypeDefinition(name: "t\($0)", properties: [Property(name: "x", type: TypeReference(name: "String", collection: true), description: "a \"quoted\"\nline", origin: .resource, source: source)], origin: .resource) },
            enums: [],
            operations: [Operation(id: "op", title: "Op", apiVersion: nil, page: "a.md", examples: [Example(name: "e", request: HttpMessage(method: "GET", url: "https://x/y", body: .object([JSONMember(key: "k", value: .array([.number("1"), .null]))]), source: source), response: nil)])],
            diagnostics: [Diagnostic(.routeMalformed, "expected a route", at: source)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let plain = String(decoding: try encoder.encode(model), as: UTF8.self) + "\n"
        #expect(try IRRendering.json(model) == plain)
    }

    /// The pieces written one after another are the document, with no piece left empty.
    @Test(arguments: [0, 1, 9, 40])
    func piecesJoinIntoTheDocument(count: Int) throws {
        let source = SourceLocation(file: "a.md", line: 1, column: 1)
        let model = ApiModel(
            pages: (0..<count).map { PageInfo(path: "p\($0).md", locale: "en-US", apiVersion: "v1.0", kind: .other, title: "t", translation: nil) },
            diagnostics: (0..<count).map { Diagnostic(.routeMalformed, "d\($0)", at: source) })
        let pieces = try IRRendering.jsonPieces(model)
        #expect(Data(pieces.joined()) == (try IRRendering.jsonData(model)))
        #expect(pieces.allSatisfy { !$0.isEmpty })
    }
}

@Suite struct WrittenTypeNameTests {
    @Test(arguments: [
        ("#microsoft.graph.user", "microsoft.graph.user", false),
        (" Collection(microsoft.graph.user) ", "microsoft.graph.user", true),
        ("#Collection(graph.itemPhone)", "graph.itemPhone", true),
        ("Edm.String", "Edm.String", false),
        ("Collection(", "Collection(", false),
    ])
    func marksAreStripped(written: String, name: String, collection: Bool) {
        let parsed = WrittenTypeName(written)
        #expect(parsed.name == name)
        #expect(parsed.isCollection == collection)
    }

    @Test func edmPrefix() {
        #expect(WrittenTypeName("Collection(Edm.Int32)").withoutEdmPrefix == "Int32")
        #expect(WrittenTypeName.withoutEdmPrefix("microsoft.graph.Edm") == "microsoft.graph.Edm")
    }
}
