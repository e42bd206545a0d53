import Foundation
import Testing
import GraphDocIR

/// The writer must produce JSONEncoder's bytes (pretty, sorted keys, unescaped slashes) for anything
/// the IR holds, so each case is checked against JSONEncoder itself.
@Suite struct SortedJSONWriterTests {
    private func expectSameAsJSONEncoder<T: Encodable>(_ value: T, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(value), as: UTF8.self)
        let written = String(decoding: try SortedJSONWriter.encode(value), as: UTF8.self)
        #expect(written == expected, sourceLocation: sourceLocation)
    }

    private struct DynamicKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Members in the order given, repeats included.
    private struct Members: Encodable {
        var pairs: [(String, Int)]
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: DynamicKey.self)
            for (key, value) in pairs { try container.encode(value, forKey: DynamicKey(stringValue: key)) }
        }
    }

    private struct NothingEncoded: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    private struct Mixed: Encodable {
        var zeta: String? = nil
        var alpha = [Int]()
        var middle: [String: [Double]] = [:]
        var flag = true
        var small: Int8 = -3
        var large: UInt64 = .max
        var nested: [Mixed] = []
    }

    @Test func keysSortByUTF8BytesAndTheLastRepeatWins() throws {
        try expectSameAsJSONEncoder(Members(pairs: [
            ("z", 1), ("B", 2), ("a", 3), ("item10", 4), ("item2", 5), ("é", 6), ("@odata.type", 7), ("_x", 8),
            ("a.b", 9), ("ab", 10), ("Z", 11), ("ｚ", 12),
        ]))
        try expectSameAsJSONEncoder(Members(pairs: [("a", 1), ("b", 2), ("a", 3)]))
        try expectSameAsJSONEncoder(Members(pairs: [("a", 1), ("a", 2)]))
        try expectSameAsJSONEncoder(Members(pairs: [("a", 1), ("b", 2), ("c", 3)]))
    }

    /// Objects of one type reuse the key order of the previous one; a different set of keys must not.
    @Test func siblingObjectsWithDifferentKeysEachSortTheirOwn() throws {
        try expectSameAsJSONEncoder([
            Members(pairs: [("b", 1), ("a", 2)]),
            Members(pairs: [("b", 1), ("a", 2)]),
            Members(pairs: [("b", 1), ("c", 2), ("a", 3)]),
            Members(pairs: [("b", 1)]),
            Members(pairs: []),
            Members(pairs: [("d", 1), ("c", 2)]),
        ])
    }

    @Test func emptyContainersAtEveryDepth() throws {
        try expectSameAsJSONEncoder([Int]())
        try expectSameAsJSONEncoder([String: Int]())
        try expectSameAsJSONEncoder([[Int]()])
        try expectSameAsJSONEncoder([[String: [Int]]()])
        try expectSameAsJSONEncoder(["k": [String: Int]()])
        try expectSameAsJSONEncoder([NothingEncoded()])
    }

    @Test func stringsAreEscapedAsJSONEncoderEscapesThem() throws {
        let controls = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) })
        try expectSameAsJSONEncoder([
            "quote \" backslash \\ slash / tab \t",
            controls,
            "\u{7F} \u{2028} \u{2029} é 继承自 😀",
            "",
        ])
    }

    @Test func numbersAreSpelledAsJSONEncoderSpellsThem() throws {
        try expectSameAsJSONEncoder([1.0, 1e20, 1.5e-7, 47.640568390488626, -0.0, 0.1, 123456789012345678.0, .leastNonzeroMagnitude, 1e16, 1e15, -2.5])
        try expectSameAsJSONEncoder([Int64.max, Int64.min, 0])
        try expectSameAsJSONEncoder([Float(1.5), Float(3)])
    }

    @Test func optionalsNestingAndDictionaries() throws {
        let inner = Mixed(zeta: "z", alpha: [3, 1], middle: ["b": [1.5], "a": []], flag: false)
        try expectSameAsJSONEncoder(Mixed(nested: [inner, Mixed()]))
        try expectSameAsJSONEncoder([Optional<Int>.none, 2])
    }

    @Test func jsonValuesOfExamples() throws {
        let value = JSONValue.object([
            JSONMember(key: "value", value: .array([.object([JSONMember(key: "id", value: .string("1")), JSONMember(key: "@odata.etag", value: .string("W/\"x\""))])])),
            JSONMember(key: "@odata.context", value: .string("https://graph.microsoft.com/v1.0/$metadata#users")),
            JSONMember(key: "big", value: .number("12345678901234567890")),
            JSONMember(key: "lat", value: .number("47.640568390488626")),
            JSONMember(key: "empty", value: .object([])),
            JSONMember(key: "none", value: .null),
        ])
        try expectSameAsJSONEncoder(value)
    }

    /// Valid JSON numbers that round to infinity are written as the page spelled them (JSONEncoder
    /// would throw and write nothing); text that is no JSON number stays a string.
    @Test func numbersNoDoubleHoldsAreWrittenAsSpelled() throws {
        let value = JSONValue.array([.number("1e400"), .number("-1E+999"), .number("nan"), .number("2")])
        let written = String(decoding: try SortedJSONWriter.encode(value), as: UTF8.self)
        #expect(written == "[\n  1e400,\n  -1E+999,\n  \"nan\",\n  2\n]")
        let encoded = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        #expect(encoded == #"["1e400","-1E+999","nan",2]"#)
    }

    /// The IR written with such a number reads back (the number as null): `generate --ir` goes on.
    @Test func numbersNoDoubleHoldsReadBackAsNull() throws {
        let value = JSONValue.object([JSONMember(key: "huge", value: .number("1e400")), JSONMember(key: "n", value: .number("2"))])
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(try SortedJSONWriter.encode(value)))
        #expect(decoded["huge"] == .null)
        #expect(decoded["n"] == .number("2"))
    }

    @Test(arguments: ["0", "-0", "1.5", "1e400", "-12.5E-3", "123456789012345678901234567890"])
    func numberLexemes(text: String) { #expect(JSONValue.isNumberLexeme(text)) }

    @Test(arguments: ["", "-", "01", "1.", ".5", "1e", "1e+", "nan", "inf", "+1", "1 ", "0x10"])
    func notNumberLexemes(text: String) { #expect(!JSONValue.isNumberLexeme(text)) }

    @Test func depthIndentsEveryLineButTheFirst() throws {
        let written = String(decoding: try SortedJSONWriter.encode(["a": [1]], depth: 2), as: UTF8.self)
        #expect(written == "{\n      \"a\" : [\n        1\n      ]\n    }")
    }

    /// Elements written as a run, wrapped in the brackets JSONEncoder puts around them, are
    /// JSONEncoder's array; a run from the middle of an array is that part of it.
    @Test(arguments: [1, 2, 5])
    func elementsAreTheInsideOfAnArray(count: Int) throws {
        let values = (0..<count).map { ["k\($0)": [$0, $0 + 1]] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(values), as: UTF8.self)
        let inside = String(decoding: try SortedJSONWriter.encodeElements(values[...], depth: 1), as: UTF8.self)
        #expect("[\n" + inside + "\n]" == expected)
        if count > 2 {
            let middle = String(decoding: try SortedJSONWriter.encodeElements(values[1..<count - 1], depth: 1), as: UTF8.self)
            #expect(inside.contains(",\n" + middle + ",\n"))
        }
    }

    @Test func noElementsWriteNothing() throws {
        #expect(try SortedJSONWriter.encodeElements([Int]()[...], depth: 3).isEmpty)
    }

    @Test func valuesJSONEncoderSpellsItsOwnWayAreRefused() {
        #expect(throws: EncodingError.self) { try SortedJSONWriter.encode(["d": Data([1])]) }
        #expect(throws: EncodingError.self) { try SortedJSONWriter.encode([URL(fileURLWithPath: "/x")]) }
        #expect(throws: EncodingError.self) { try SortedJSONWriter.encode([Double.nan]) }
    }
}
