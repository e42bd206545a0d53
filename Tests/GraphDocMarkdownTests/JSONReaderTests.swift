import GraphDocIR
import GraphDocMarkdown
import Testing

@Suite struct JSONReaderTests {
    private func only(_ result: JSONReadResult) -> JSONDefect? {
        #expect(result.defects.count == 1, "defects: \(result.defects)")
        return result.defects.first
    }

    @Test func validJSONIsStrict() {
        let result = JSONReader.read(#"{"a": [1, 2.5, -3e2, true, false, null, "x"], "b": {}, "c": []}"#)
        #expect(result.isStrictlyValid)
        #expect(result.defects.isEmpty)
        #expect(result.value == .object([
            JSONMember(key: "a", value: .array([.number("1"), .number("2.5"), .number("-3e2"), .bool(true), .bool(false), .null, .string("x")]), line: 1, column: 2),
            JSONMember(key: "b", value: .object([]), line: 1, column: 47),
            JSONMember(key: "c", value: .array([]), line: 1, column: 56),
        ]))
    }

    @Test func memberPositionsAreKeyPositions() throws {
        let value = try #require(JSONReader.read("{\n  \"phoneNumber\": \"+1 2065555555\",\n  \"phoneType\": \"mobile\"\n}").value)
        let members = try #require(value.objectMembers)
        #expect(members.map(\.key) == ["phoneNumber", "phoneType"])
        #expect(members.map(\.line) == [2, 3])
        #expect(members.map(\.column) == [3, 3])
    }

    // MARK: recoverable defects: flagged at their position, value still produced

    @Test func trailingCommaInObject() throws {
        let result = JSONReader.read("{\n  \"a\": 1,\n}")
        let defect = try #require(only(result))
        #expect(defect.kind == .trailingComma)
        #expect((defect.line, defect.column) == (2, 9))
        #expect(result.value == .object([JSONMember(key: "a", value: .number("1"), line: 2, column: 3)]))
        #expect(!result.isStrictlyValid)
    }

    @Test func trailingCommaInArray() throws {
        let result = JSONReader.read("[1, 2,]")
        let defect = try #require(only(result))
        #expect(defect.kind == .trailingComma)
        #expect((defect.line, defect.column) == (1, 6))
        #expect(result.value == .array([.number("1"), .number("2")]))
    }

    @Test func missingCommaBetweenProperties() throws {
        let result = JSONReader.read("{\n  \"a\": 1\n  \"b\": 2\n}")
        let defect = try #require(only(result))
        #expect(defect.kind == .missingComma)
        #expect((defect.line, defect.column) == (3, 3))
        #expect(result.value?["a"] == .number("1"))
        #expect(result.value?["b"] == .number("2"))
    }

    @Test func missingCommaBetweenArrayObjects() throws {
        let result = JSONReader.read("[\n  {\"a\": 1}\n  {\"a\": 2}\n]")
        let defect = try #require(only(result))
        #expect(defect.kind == .missingComma)
        #expect((defect.line, defect.column) == (3, 3))
        #expect(result.value?.arrayValue?.count == 2)
    }

    @Test func unquotedKey() throws {
        let result = JSONReader.read(#"{ displayName: "x" }"#)
        let defect = try #require(only(result))
        #expect(defect.kind == .unquotedKey)
        #expect((defect.line, defect.column) == (1, 3))
        #expect(result.value?["displayName"] == .string("x"))
    }

    @Test func singleQuotes() {
        let result = JSONReader.read("{ 'a': 'it\\'s' }")
        #expect(result.defects.map(\.kind) == [.singleQuotes, .singleQuotes])
        #expect(result.defects.map(\.column) == [3, 8])
        #expect(result.value?["a"] == .string("it's"))
    }

    @Test func curlyQuotes() {
        let result = JSONReader.read("{ “a”: “b” }")
        #expect(result.defects.map(\.kind) == [.curlyQuotes, .curlyQuotes])
        // Columns count scalars: the curly quote is one column though three bytes.
        #expect(result.defects.map(\.column) == [3, 8])
        #expect(result.value?["a"] == .string("b"))
    }

    @Test func lineAndBlockComments() {
        let result = JSONReader.read("{\n  // the id\n  \"id\": \"x\", /* more */ \"n\": 1\n}")
        #expect(result.defects.map(\.kind) == [.comment, .comment])
        #expect(result.defects.map { [$0.line, $0.column] } == [[2, 3], [3, 14]])
        #expect(result.value?["id"] == .string("x"))
        #expect(result.value?["n"] == .number("1"))
    }

    @Test func rawNewlineInString() throws {
        let result = JSONReader.read("{\"description\": \"line one\nline two\"}")
        let defect = try #require(only(result))
        #expect(defect.kind == .controlCharacter)
        #expect((defect.line, defect.column) == (1, 26))
        #expect(result.value?["description"] == .string("line one\nline two"))
    }

    @Test func trailingText() throws {
        let result = JSONReader.read("{\"a\": 1} extra")
        let defect = try #require(only(result))
        #expect(defect.kind == .trailingText)
        #expect((defect.line, defect.column) == (1, 10))
        #expect(result.value?["a"] == .number("1"))

        let second = JSONReader.read("{\"a\": 1}\n{\"b\": 2}")
        #expect(second.defects.map { [$0.line, $0.column] } == [[2, 1]])
        #expect(second.defects.first?.kind == .trailingText)
    }

    @Test func columnsAfterCJKCountScalars() throws {
        let defect = try #require(only(JSONReader.read(#"{"名称": "电话",}"#)))
        #expect(defect.kind == .trailingComma)
        #expect(defect.column == 12)
    }

    // MARK: unrecoverable errors

    @Test(arguments: [
        (#"{"a": }"#, 1, 7),
        (#"{"a": 1"#, 1, 8),
        ("{\"date\": 2019-02-04}", 1, 10),
        ("{\n  \"value\": [\n    ...\n  ]\n}", 3, 5),
        ("", 1, 1),
        ("{\"a\": 01}", 1, 9),
        ("{\"a\": \"unterminated}", 1, 21),
        ("{\"a\" 1}", 1, 6),
        ("<xml/>", 1, 1),
    ])
    func unrecoverableErrorGivesNilAndPosition(text: String, line: Int, column: Int) {
        let result = JSONReader.read(text)
        #expect(result.value == nil)
        #expect(!result.isStrictlyValid)
        let syntax = result.defects.filter { $0.kind == .syntax }
        #expect(syntax.count == 1)
        #expect(syntax.first.map { [$0.line, $0.column] } == [line, column])
        #expect(syntax.first?.message.hasPrefix("expected") == true)
    }

    // MARK: values

    @Test func bigIntegerKeptAsText() {
        let result = JSONReader.read(#"{"size": 12345678901234567890, "ratio": 1.0, "tiny": -1.25e-30}"#)
        #expect(result.isStrictlyValid)
        #expect(result.value?["size"] == .number("12345678901234567890"))
        #expect(result.value?["ratio"] == .number("1.0"))
        #expect(result.value?["tiny"] == .number("-1.25e-30"))
    }

    @Test(arguments: [
        (#""\u00e9""#, "é"),
        (#""\u4e2d\u6587""#, "中文"),
        (#""\ud83d\ude00""#, "😀"),
        (#""\ud83d""#, "\u{FFFD}"),
        (#""a\"b\\c\/d\n\t""#, "a\"b\\c/d\n\t"),
        (#""raw 中文 😀""#, "raw 中文 😀"),
    ])
    func stringEscapes(json: String, expected: String) {
        let result = JSONReader.read(json)
        #expect(result.isStrictlyValid)
        #expect(result.value == .string(expected))
    }

    @Test func invalidEscapeIsAnError() {
        let result = JSONReader.read(#""a\qb""#)
        #expect(result.value == nil)
        #expect(result.defects.first?.kind == .syntax)
    }

    @Test func deepNesting() {
        let depth = 200
        let deep = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        let result = JSONReader.read(deep)
        #expect(result.isStrictlyValid)
        var value = result.value
        var levels = 0
        while case .array(let items)? = value { value = items.first; levels += 1 }
        #expect(levels == depth)
        #expect(value == .number("1"))

        let tooDeep = String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600)
        let refused = JSONReader.read(tooDeep)
        #expect(refused.value == nil)
        #expect(refused.defects.first?.kind == .syntax)
        #expect(refused.defects.first?.message.contains("nesting") == true)
    }
}
