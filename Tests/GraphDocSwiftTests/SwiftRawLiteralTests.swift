import Foundation
@testable import GraphDocSwift
import Testing

/// Raw string literals for example bodies: enough `#`s, escapes only where a single-line literal
/// needs them, and the value the compiler reads back is the text exactly.
@Suite struct SwiftRawLiteralTests {
    /// Bodies written to break naive literal generation.
    static let hostile: [String] = [
        "{\"a\": \"quote then hash \"# inside\"}",
        "{\"a\": \"two hashes \"## and one \"#\"}",
        "{\"interpolation\": \"\\(x) and \\#(y) and \\##(z)\"}",
        "{\"path\": \"C:\\\\Users\\\\kim\\\\\", \"escaped\": \"\\\"\\n\\t\\u00e9\"}",
        "{\"zh\": \"中文 ü ß 😀 العربية\", \"rtl\": \"\u{202E}abc\"}",
        "\"starts with a quote\"\n\"\"\"triple\"\"\"\n\"",
        "crlf line\r\nnext\r\n",
        "line\u{2028}separator\u{2029}paragraph\u{85}nel",
        "tab\there\u{0}nul\u{7F}del\u{1B}esc",
        "ends with a backslash \\",
        "#\"looks like a raw literal\"#",
        "",
        "\n\n",
    ]

    @Test func delimiterOutnumbersHashRunsAfterQuotesAndBackslashes() {
        #expect(SwiftRawLiteral.delimiter(for: #"{"a": 1}"#) == "#")
        #expect(SwiftRawLiteral.delimiter(for: "a \"# b") == "##")
        #expect(SwiftRawLiteral.delimiter(for: "a \"## b \"#") == "###")
        #expect(SwiftRawLiteral.delimiter(for: "\\#(x)") == "##")
        // `#` not after a quote or backslash cannot end or escape anything.
        #expect(SwiftRawLiteral.delimiter(for: "### heading #tag") == "#")
    }

    @Test func linesEscapeOnlyWhatSingleLineLiteralsCannotHold() {
        #expect(SwiftRawLiteral.lines("{\n  \"a\": 1\n}") == ["#\"{\"#", "#\"  \"a\": 1\"#", "#\"}\"#"])
        #expect(SwiftRawLiteral.lines("a\r\nb") == ["#\"a\\#r\"#", "#\"b\"#"])
        #expect(SwiftRawLiteral.lines("\"x\"") == ["#\"\\#u{22}x\"\"#"])
        #expect(SwiftRawLiteral.lines("\"#") == ["##\"\\##u{22}#\"##"])
        #expect(SwiftRawLiteral.lines("a\u{2028}b") == ["#\"a\\#u{2028}b\"#"])
        #expect(SwiftRawLiteral.lines("中文") == ["#\"中文\"#"])
        #expect(SwiftRawLiteral.lines("") == ["#\"\"#"])
    }

    /// Each literal survives the layout pass (which re-indents lines and scans brackets).
    @Test func layoutLeavesLiteralsAlone() {
        for text in Self.hostile {
            let lines = SwiftRawLiteral.lines(text)
            let source = "let x = [\n" + lines.map { $0 + "," }.joined(separator: "\n") + "\n].joined(separator: \"\\n\")\nlet y = 1\n"
            let formatted = SwiftLayout.format(source)
            #expect(formatted.contains("\nlet y = 1\n"), "\(formatted)")
            for line in lines { #expect(formatted.contains("    " + line + ",\n")) }
        }
    }

    /// Compiles the literals with `swiftc` and checks the program reads back every text exactly.
    @Test(.enabled(if: CompileTests.modulesDirectory != nil))
    func compiledLiteralsReadBackExactly() throws {
        var program = "import Foundation\nvar failures = 0\n"
        for (index, text) in Self.hostile.enumerated() {
            let lines = SwiftRawLiteral.lines(text).map { "    " + $0 + "," }.joined(separator: "\n")
            program += "let text\(index) = [\n\(lines)\n].joined(separator: \"\\n\")\n"
            program += "if Data(text\(index).utf8).base64EncodedString() != \"\(Data(text.utf8).base64EncodedString())\" { print(\"case \(index) differs\"); failures += 1 }\n"
        }
        program += "print(failures == 0 ? \"ok\" : \"failed\")\n"
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = dir + "/main.swift"
        try Data(SwiftLayout.format(program).utf8).write(to: URL(fileURLWithPath: source))
        let compile = try runCommand(["swiftc", "-swift-version", "6", "-Onone", "-o", dir + "/literals", source])
        #expect(compile == "", "\(compile)")
        #expect(try runCommand([dir + "/literals"]) == "ok\n")
    }
}
