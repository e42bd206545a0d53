import Foundation
import GraphDocIR
@testable import GraphDocExtraction
import GraphDocMarkdown
import Testing

@Suite struct ConstraintReaderTests {
    @Test(arguments: [
        ("The display name. Maximum length is 256.", 256 as Int?),
        ("The name. Max length is 128 characters.", 128),
        ("The subject, up to 120 characters.", 120),
        ("Limited to 64 characters.", 64),
        ("The note cannot exceed 255 characters.", 255),
        ("No more than 50 characters.", 50),
        ("Maximum length of 40.", 40),
        ("Maximum length: 256 characters.", 256),
        ("The maximum length of recording is 2 minutes.", nil),
        ("The maximum length of the company name is 64 characters.", 64),
        ("Must not exceed 120 characters in length.", 120),
        // zh-CN, as machine translation writes it.
        ("最大长度为 256 个字符。", 256),
        ("最大长度：1024 个字符。", 1024),
        ("属性的名称。 最多 32 个字符。", 32),
        ("此文本不能超过 64 个字符。", 64),
        ("此文本必须是 Unicode 且不超过 1024 个字符。", 1024),
        ("一个用户最多可以有 5 个电话。", nil),
        ("A user may have up to 5 phones.", nil),
        ("The display name.", nil),
    ])
    func maxLength(description: String, expected: Int?) {
        #expect(ConstraintReader.read(description).maxLength == expected)
    }

    @Test(arguments: [
        ("Port. Valid values 0 to 65535", 0.0, 65535.0),
        ("Valid values are 1 to 100.", 1, 100),
        ("A percentage between 0 and 100.", 0, 100),
        ("Valid range: -1 to 10.", -1, 10),
        ("This is a number from 1 to 12.", 1, 12),
        ("密码过期前的天数。 有效值为 1 至 365。", 1, 365),
        ("经理级别，介于 1 和 4 之间。", 1, 4),
        ("这必须设置在 0 到 730 之间，包括在内。", 0, 730),
    ])
    func numericRange(description: String, minimum: Double, maximum: Double) {
        let constraints = ConstraintReader.read(description)
        #expect(constraints.minimum == minimum)
        #expect(constraints.maximum == maximum)
    }

    @Test func noRangeWithoutNumbers() {
        let constraints = ConstraintReader.read("Valid values are listed below.")
        #expect(constraints.minimum == nil)
        #expect(constraints.maximum == nil)
    }

    private static let phoneDescription = #"The phone number to text or call for authentication. Phone numbers use the format "+<country code> <number>x<extension>", with extension optional. For example, +1 5555551234 or +1 5555551234x123 are valid. Numbers are rejected when creating/updating if they don't match the required format."#

    private func matches(_ pattern: String, _ value: String) throws -> Bool {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
    }

    @Test func phoneNumberFormatFromSeedPage() throws {
        // Seed en-us authentication-post-phonemethods.md, Request body table, row phoneNumber (line 58).
        let doc = try seed("en-us/beta/api/authentication-post-phonemethods.md")
        let table = try #require(doc.tables.first { $0.source.line == 56 })
        let row = try #require(table.rows.first)
        #expect(row.source.line == 58)
        let facts = DescriptionReader.read(row.cells[2].text, isTranslation: false)
        let constraints = try #require(facts.constraints)
        #expect(constraints.validExamples == ["+1 5555551234", "+1 5555551234x123"])
        let pattern = try #require(constraints.pattern)
        for valid in ["+1 5555551234", "+1 5555551234x123", "+1 2065555555", "+44 2079460958"] {
            #expect(try matches(pattern, valid), "\(valid) should match \(pattern)")
        }
        for invalid in ["5555551234", "+1 555-555-1234", "+1 5555551234x", "+1 5555551234 x123", "1 5555551234", "+1 5555551234x12a", ""] {
            #expect(try !matches(pattern, invalid), "\(invalid) should not match \(pattern)")
        }
    }

    @Test func phoneNumberFormatFromTranslatedSeedUsesTheEnglishOriginal() throws {
        let doc = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        let table = try #require(doc.tables.first { $0.source.line == 63 })
        let facts = DescriptionReader.read(table.rows[0].cells[2].text, isTranslation: true)
        let pattern = try #require(facts.constraints?.pattern)
        #expect(try matches(pattern, "+1 5555551234x123"))
        #expect(try !matches(pattern, "5555551234"))
    }

    @Test func plainDescriptionGivesTheSamePattern() throws {
        let constraints = ConstraintReader.read(Self.phoneDescription)
        #expect(constraints.pattern == #"^\+[0-9]+ [0-9]+(?:x[0-9]+)?$"#)
    }

    @Test func patternIsDroppedWhenThePagesOwnExamplesDisagree() {
        // The examples have no "+", so a pattern derived from the format would reject them.
        let constraints = ConstraintReader.read(#"Use the format "+<country code> <number>". For example, 1 5555551234 is valid."#)
        #expect(constraints.pattern == nil)
        #expect(constraints.validExamples == ["1 5555551234"])
    }

    @Test func formatWithoutPlaceholdersIsNotAPattern() {
        #expect(ConstraintReader.read(#"Use the format "yyyy-MM-dd"."#).pattern == nil)
    }

    @Test func optionalPlaceholders() {
        #expect(ConstraintReader.optionalPlaceholders("with extension optional.") == ["extension"])
        #expect(ConstraintReader.optionalPlaceholders("with an extension optional and the suffix optional") == ["extension", "suffix"])
        #expect(ConstraintReader.optionalPlaceholders("with extension required") == [])
    }

    /// A bound that rounds past the largest Double, or reads as NaN, is no limit: the finite bound
    /// stays, and the reading names what was left out.
    @Test(arguments: [
        ("Valid values -1.79769313486232E+308 to 1.79769313486232E+308", nil as Double?, nil as Double?, ["-1.79769313486232e+308", "1.79769313486232e+308"]),
        ("Valid values 1 to 1e999.", 1, nil, ["1e999"]),
        ("Valid values nan to 5", nil, 5, ["nan"]),
        ("Valid values -inf to infinity", nil, nil, ["-inf", "infinity"]),
        ("Valid values 0 to 1.7976931348623157E+308", 0, Double.greatestFiniteMagnitude, []),
    ])
    func nonFiniteBoundsAreLeftOut(description: String, minimum: Double?, maximum: Double?, leftOut: [String]) {
        let reading = ConstraintReader.reading(description)
        #expect(reading.constraints.minimum == minimum)
        #expect(reading.constraints.maximum == maximum)
        #expect(reading.nonFiniteBounds == leftOut)
    }

    @Test func aPropertyTableReportsANonFiniteLimitAtItsDescriptionCell() throws {
        let page = parse("""
            # t resource type

            ## Properties

            | Property | Type | Description |
            |:--|:--|:--|
            | size | Double | Valid values -1.79769313486232E+308 to 1.79769313486232E+308. |
            | port | Int32 | Valid values 0 to 65535. |
            """)
        let table = try #require(page.tables.first)
        var diagnostics: [Diagnostic] = []
        let result = TableReader.properties(table, shape: TableShape(table), owner: "t", origin: .resource, isTranslation: false, diagnostics: &diagnostics)
        #expect(result.properties.first { $0.name == "size" }?.constraints == nil)
        #expect(result.properties.first { $0.name == "port" }?.constraints?.maximum == 65535)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.rule == RuleID.limitNotFinite.id)
        #expect((diagnostic.line, diagnostic.column) == (7, 19))
        #expect(diagnostic.message.contains("those bounds are left out"))
    }
}
