import GraphModelSupport
import Testing

/// The shape the generator emits for an open enum.
enum Audience: OpenEnum {
    case me, family, unknownFutureValue
    case undocumented(String)

    static let documentedCases: [Audience] = [.me, .family, .unknownFutureValue]

    init(rawValue: String) {
        switch rawValue {
        case "me": self = .me
        case "family": self = .family
        case "unknownFutureValue": self = .unknownFutureValue
        default: self = .undocumented(rawValue)
        }
    }

    var rawValue: String {
        switch self {
        case .me: "me"
        case .family: "family"
        case .unknownFutureValue: "unknownFutureValue"
        case .undocumented(let value): value
        }
    }
}

enum Days: OpenFlagsEnum {
    case monday, tuesday
    case undocumented(String)
    static let documentedCases: [Days] = [.monday, .tuesday]
    init(rawValue: String) {
        switch rawValue {
        case "monday": self = .monday
        case "tuesday": self = .tuesday
        default: self = .undocumented(rawValue)
        }
    }
    var rawValue: String {
        switch self {
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .undocumented(let value): value
        }
    }
}

@Suite struct OpenEnumTests {
    @Test func documentedValuesDecode() throws {
        #expect(try decode([Audience].self, #"["me","family"]"#) == [.me, .family])
    }

    @Test func unknownValuesDecodeAndReencodeUnchanged() throws {
        let value = try decode([Audience].self, #"["contacts"]"#)
        #expect(value == [.undocumented("contacts")])
        #expect(try encode(value) == #"["contacts"]"#)
        #expect(!value[0].isDocumented)
    }

    @Test func validationReportsUnknownValues() {
        #expect(Audience.me.validate(context: .request).isEmpty)
        let issues = Audience(rawValue: "contacts").validate(context: .response)
        #expect(issues.map(\.rule) == [.enumMember])
        #expect(issues.first?.message.contains("contacts") == true)
    }

    /// A page may leave out that an enum is a flags enum; its examples still combine members.
    @Test func documentedMembersCombinedWithCommasAreNoIssue() {
        #expect(Audience(rawValue: "me,family").validate(context: .response).isEmpty)
        #expect(Audience(rawValue: "me, family").validate(context: .request).isEmpty)
        #expect(Audience(rawValue: "me,contacts").validate(context: .response).map(\.rule) == [.enumMember])
        #expect(Audience(rawValue: "me,").validate(context: .response).map(\.rule) == [.enumMember])
    }

    @Test func flagsValuesAreCheckedMemberByMember() {
        #expect(Days(rawValue: "monday,tuesday").validate(context: .request).isEmpty)
        #expect(Days(rawValue: "monday, sunday").validate(context: .request).count == 1)
        #expect(Days(members: [.monday, .tuesday]).rawValue == "monday,tuesday")
        #expect(Days(rawValue: "monday,tuesday").members == [.monday, .tuesday])
    }
}
