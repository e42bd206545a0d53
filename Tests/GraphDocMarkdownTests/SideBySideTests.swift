@testable import GraphDocMarkdown
import Testing

@Suite struct SideBySideTests {
    private func paragraphText(_ markdown: String) throws -> SideBySideText {
        try #require(parse(markdown).paragraphs.first).text
    }

    @Test func splitsTranslationAndEnglishOriginal() throws {
        let text = try paragraphText(
            #"<span data-ttu-id="b7996-158">请求</span><span class="sxs-lookup"><span data-stu-id="b7996-158">Request</span></span>"#)
        #expect(text.isSideBySide)
        #expect(text.localized.plainText == "请求")
        #expect(text.english.plainText == "Request")
        // Span tags are consumed, not left as HTML nodes.
        #expect(!text.localized.contains { if case .html = $0 { true } else { false } })
        #expect(!text.english.contains { if case .html = $0 { true } else { false } })
    }

    @Test func severalSentencesAndLinksInsideSpans() throws {
        // Seed zh-cn authentication-post-phonemethods.md line 61.
        let text = try paragraphText(
            #"<span data-ttu-id="b7996-141">在请求正文中，提供[phoneAuthenticationMethod](../resources/phoneauthenticationmethod.md)对象的 JSON 表示形式。</span><span class="sxs-lookup"><span data-stu-id="b7996-141">In the request body, supply a JSON representation of a [phoneAuthenticationMethod](../resources/phoneauthenticationmethod.md) object.</span></span> <span data-ttu-id="b7996-142">JSON 必须包括`phoneNumber` and `phoneType`，但不`smsSignInState`能（只读）。</span><span class="sxs-lookup"><span data-stu-id="b7996-142">The JSON must include `phoneNumber` and `phoneType`, but not `smsSignInState` (which is read-only).</span></span>"#)
        #expect(text.isSideBySide)
        #expect(text.english.plainText == "In the request body, supply a JSON representation of a phoneAuthenticationMethod object. The JSON must include phoneNumber and phoneType, but not smsSignInState (which is read-only).")
        #expect(text.localized.plainText.hasPrefix("在请求正文中，提供phoneAuthenticationMethod对象的 JSON 表示形式。 JSON 必须包括"))
        #expect(text.english.links.map(\.destination) == ["../resources/phoneauthenticationmethod.md"])
        #expect(text.localized.links.map(\.destination) == ["../resources/phoneauthenticationmethod.md"])
        #expect(text.english.codeSpans == ["phoneNumber", "phoneType", "smsSignInState"])
    }

    @Test func strongInsideSpansInABlockQuote() throws {
        // Seed zh-cn line 112: `> <span ttu>**注意：** ...</span><span sxs>**Note:** ...</span>`.
        let doc = try seed("zh-cn/beta/api/authentication-post-phonemethods.md")
        let note = try #require(doc.paragraphs.first { $0.source.line == 112 })
        #expect(note.text.english.plainText.hasPrefix("Note: The response object shown here might be shortened"))
        #expect(note.text.localized.plainText.hasPrefix("注意： 为了提高可读性"))
        #expect(note.text.english.contains(.strong([.text("Note:")])))
        guard case .container(.blockQuote, _, let source)? = doc.blocks.first(where: { $0.source.line == 112 }) else {
            Issue.record("expected a block quote at line 112")
            return
        }
        #expect(source.column == 1)
    }

    @Test func plainTextGivesEqualViews() throws {
        let text = try paragraphText("Add a new [phone authentication method](../resources/phoneauthenticationmethod.md) with `mobile`.")
        #expect(!text.isSideBySide)
        #expect(text.localized == text.english)
        #expect(text.english.plainText == "Add a new phone authentication method with mobile.")
    }

    @Test func untranslatedChineseTextGivesEqualViews() throws {
        let text = try paragraphText("如果成功，此方法返回 `201 Created` 响应代码。")
        #expect(!text.isSideBySide)
        #expect(text.localized == text.english)
    }

    @Test func otherSpansAndAnchorsStayInBothViews() throws {
        let text = try paragraphText(#"<a name="x"></a><span class="note">Note</span> text"#)
        #expect(!text.isSideBySide)
        #expect(text.english == text.localized)
        #expect(text.english.anchorNames == ["x"])
        #expect(text.english.contains(.html(#"<span class="note">"#)))
    }

    @Test func spansInsideALinkAreSplitToo() throws {
        // Tab headings of zh side-by-side pages: `[<span ttu>HTTP</span><span sxs>HTTP</span>](#tab/http)`.
        let heading = try #require(parse(
            #"# <a name="c"></a>[<span data-ttu-id="b7996-161">C# 示例</span><span class="sxs-lookup"><span data-stu-id="b7996-161">C#</span></span>](#tab/csharp)"#
        ).headings.first)
        #expect(heading.text.english.links.map(\.text) == ["C#"])
        #expect(heading.text.localized.links.map(\.text) == ["C# 示例"])
        #expect(heading.text.english.links.map(\.destination) == ["#tab/csharp"])
    }

    @Test func directConstructionFromInlines() {
        let text = SideBySideText([
            .html(#"<span data-ttu-id="1">"#), .text("字符串"), .html("</span>"),
            .html(#"<span class="sxs-lookup">"#), .html(#"<span data-stu-id="1">"#), .text("String"), .html("</span>"), .html("</span>"),
            .text(" tail"),
        ])
        #expect(text.localized == [.text("字符串"), .text(" tail")])
        #expect(text.english == [.text("String"), .text(" tail")])
        #expect(text.isSideBySide)
    }
}
