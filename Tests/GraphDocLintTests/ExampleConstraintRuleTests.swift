import GraphDocIR
import Testing
@testable import GraphDocLint

/// Example values against the formats and limits a page states (what generated validators check),
/// so that example tests can predict those validation failures as known issues.
@Suite struct ExampleConstraintRuleTests {
    typealias F = Fixture
    static let file = "api/create-phone.md"

    static var resource: PageFacts {
        var number = F.property("phoneNumber", "String")
        number.constraints = PropertyConstraints(maxLength: 20, pattern: #"\+[0-9]+ [0-9]+"#)
        var count = F.property("count", "Int32")
        count.constraints = PropertyConstraints(minimum: 0, maximum: 10)
        var note = F.property("note", "String")
        note.nullable = true
        note.constraints = PropertyConstraints(pattern: "[a-z]+")
        let phone = F.type("phone", [number, count, note, F.property("displayName", "String")])
        return PageFacts(page: F.page("res/phone.md", kind: .resource), types: [phone], sections: F.sections("res/phone.md", [("properties", 3)]))
    }

    /// A page whose request-body table lists `phoneNumber` again, without the format.
    static func page(_ body: String) -> PageFacts {
        F.operationPage(
            file, routes: [("POST", "/phones")],
            request: F.request(file, line: 40, "POST", "https://graph.microsoft.com/v1.0/phones", body: body, bodyLine: 44, name: "create_phone"),
            response: nil,
            requestBody: RequestBody(type: TypeReference(name: "phone"), properties: [F.property("phoneNumber", "String", file)]),
            exampleName: "create_phone")
    }

    static func run(_ rule: any LintRule, _ body: String) -> [Diagnostic] {
        F.findings(rule, pages: [resource, page(body)])
    }

    @Test func valuesBreakingAStatedFormatOrLimitAreTypeMismatches() {
        let findings = Self.run(ExamplePropertyTypeMismatchRule(), """
            {
              "phoneNumber": "555-1234",
              "count": 11,
              "note": "UPPER",
              "displayName": "anything"
            }
            """)
        #expect(findings.map(\.subject) == ["create_phone/request/phoneNumber", "create_phone/request/count"])
        #expect(findings.first?.message.contains("format") == true)
        #expect(findings.last?.message.hasSuffix("should be at most 10, found 11") == true, "\(findings.last?.message ?? "")")
    }

    @Test func valuesWithinTheStatedFormatPass() {
        #expect(Self.run(ExamplePropertyTypeMismatchRule(), #"{"phoneNumber": "+1 2065555555", "count": 10}"#).isEmpty)
    }

    @Test func freeTextPlaceholdersInAFormattedStringArePlaceholders() {
        let findings = Self.run(PlaceholderValueRule(), #"{"phoneNumber": "Phone Number value", "displayName": "Display Name value"}"#)
        #expect(findings.map(\.subject) == ["create_phone/request/phoneNumber"])
    }
}

/// Successful response examples against the status the page states.
@Suite struct ExampleStatusMismatchRuleTests {
    typealias F = Fixture

    static func page(status: Int) -> PageFacts {
        var facts = F.operationPage(
            "api/create.md", request: F.request("api/create.md", line: 40, "POST", "https://graph.microsoft.com/v1.0/me/things", name: "create"),
            response: F.response("api/create.md", line: 60, status: status), exampleName: "create")
        facts.operation?.responses = [ResponseDescription(status: 201)]
        return facts
    }

    @Test func anotherSuccessStatusIsReported() {
        let findings = F.findings(ExampleStatusMismatchRule(), pages: [Self.page(status: 200)])
        #expect(findings.map(\.subject) == ["create/response"])
        #expect(findings.first?.line == 60)
    }

    @Test func theStatedStatusAndErrorExamplesPass() {
        #expect(F.findings(ExampleStatusMismatchRule(), pages: [Self.page(status: 201)]).isEmpty)
        #expect(F.findings(ExampleStatusMismatchRule(), pages: [Self.page(status: 404)]).isEmpty)
    }
}
