import GraphModelSupport
import Testing

@Suite struct JSONValueTests {
    @Test func int64BeyondDoublePrecisionRoundTrips() throws {
        let json = #"[9007199254740993,-9223372036854775808,12345678901234567890]"#
        #expect(try encode(decode(JSONValue.self, json)) == json)
    }

    @Test func longDecimalsKeepTheirDigits() throws {
        let json = #"[0.1,123456789012345678901234.5678,-1.25]"#
        #expect(try encode(decode(JSONValue.self, json)) == json)
    }

    @Test(arguments: ["1.0", "1.50", "1e3"])
    func spellingIsNormalisedButTheValueKept(literal: String) throws {
        let value = try decode(JSONValue.self, "[\(literal)]")
        #expect(value == .array([.number(JSONNumber(literal)!)]))
        #expect(try decode(JSONValue.self, encode(value)) == value)
    }

    @Test func objectKeyOrderDoesNotMatterForEquality() throws {
        #expect(try decode(JSONValue.self, #"{"a":1,"b":[true,null]}"#) == decode(JSONValue.self, #"{"b":[true,null],"a":1}"#))
        #expect(try decode(JSONValue.self, #"{"a":1}"#) != decode(JSONValue.self, #"{"a":2}"#))
    }

    @Test func numbersCompareByValue() {
        #expect(JSONNumber("1.0") == JSONNumber("1"))
        #expect(JSONNumber("2") != JSONNumber("1"))
        #expect(JSONNumber("abc") == nil)
    }

    @Test func everyKindRoundTrips() throws {
        let json = #"{"a":null,"b":true,"c":"x\"y","d":[],"e":{"f":-0.5}}"#
        #expect(try encode(decode(JSONValue.self, json)) == json)
        let literal: JSONValue = ["a": nil, "b": true, "c": "x\"y", "d": [], "e": ["f": -0.5]]
        #expect(try decode(JSONValue.self, json) == literal)
    }

    @Test func stringsThatLookLikeNumbersStayStrings() throws {
        #expect(try decode(JSONValue.self, #"["12"]"#) == .array([.string("12")]))
    }
}
