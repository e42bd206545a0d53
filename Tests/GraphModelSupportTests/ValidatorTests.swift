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

    /// Inside a request body, objects must still carry their required members, but their read-only
    /// members name the object they refer to (`parentReference.id`) and may be sent.
    @Test func nestedObjectsCheckRequiredButNotReadOnly() {
        struct Reference: Validatable {
            var id: String?
            var name: String?
            func validate(context: ValidationContext) -> [ValidationIssue] {
                var v = Validator(context: context)
                v.required(name, "name")
                v.readOnly(id, "id")
                return v.issues
            }
        }
        let reference = Reference(id: "1", name: nil)
        var request = Validator(context: .request)
        request.nested(reference, "parentReference")
        #expect(request.issues.map(\.description) == ["parentReference.name: [required] name is required in a request"])
        var update = Validator(context: .update)
        update.nested([reference], "items")
        #expect(update.issues.isEmpty)
        #expect(reference.validate(context: .update).map(\.rule) == [.readOnly])
        #expect(ValidationContext.requestMember.member == .requestMember)
        #expect(ValidationContext.response.member == .response)
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
        #expect(v.issues[1].message == "expected at most 65535, found 70000", "whole numbers without a fraction")
        var fractions = Validator(context: .request)
        fractions.range(0.25, minimum: 0.5, maximum: nil, "rate")
        #expect(fractions.issues.map(\.message) == ["expected at least 0.5, found 0.25"])
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
