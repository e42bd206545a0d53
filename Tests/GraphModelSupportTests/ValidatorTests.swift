import GraphModelSupport
import Testing

@Suite struct ValidatorTests {
    @Test func requiredAndReadOnlyApplyToRequestsOnly() {
        var request = Validator(context: .request)
        request.required(String?.none, "phoneNumber")
        request.readOnly("x" as String?, "id")
        #expect(request.issues.map(\.rule) == [.required, .readOnly])
        #expect(request.issues.map(\.path) == ["phoneNumber", "id"])

        var response = Validator(context: .response)
        response.required(String?.none, "phoneNumber")
        response.readOnly("x" as String?, "id")
        #expect(response.issues.isEmpty)
    }

    @Test func limitsAndPatterns() {
        var v = Validator(context: .request)
        v.maxLength("abcdef", 5, "name")
        v.maxLength("abcde", 5, "ok")
        v.range(70000, minimum: 0, maximum: 65535, "port")
        v.pattern("+1 5555551234", #"\+\d{1,3} \d{10,}( x\d+)?"#, "phone")
        v.pattern("5555551234", #"\+\d{1,3} \d{10,}( x\d+)?"#, "phone2")
        v.pattern("abc", "[", "broken")
        #expect(v.issues.map(\.path) == ["name", "port", "phone2", "broken"])
    }

    @Test func nestedPathsAreJoined() {
        var v = Validator(context: .response)
        v.nested([Audience.me, Audience(rawValue: "x")], "audiences")
        v.nested(DateTimeOffset(text: "bad"), "created")
        #expect(v.issues.map(\.path) == ["audiences[1]", "created"])
        let issue = ValidationIssue(path: "a", rule: .format, message: "m").prefixed(with: "outer")
        #expect(issue.path == "outer.a")
        #expect(issue.description == "outer.a: [format] m")
    }

    @Test func wrongTypedKnownKeysAreReported() {
        var v = Validator(context: .response)
        v.wrongTypes(["a": 1, "b": nil, "zzz": 2], known: ["a", "b"])
        #expect(v.issues.map(\.path) == ["a"])
    }
}
