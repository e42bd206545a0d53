import GraphDocIR

/// Finds `<!-- graphdoc-disable-next-line rule-id ... -->` and `<!-- graphdoc-disable rule-id ... -->`
/// comments in a piece of HTML that starts at `line` of the page.
enum LintDirectiveReader {
    static func directives(in html: String, line: Int, source: SourceText) -> [LintDirective] {
        guard html.contains("graphdoc-disable") else { return [] }
        var directives: [LintDirective] = []
        var rest = Substring(html)
        var currentLine = line
        while let open = rest.range(of: "<!--") {
            currentLine += rest[..<open.lowerBound].count { $0 == "\n" }
            guard let close = rest[open.upperBound...].range(of: "-->") else { break }
            let body = rest[open.upperBound..<close.lowerBound]
            let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," }).map(String.init)
            let endLine = currentLine + body.count { $0 == "\n" }
            if let first = words.first, first == "graphdoc-disable" || first == "graphdoc-disable-next-line" {
                let location = source.location(line: currentLine, byteColumn: 1)
                if first == "graphdoc-disable" {
                    directives.append(LintDirective(scope: .page, rules: Array(words.dropFirst()), source: location))
                } else {
                    directives.append(LintDirective(
                        scope: .nextLine, rules: Array(words.dropFirst()), source: location,
                        line: nextNonBlankLine(after: endLine, in: source)))
                }
            }
            currentLine = endLine
            rest = rest[close.upperBound...]
        }
        return directives
    }

    private static func nextNonBlankLine(after line: Int, in source: SourceText) -> Int {
        var candidate = line + 1
        while candidate <= source.lineCount, source.lineBytes(candidate).allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            candidate += 1
        }
        return candidate
    }
}
