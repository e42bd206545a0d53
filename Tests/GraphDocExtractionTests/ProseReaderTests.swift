import GraphDocIR
@testable import GraphDocExtraction
import GraphDocMarkdown
import Testing

@Suite struct ProseReaderTests {
    private func inlines(_ markdown: String) -> [Inline] { inlineText(markdown).english }

    @Test(arguments: [
        ("In the request body, supply a JSON representation of a [phoneAuthenticationMethod](../resources/phoneauthenticationmethod.md) object.",
         TypeReference(name: "phoneAuthenticationMethod") as TypeReference?),
        ("In the request body, supply a JSON representation for the itemPhone object.", TypeReference(name: "itemPhone")),
        ("In the request body, supply a JSON representation of the user object.", TypeReference(name: "user")),
        ("If successful, this method returns a `200 OK` response code and a collection of [directoryObject](../resources/directoryobject.md) objects in the response body.",
         TypeReference(name: "directoryObject", collection: true)),
        ("If successful, returns a collection of itemPhone objects.", TypeReference(name: "itemPhone", collection: true)),
        ("In the request body, supply an array of [patchContentCommand](../resources/patchcontentcommand.md) objects that represent the changes to the page.",
         TypeReference(name: "patchContentCommand", collection: true)),
        ("Provide a JSON body of each [singleValueLegacyExtendedProperty](../resources/singlevaluelegacyextendedproperty.md) object in the **singleValueExtendedProperties** collection property of the resource instance.",
         TypeReference(name: "singleValueLegacyExtendedProperty")),
        ("提供每个 [singleValueLegacyExtendedProperty](../resources/singlevaluelegacyextendedproperty.md) 对象在资源实例的 **singleValueExtendedProperties** 集合属性中的 JSON 正文。",
         TypeReference(name: "singleValueLegacyExtendedProperty")),
        ("Provide a JSON body of an [openTypeExtension](../resources/opentypeextension.md) object. The data in the JSON payload can be primitive types, or an array of primitive types.",
         TypeReference(name: "openTypeExtension")),
        ("提供 [openTypeExtension](../resources/opentypeextension.md) 对象的 JSON 正文。JSON 负载中的数据可以是基元或基元数组类型。",
         TypeReference(name: "openTypeExtension")),
        ("返回 [user](../resources/user.md) 对象集合。另请参阅 1.5 版。", TypeReference(name: "user", collection: true)),
        ("If successful, this method returns a `200 OK` response code and a list of [teamsApp](../resources/teamsapp.md) objects in the response body.",
         TypeReference(name: "teamsApp", collection: true)),
        ("If successful, this method returns a `200 OK` response code and the requested [session](../resources/callrecords-session.md) objects in the response body.",
         TypeReference(name: "session", collection: true)),
        ("如果成功，此方法在响应正文中返回 `200 OK` 响应代码和 [teamsApp](../resources/teamsapp.md) 对象列表。", TypeReference(name: "teamsApp", collection: true)),
        ("如果成功，此方法在响应正文中返回响应代码和团队中所有 [openShift](../resources/openshift.md) 对象。", TypeReference(name: "openShift", collection: true)),
        ("If successful, this method returns a `200 OK` response code and a [list](../resources/list.md) object with its objects in the response body.",
         TypeReference(name: "list")),
        ("In the request body, supply the values for relevant fields that should be updated.", nil),
        ("In the request body, supply a JSON representation of the new object.", nil),
        ("Don't supply a request body for this method.", nil),
        ("See [Permissions](/graph/permissions-reference) for details.", nil),
    ])
    func namedType(text: String, expected: TypeReference?) {
        #expect(ProseReader.namedType(in: inlines(text)) == expected)
    }

