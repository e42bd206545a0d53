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

/// A self-referencing struct compiles and compares through `Indirect`.
struct Folder: Hashable, Sendable {
    var name: String?
    @Indirect var parent: Folder?
}

@Suite struct IndirectTests {
    @Test func selfReferenceWorksLikeAProperty() {
        var child = Folder(name: "b", parent: Folder(name: "a", parent: nil))
        #expect(child.parent?.name == "a")
        child.parent = nil
        #expect(child == Folder(name: "b", parent: nil))
        #expect(Set([child, child]).count == 1)
    }
}
