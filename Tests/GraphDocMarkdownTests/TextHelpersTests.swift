import GraphDocIR
@testable import GraphDocMarkdown
import Testing

@Suite struct TextHelpersTests {
    @Test(arguments: [
        ("possible values are: `a`", "values", 0, 9 as Int?),
        ("abcabc", "abc", 1, 3),
        ("abc", "abc", 0, 0),
        ("abc", "abcd", 0, nil),
        ("abc", "c", 3, nil),
        ("abc", "", 1, 1),
        ("abc", "", 4, nil),
        ("可取值为：`a`", "：", 0, 12),
        ("", "a", 0, nil),
        ("aaab", "aab", 0, 1),
        ("abab", "b", 2, 3),
        ("xxab", "ab", 0, 2),
        ("ab a", "a", 1, 3),
    ])
    func utf8Offset(haystack: String, needle: String, from: Int, expected: Int?) {
        #expect(haystack.utf8Offset(of: needle, from: from) == expected)
    }

    @Test func containsTextIsByteExact() {
        #expect("Read-only. Nullable.".containsText("Read-only"))
        #expect(!"Read-only".containsText("read-only"))
        #expect("继承自 [x]".containsText("继承自"))
        #expect(Substring("abc").containsText("bc"))
    }

    /// Left to right, without overlaps, as Foundation's replacingOccurrences does.
    @Test(arguments: [
        ("a-b-c", "-", "_", "a_b_c"),
        ("aaa", "aa", "b", "ba"),
        ("no match", "x", "y", "no match"),
        ("abc", "", "x", "abc"),
        ("one or two", " or ", ",", "one,two"),
        ("、和a、和", "、和", "", "a"),
        ("ab", "ab", "", ""),
    ])
    func replacingText(text: String, target: String, replacement: String, expected: String) {
        #expect(text.replacingText(target, with: replacement) == expected)
        #expect(Substring(text).replacingText(target, with: replacement) == expected)
    }

    @Test func lastUTF8Offset() {
        #expect("a-->b-->".lastUTF8Offset(of: "-->") == 5)
        #expect("继承自-->".lastUTF8Offset(of: "-->") == 9)
        #expect("--->".lastUTF8Offset(of: "-->") == 1)
        #expect("abc".lastUTF8Offset(of: "-->") == nil)
    }

    @Test func containsAny() {
        #expect("the phone is read only".containsAny(["readonly", "read only"]))
        #expect(!"the phone".containsAny(["readonly", "read only"]))
        #expect(!"anything".containsAny([]))
    }

    @Test(arguments: [
        ("  text\t\n", "text"), ("\u{A0}text\u{A0}", "text"), ("\r\ntext\r\n", "text"), ("   ", ""), ("", ""),
        ("a b", "a b"), ("\u{3000}全角\u{3000}", "\u{3000}全角\u{3000}"),
    ])
    func trimmedBlanks(text: String, expected: String) {
        #expect(text.trimmedBlanks == expected)
    }

    @Test func trimmedScalars() {
        #expect("**`name`**".trimmed(scalars: "*`") == "name")
        #expect("(optional)".trimmed(scalars: "()") == "optional")
        #expect("`".trimmed(scalars: "`") == "")
        #expect("名称：".trimmed(scalars: "：") == "名称")
        #expect("e\u{301}".trimmed { $0 == "\u{301}" } == "e")
    }

    @Test func sourceTextLinesAndColumns() {
        let source = SourceText(path: "p.md", bytes: Array("ab\r\n名称|x\n\nlast".utf8))
        #expect(source.lineCount == 4)
        #expect(source.line(1) == "ab")
        #expect(source.line(2) == "名称|x")
        #expect(source.line(3) == "")
        #expect(source.line(4) == "last")
        #expect(source.line(5) == "")
        #expect(source.line(0) == "")
        // Byte column 7 on line 2 is the `|` after two three-byte scalars: scalar column 3.
        #expect(source.scalarColumn(line: 2, byteColumn: 7) == 3)
        #expect(source.scalarColumn(line: 2, byteColumn: 1) == 1)
        #expect(source.location(line: 2, byteColumn: 8) == SourceLocation(file: "p.md", line: 2, column: 4))
    }
}

@Suite struct InlineTests {
    private func inlines(_ markdown: String) -> [Inline] {
        guard case .paragraph(let p)? = parse(markdown).leafBlocks.first else { return [] }
        return p.text.localized
    }

    @Test func plainTextDropsMarkupAndKeepsCode() {
        #expect(inlines("A *b* **c** `d` [e](e.md) ![f](f.png)<br>g<br/>h\ni").plainText == "A b c d e f g h i")
        #expect(inlines("a  \nb").plainText == "a b")
        #expect(inlines("<span>x</span> y").plainText == "x y")
    }

    @Test func linksDescendIntoEmphasisButNotCode() {
        let links = inlines("See **[user](user.md)** and *[group](../resources/group.md)*, not `[x](x.md)`.").links
        #expect(links.map(\.destination) == ["user.md", "../resources/group.md"])
        #expect(links.map(\.text) == ["user", "group"])
    }

    @Test func codeSpansDescendIntoEmphasisAndLinks() {
        #expect(inlines("**`a`** [`b`](b.md) `c`").codeSpans == ["a", "b", "c"])
    }

    @Test func anchorNames() {
        #expect(inlines(#"<a name="request-body"></a>Request body"#).anchorNames == ["request-body"])
        #expect(inlines("<a id='properties'></a>Properties").anchorNames == ["properties"])
        #expect(inlines(#"<span data-ttu-id="b7996-1">x</span>"#).anchorNames.isEmpty)
    }

    @Test(arguments: [
        (#"<a name="x">"#, "name", "x" as String?), ("<a name='y'>", "name", "y"), (#"<a id="z" name="w">"#, "name", "w"),
        ("<a name=x>", "name", nil), (#"<span class="sxs-lookup">"#, "class", "sxs-lookup"), ("<br>", "name", nil),
    ])
    func htmlAttribute(tag: String, attribute: String, expected: String?) {
        #expect(HTMLTag.attribute(tag, attribute) == expected)
    }
}
