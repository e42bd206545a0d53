@testable import GraphDocExtraction
import GraphDocMarkdown
import Testing

@Suite struct ValueListReaderTests {
    private func values(_ markdown: String) -> [String]? {
        ValueListReader.values(in: inlineText(markdown).english)
    }

    @Test(arguments: [
        ("Possible values are: `mobile`, `alternateMobile`, and `office`.", ["mobile", "alternateMobile", "office"]),
        ("Possible values are: `none`, `low` or `high`.", ["none", "low", "high"]),
        ("The type of phone. Possible values are `home`, `business`, `mobile`.", ["home", "business", "mobile"]),
        ("The supported values are `daily` and `weekly`.", ["daily", "weekly"]),
        ("The supported values: `user`, `group`.", ["user", "group"]),
        ("The possible values are: `a`, `b`, `unknownFutureValue`.", ["a", "b", "unknownFutureValue"]),
        ("Possible values: `on`,`off`.", ["on", "off"]),
        ("Can be one of the following: `enabled`, `disabled`.", ["enabled", "disabled"]),
        ("Visibility. Possible values are: **Private**, **Public**.", ["Private", "Public"]),
        ("Possible values are: none, low, high.", ["none", "low", "high"]),
        ("Possible values are: Active, Inactive, and PendingDeletion.", ["Active", "Inactive", "PendingDeletion"]),
        ("Possible values are: `a` - the first, `b` - the second.", ["a", "b"]),
        // Plain lists joined by a bare connector, quoted values, and values each with a sentence of description.
        ("Possible values: Active, ActiveWithError, Disabled and Error.", ["Active", "ActiveWithError", "Disabled", "Error"]),
        ("Can be one of Approve, Deny, or Recommendation.", ["Approve", "Deny", "Recommendation"]),
        ("Possible values are: \"Success\", \"Disabled\".", ["Success", "Disabled"]),
        ("Possible values: \"User\" - can be assigned to users. \"Company\" - can be assigned to the tenant.", ["User", "Company"]),
        ("Possible values: `Success` - Service is provisioned.<br/>`Disabled` - Service is disabled.<br/>", ["Success", "Disabled"]),
        ("Possible values are `a` -- first; `b` -- second.", ["a", "b"]),
        // A few words about a value before the next one, which is described in turn or ends the sentence.
        ("The value can be `Eligible` for eligible assignment `Active` - if it is assigned `Active` by admins.", ["Eligible", "Active"]),
        ("The value can be `low` for small teams `high`.", ["low", "high"]),
        ("The value can be `on` by default for `Get` requests and more.", ["on"]),
        // One emphasis around several values, then one more.
        ("Allowed values are *Binary, Boolean, DateTime, Integer* or *String*.", ["Binary", "Boolean", "DateTime", "Integer", "String"]),
        ("Allowed values are **red, green** and **blue**.", ["red", "green", "blue"]),
    ])
    func english(description: String, expected: [String]) {
        #expect(values(description) == expected)
    }

    @Test(arguments: [
        ("可取值为：`mobile`、`alternateMobile`、`office`。", ["mobile", "alternateMobile", "office"]),
        ("可取值为：`a`、、`b`。", ["a", "b"]),
        ("可取值为：`a` `b` `c`。", ["a", "b", "c"]),
        ("可能的值是：`low`、`medium`和`high`。", ["low", "medium", "high"]),
        ("周的第一天。 可取值包括：`sunday`、`monday`。 默认值为 `sunday`。", ["sunday", "monday"]),
        ("应用决策的结果。 可能的值：`New`、`AppliedSuccessfully`和 `ApplyNotSupported`.", ["New", "AppliedSuccessfully", "ApplyNotSupported"]),
        ("服务计划的预配状态。 可能的值有：`Success`、`Disabled`。", ["Success", "Disabled"]),
        ("依赖此记录的服务。可以是下列值之一：`Email`、`Sharepoint`。", ["Email", "Sharepoint"]),
        // Older MT reorders values around punctuation (seed zh-cn authentication-post-phonemethods.md).
        ("可能的值为`mobile`： `alternateMobile`、和`office`。", ["mobile", "alternateMobile", "office"]),
        ("Возможные значения: `a`, `b` или `c`.", ["a", "b", "c"]),
        // MT drops the separators between code spans, which then read as one span `pcma``pcmu`.
        ("可能的值为：、、、、`pcma``pcmu`、`amrWide`、`g7221``g722`。", ["pcma", "pcmu", "amrWide", "g7221", "g722"]),
        ("可能的值为：`replace`、`append`、`delete`或 `insert``prepend`。", ["replace", "append", "delete", "insert", "prepend"]),
    ])
    func translated(description: String, expected: [String]) {
        #expect(values(description) == expected)
    }

