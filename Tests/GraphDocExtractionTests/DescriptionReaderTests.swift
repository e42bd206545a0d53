@testable import GraphDocExtraction
import GraphDocMarkdown
import Testing

@Suite struct DescriptionReaderTests {
    private func read(_ markdown: String, translation: Bool = false) -> DescriptionFacts {
        DescriptionReader.read(inlineText(markdown), isTranslation: translation)
    }

    @Test(arguments: [
        "The id. Read-only.", "The id. Read-only", "Set by the server, which is read-only.", "Read only.",
        "The date. readonly", "**Read-only.**", "标识符。只读。",
    ])
    func readOnly(description: String) {
        #expect(read(description).readOnly)
    }

    @Test(arguments: ["The display name.", "Read the value from the [user](user.md).", "Only set once."])
    func notReadOnly(description: String) {
        #expect(!read(description).readOnly)
    }

    @Test(arguments: [
        ("The name. Nullable.", true as Bool?), ("The name. Not nullable.", false), ("The name. Not Nullable.", false),
        ("The name. non-nullable.", false), ("Read-only. nullable", true), ("名称。可为 null。", true),
        ("名称。不可为 null。", false), ("The name.", nil),
    ])
    func nullable(description: String, expected: Bool?) {
        #expect(read(description).nullable == expected)
    }

    @Test(arguments: [
        ("Bearer {token}. Required.", true as Bool?), ("Optional.", false),
        // A condition the models cannot check, or a name, does not make a property required.
        ("Required when type is `x`.", nil), ("The day. Required if **type** is `absoluteMonthly`.", nil),
        ("Required and must be positive if **type** is `numbered`.", nil), ("Required for users who will be licensed.", nil),
        ("The chat information. Required information for joining a meeting.", nil), ("Minimum Required Os Version.", nil),
        ("Required on create.", true), ("The name. Required, unique.", true), ("Required", true), ("**Required**", true),
        ("Not required.", false), ("The name. Optional; defaults to none.", false), ("必需。", true), ("可选。", false),
        ("The `requiredResourceAccess` property.", nil), ("Sets the optionalClaims.", nil), ("The name.", nil),
    ])
    func required(description: String, expected: Bool?) {
        #expect(read(description).required == expected)
    }

    @Test(arguments: [
        ("名称。必需。", true as Bool?), ("必填", true), ("**必需**", true), ("名称（可选）。", false), ("名称。不是必需的。", false),
        ("非必需。", false), ("Имя. Обязательный.", true), ("Имя. Необязательно.", false), ("ID。必需项。只读。", true),
        ("附件大小。 此为必需属性。", true), ("定义实体。创建时为必需项。支持 `$select`。", true), ("可选字段。介绍操作。", false),
        ("此属性是必需的。", true),
        // Prose, not a flag: "the required password type", "the provider fields are required".
        ("所需的密码类型。必需的密码类型。", nil), ("提供程序和供应商字段是必需的。", nil), ("设置 isOptional 以使属性可选的属性。", nil),
    ])
    func requiredInAPlainTranslation(description: String, expected: Bool?) {
        #expect(read(description, translation: true).required == expected)
    }

    @Test func sideBySideTextTakesValuesFromTheEnglishOriginalOnly() {
        // "Possible value:" (one value) states no list in English; the translation's 可能的值 must not make one.
        let text = #"<span data-ttu-id="1-1">可能的值 `low` ：。</span><span class="sxs-lookup"><span data-stu-id="1-1">Possible value: `low`.</span></span>"#
        #expect(read(text, translation: true).values == nil)
        #expect(read("可能的值：`low`、`high`。", translation: true).values == ["low", "high"])
    }

