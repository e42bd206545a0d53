import GraphModelSupport
import Testing

/// Synthesized Codable picks the `Nullable` overloads of the keyed containers.
struct Patch: Codable, Equatable {
    var displayName: Nullable<String>?
    var age: Nullable<Int>?
}

@Suite struct NullableTests {
    @Test func threeStatesDecode() throws {
        #expect(try decode(Patch.self, #"{}"#) == Patch(displayName: nil, age: nil))
        #expect(try decode(Patch.self, #"{"displayName":null}"#) == Patch(displayName: .null, age: nil))
        #expect(try decode(Patch.self, #"{"displayName":"a","age":3}"#) == Patch(displayName: .value("a"), age: .value(3)))
    }

    @Test func absentStaysAbsentAndNullIsSent() throws {
        #expect(try encode(Patch(displayName: nil, age: nil)) == "{}")
        #expect(try encode(Patch(displayName: .null, age: .value(4))) == #"{"age":4,"displayName":null}"#)
    }

    @Test func convenience() {
        #expect(Nullable<Int>(nil).isNull)
        #expect(Nullable(5).value == 5)
    }
}