    @Test func typeNamedKeepsTheLinkAndWhatTheWordsName() throws {
        let linked = try #require(ProseReader.typeNamed(in: inlines(
            "If successful, this method returns a `200 OK` response code and collection of [tabs](../resources/teamstab.md) objects in the response body.")))
        #expect(linked.reference == TypeReference(name: "tabs", collection: true))
        #expect(linked.link?.destination == "../resources/teamstab.md")
        #expect(linked.link?.nameIsLinkText == true)
        #expect(linked.wordsName == nil)

        let withWords = try #require(ProseReader.typeNamed(in: inlines(
            "If successful, this method returns a `200 OK` response code and an **alert** object in the response body. For more information, see [Microsoft Graph Security API error responses](../resources/security-error-codes.md).")))
        #expect(withWords.reference == TypeReference(name: "codes"), "the first link still wins on the page; the merge knows better")
        #expect(withWords.link?.nameIsLinkText == false)
        #expect(withWords.wordsName == TypeReference(name: "alert"))

        let words = try #require(ProseReader.typeNamed(in: inlines("If successful, returns a collection of itemPhone objects.")))
        #expect(words.link == nil)
        #expect(words.reference == TypeReference(name: "itemPhone", collection: true))
    }

    @Test func requestBodyTypeFromTranslatedSeed() throws {
        let doc = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        let paragraph = try #require(doc.paragraphs.first { $0.source.line == 61 })
        #expect(ProseReader.namedType(in: paragraph.text.localized) == TypeReference(name: "phoneAuthenticationMethod"))
        #expect(ProseReader.namedType(in: paragraph.text.english) == TypeReference(name: "phoneAuthenticationMethod"))
    }

    @Test func requiredAndForbiddenFromSeed() throws {
        let doc = try seed("en-us/beta/api/authentication-post-phonemethods.md")
        let paragraph = try #require(doc.paragraphs.first { $0.source.line == 54 })
        let result = ProseReader.requiredAndForbidden(in: paragraph.text.english)
        #expect(result.required == ["phoneNumber", "phoneType"])
        #expect(result.forbidden == ["smsSignInState"])
    }

    @Test(arguments: [
        ("The JSON must include `phoneNumber` and `phoneType`, but not `smsSignInState` (which is read-only).", ["phoneNumber", "phoneType"], ["smsSignInState"]),
        ("The `displayName` property is required. Then set `mailNickname`.", ["displayName"], []),
        ("The `displayName` and `mailNickname` properties are required.", ["displayName", "mailNickname"], []),
        ("The following properties are required: `displayName`, `mailNickname`.", ["displayName", "mailNickname"], []),
        ("`accountEnabled` is required and `city` is optional.", ["accountEnabled"], []),
        ("`phoneNumber` is required, but not `smsSignInState`.", ["phoneNumber"], ["smsSignInState"]),
        ("You must not include `id`. Use `name` instead.", [], ["id"]),
        ("Supply `displayName` and `description`.", [], []),
    ])
    func requiredAndForbidden(text: String, required: [String], forbidden: [String]) {
        let result = ProseReader.requiredAndForbidden(in: inlines(text))
        #expect(result.required == required)
        #expect(result.forbidden == forbidden)
    }

    @Test(arguments: [
        ("If successful, this method returns a `201 Created` response code and a new [phoneAuthenticationMethod](../resources/phoneauthenticationmethod.md) object in the response body.", 201 as Int?),
        ("If successful, this method returns `204 No Content` response code.", 204),
        ("If successful, this method returns a 200 OK response code and a [user](../resources/user.md) object.", 200),
        ("If successful, this method returns a `202 Accepted` response code.", 202),
        ("Returns up to 100 items per page.", nil),
        ("If successful, this method returns a response code.", nil),
        // zh MT moved the code span into the middle of the sentence (seed line 70).
        ("如果成功，此方法在响应`201 Created`正文中返回响应代码和新的[phoneAuthenticationMethod](../resources/phoneauthenticationmethod.md)对象。", 201),
    ])
    func responseStatus(text: String, status: Int?) {
        #expect(ProseReader.status(in: inlines(text)) == status)
    }

    @Test func responseStatusAndTypeFromSeed() throws {
        let doc = try seed("en-us/beta/api/authentication-post-phonemethods.md")
        let paragraph = try #require(doc.paragraphs.first { $0.source.line == 63 })
        #expect(ProseReader.status(in: paragraph.text.english) == 201)
        #expect(ProseReader.namedType(in: paragraph.text.english) == TypeReference(name: "phoneAuthenticationMethod"))
    }
}