    @Test(arguments: [
        "Valid values 0 to 65535",
        "Valid values are 1 to 100.",
        "Possible values are `0`, `1`.",
        "The display name of the phone.",
        "Possible values are described in the [table](../resources/x.md#values) below.",
        "Use `mobile` for phones.",
    ])
    func notAValueList(description: String) {
        #expect(values(description) == nil)
    }

    @Test func stopsAtTheEndOfTheSentence() {
        #expect(values("Possible values are: `a`, `b`. Use `c` only for testing.") == ["a", "b"])
        #expect(values("Possible values are: `a`, `b`。此外 `c`。") == ["a", "b"])
        // v1.0 authorizationPolicy.allowInvitesFrom and group.visibility: the next sentence starts with a value.
        #expect(values("Possible values are: `none`, `adminsAndGuestInviters`, `everyone`.  `everyone` is the default setting.")
            == ["none", "adminsAndGuestInviters", "everyone"])
        #expect(values("Possible values are: `Private`, `Public`, or `Hiddenmembership`. `Hiddenmembership` can be set only for Microsoft 365 groups.")
            == ["Private", "Public", "Hiddenmembership"])
        #expect(values("Possible values are: `a`, `b`.<br>`c` is deprecated.") == ["a", "b"])
        // A dash that opens a longer sentence is no value's description: the list ends at its full stop.
        #expect(values("Possible values are: `a` - the usual one. Note that `b` is the default.") == ["a"])
        #expect(values("Possible values are: `a`, `b`. The name \"Pacific Standard Time\" is no value.") == ["a", "b"])
        #expect(values("A \"quoted\" word before the phrase. Possible values are: `x`, `y`.") == ["x", "y"])
    }

    @Test func laterPhraseWhenTheFirstHasNoList() {
        // en-us v1.0/resources/intune-mam-windowsinformationprotection.md
        #expect(values("WIP enforcement level.See the Enum definition for supported values. Possible values are: `noProtection`, `encryptAndAuditOnly`, `encryptAuditAndPrompt`, `encryptAuditAndBlock`.")
            == ["noProtection", "encryptAndAuditOnly", "encryptAuditAndPrompt", "encryptAuditAndBlock"])
        #expect(values("See the Enum definition for supported values Inherited from [windowsInformationProtection](x.md). Possible values are: noProtection, encryptAndAuditOnly.")
            == ["noProtection", "encryptAndAuditOnly"])
    }

    /// A sentence that forbids values lists what the property may not hold; a later sentence that
    /// allows values still counts.
    @Test(arguments: [
        ("Must only contain alphanumeric characters. Cannot begin with `Microsoft` or be one of the following values: `None`, `Directory`, `Teams`.", nil as [String]?),
        ("The id must not be one of the following values: `a`, `b`.", nil),
        ("标识符不能使用以下可能的值：`None`、`Directory`。", nil),
        ("Can't be one of `a` or `b`. Possible values are: `c`, `d`.", ["c", "d"]),
        ("Cannot be changed. Possible values are: `c`, `d`.", ["c", "d"]),
    ])
    func forbiddenValuesAreNoList(description: String, expected: [String]?) {
        let text = inlineText(description)
        #expect(ValueListReader.values(in: text.english) == expected)
    }

    @Test func valuesBeforeThePhraseAreIgnored() {
        #expect(values("Unlike `x`, this is limited. Possible values are: `a`, `b`.") == ["a", "b"])
    }

    @Test func mayHoldValuesIsACheapPrefilter() {
        #expect(ValueListReader.mayHoldValues("possible values are: `a`"))
        #expect(ValueListReader.mayHoldValues("可取值为：`a`"))
        #expect(!ValueListReader.mayHoldValues("the display name."))
    }

    @Test func seedTranslatedCellReadsFromEnglishOrLocalized() throws {
        let doc = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        let table = try #require(doc.tables.first { $0.source.line == 63 })
        let text = table.rows[1].cells[2].text
        #expect(ValueListReader.values(in: text.english) == ["mobile", "alternateMobile", "office"])
        #expect(ValueListReader.values(in: text.localized) == ["mobile", "alternateMobile", "office"])
    }
}
