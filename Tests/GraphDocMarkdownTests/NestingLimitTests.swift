import GraphDocIR
@testable import GraphDocMarkdown
import Testing

/// Nesting of any depth parses without exhausting the stack; what lies below the limit is kept, flat.
@Suite struct NestingLimitTests {
    private func containerDepth(_ blocks: [Block]) -> Int {
        var deepest = 0
        var pending = blocks.map { ($0, 0) }
        while let (block, depth) = pending.popLast() {
            deepest = max(deepest, depth)
            if case .container(_, let children, _) = block { pending += children.map { ($0, depth + 1) } }
        }
        return deepest
    }

    @Test func aListNestedSevenThousandDeepKeepsItsTextFlattened() throws {
        let document = parse("Intro.\n\n" + String(repeating: "- ", count: 7_000) + "deepest text\n")
        #expect(containerDepth(document.blocks) <= NestingLimit.containers)
        #expect(document.paragraphs.map(\.text.localized.plainText) == ["Intro.", "deepest text"])
        let diagnostic = try #require(document.diagnostics.first { $0.rule == RuleID.nestingTooDeep.id })
        #expect(diagnostic.line == 3)
        #expect(diagnostic.message.contains("nested at most 64 deep"))
    }

    @Test func aBlockQuoteTwentyThousandDeepKeepsItsBlocksInOrder() {
        let quote = String(repeating: ">", count: 20_000)
        let document = parse("\(quote) # Title\n\(quote) text\n\(quote)\n\(quote) ```json\n\(quote) {}\n\(quote) ```\n")
        #expect(containerDepth(document.blocks) <= NestingLimit.containers)
        #expect(document.headings.map(\.text.localized.plainText) == ["Title"])
        #expect(document.paragraphs.map(\.text.localized.plainText) == ["text"])
        #expect(document.codeBlocks.map(\.language) == ["json"])
        #expect(document.diagnostics.filter { $0.rule == RuleID.nestingTooDeep.id }.count == 1)
    }

    @Test func emphasisNestedBeyondTheLimitKeepsItsText() {
        let depth = 5_000
        let document = parse(String(repeating: "*a ", count: depth) + "core" + String(repeating: " a*", count: depth) + "\n")
        let text = document.paragraphs.first?.text.localized.plainText ?? ""
        #expect(text.contains("core"))
        #expect(text.filter { $0 == "a" }.count == 2 * depth)
        #expect(document.diagnostics.contains { $0.rule == RuleID.nestingTooDeep.id && $0.line == 1 })
    }

    @Test func shallowNestingIsReadAsWrittenWithoutDiagnostics() {
        let document = parse("> - a\n>   - **b [c](d.md)**\n")
        #expect(containerDepth(document.blocks) == 5)
        #expect(document.diagnostics.isEmpty)
        #expect(document.paragraphs.last?.text.localized.links.map(\.destination) == ["d.md"])
    }
}