    @Test func sideBySideTextTakesTheFlagFromTheEnglishOriginalOnly() {
        let text = #"<span data-ttu-id="1-1">必需的密码类型。必需。</span><span class="sxs-lookup"><span data-stu-id="1-1">The required password type.</span></span>"#
        #expect(read(text, translation: true).required == nil)
        let flagged = #"<span data-ttu-id="1-1">必需的密码类型。</span><span class="sxs-lookup"><span data-stu-id="1-1">The password type. Required.</span></span>"#
        #expect(read(flagged, translation: true).required == true)
    }

    @Test(arguments: [
        ("Inherited from [itemFacet](../resources/itemFacet.md)", "itemFacet"),
        ("Inherited from [itemFacet](../resources/itemFacet.md). Possible values are: `me`, `family`.", "itemFacet"),
        ("The id. Inherited from [entity](entity.md).", "entity"),
        ("Inherited from [directoryObject]().", "directoryObject"),
        ("Inherited from **deviceManagementSettingInstance**.", "deviceManagementSettingInstance"),
        ("继承自 [entity](../resources/entity.md)。", "entity"),
        ("继承自 [实体](../resources/entity.md)。", "entity"),
    ])
    func inheritedFrom(description: String, ancestor: String) {
        #expect(read(description).inheritedFrom == ancestor)
    }

    @Test func linkNotAfterInheritedFromIsNotAnAncestor() {
        #expect(read("See [itemFacet](../resources/itemFacet.md). Inherited values are merged.").inheritedFrom == nil)
    }

    @Test func combinedFactsAndValues() {
        let facts = read("Inherited from [itemFacet](../resources/itemFacet.md). Possible values are: `me`, `family`, `everyone`. Read-only. Not nullable.")
        #expect(facts.inheritedFrom == "itemFacet")
        #expect(facts.values == ["me", "family", "everyone"])
        #expect(facts.readOnly)
        #expect(facts.nullable == false)
        #expect(facts.english == "Inherited from itemFacet. Possible values are: me, family, everyone. Read-only. Not nullable.")
        #expect(facts.localized == nil)
    }

    /// `null` among the stated values is the value of an unset property: it makes the property
    /// nullable (unless the text says otherwise) and is no member.
    @Test(arguments: [
        ("Allowed values: `null`, `minor`, `notAdult` and `adult`.", ["minor", "notAdult", "adult"] as [String]?, true as Bool?),
        ("Possible values are: `null` (default value), `NotDisabled`, and `Disabled`.", ["NotDisabled", "Disabled"], true),
        ("Possible values are: `NULL`, `a`, `b`. Not nullable.", ["a", "b"], false),
        ("Possible values are: `null`.", nil, true),
        ("可能的值为：`null`、`a`、`b`。", ["a", "b"], true),
        ("Possible values are: `a`, `b`.", ["a", "b"], nil),
    ])
    func nullAmongTheValuesMakesThePropertyNullable(description: String, values: [String]?, nullable: Bool?) {
        let facts = read(description, translation: !description.unicodeScalars.allSatisfy(\.isASCII))
        #expect(facts.values == values)
        #expect(facts.nullable == nullable)
    }

    @Test func sideBySideTranslationKeepsBothTexts() {
        let facts = read(
            #"<span data-ttu-id="1">标识符。只读。</span><span class="sxs-lookup"><span data-stu-id="1">The identifier. Read-only.</span></span>"#,
            translation: true)
        #expect(facts.english == "The identifier. Read-only.")
        #expect(facts.localized == "标识符。只读。")
        #expect(facts.readOnly)
    }

    @Test func collapsesWhitespaceAndBreaks() {
        #expect(read("Line one<br>line   two\nthree.").english == "Line one line two three.")
    }

    @Test(arguments: [("read-only value", "read-only", true), ("preread-only", "read-only", false), ("required", "required", true),
                      ("notrequired", "required", false), ("required-ness", "required", false), ("必需。", "必需", true)])
    func containsWord(text: String, word: String, expected: Bool) {
        #expect(DescriptionReader.containsWord(text, word) == expected)
    }
}
