import Foundation
import GraphModelSupport
import Testing

/// The shape the generator emits for a model.
struct Phone: GraphModel {
    static let odataTypeName = "microsoft.graph.phone"
    var number: String?
    var type: Audience?
    var note: Nullable<String>?
    var additionalProperties: [String: JSONValue] = [:]

    init(number: String? = nil, type: Audience? = nil, note: Nullable<String>? = nil) {
        self.number = number
        self.type = type
        self.note = note
    }

    init(from decoder: any Decoder) throws {
        var c = try ObjectDecodingContainer(decoder)
        number = c.decode("number")
        type = c.decode("type")
        note = c.decodeNullable("note")
        additionalProperties = try c.remainingProperties()
    }

    func encode(to encoder: any Encoder) throws {
        var c = ObjectEncodingContainer(encoder)
        try c.encode(number, "number")
        try c.encode(type, "type")
        try c.encodeNullable(note, "note")
        try c.encodeAdditionalProperties(additionalProperties)
    }

    func validate(context: ValidationContext) -> [ValidationIssue] {
        var v = Validator(context: context)
        v.required(number, "number")
        v.nested(type, "type")
        v.wrongTypes(additionalProperties, known: ["number", "type", "note"])
        return v.issues
    }
}

@Suite struct ObjectContainerTests {
    @Test func unknownKeysNullsAndWrongTypesSurviveARoundTrip() throws {
        let json = ##"{"@odata.type":"#microsoft.graph.phone","extra":{"x":[1,2]},"note":null,"number":42,"type":"newKind"}"##
        let phone = try decode(Phone.self, json)
        #expect(phone.number == nil)
        #expect(phone.type == .undocumented("newKind"))
        #expect(phone.note == .null)
        #expect(phone.additionalProperties["extra"] == ["x": [1, 2]])
        #expect(try encode(phone) == json)
        #expect(phone.validate(context: .response).map(\.rule) == [.enumMember, .type])
        #expect(phone.validate(context: .request).map(\.rule) == [.required, .enumMember, .type])
    }

    @Test func nullOfAPlainOptionalIsKeptAndSetPropertyWins() throws {
        var phone = try decode(Phone.self, #"{"number":null}"#)
        #expect(try encode(phone) == #"{"number":null}"#)
        phone.number = "1"
        #expect(try encode(phone) == #"{"number":"1"}"#)
        var cleared = Phone()
        cleared.setNull(forKey: "number")
        #expect(try encode(cleared) == #"{"number":null}"#)
    }

    @Test func peeksTheODataType() throws {
        struct Probe: Decodable {
            let type: String?
            init(from decoder: any Decoder) throws { type = ODataType.peek(decoder) }
        }
        #expect(try decode(Probe.self, ##"{"@odata.type":"#microsoft.graph.user"}"##).type == "microsoft.graph.user")
        #expect(try decode(Probe.self, #"{}"#).type == nil)
        #expect(try decode(Probe.self, #"3"#).type == nil)
    }
}

/// A generated-style model with 64-bit and decimal members.
struct Counter: GraphModel {
    static let odataTypeName = "microsoft.graph.counter"
    var big: Int64?
    var amount: Decimal?
    var additionalProperties: [String: JSONValue] = [:]

    init(from decoder: any Decoder) throws {
        var c = try ObjectDecodingContainer(decoder)
        big = c.decode("big")
        amount = c.decode("amount")
        additionalProperties = try c.remainingProperties()
    }

    func encode(to encoder: any Encoder) throws {
        var c = ObjectEncodingContainer(encoder)
        try c.encode(big, "big")
        try c.encode(amount, "amount")
        try c.encodeAdditionalProperties(additionalProperties)
    }

    func validate(context: ValidationContext) -> [ValidationIssue] { [] }
}

@Suite struct NumericFidelityTests {
    @Test func int64BeyondDoublePrecisionAndDecimalsRoundTrip() throws {
        let json = #"{"amount":12345678901234567.891,"big":9223372036854775807,"huge":123456789012345678901234567890}"#
        let counter = try decode(Counter.self, json)
        #expect(counter.big == Int64.max)
        #expect(try encode(counter) == json)
    }
}
