import Foundation
import GraphDocIR
import GraphDocMarkdown

/// Reads `METHOD path` lines from an "HTTP request" code block. A route line may hold spaces
/// (`{id | userPrincipalName}`, `$filter=... eq '{x}'`), so the path is the rest of the line.
enum RouteReader {
    static let methods: Set<String> = ["GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS"]

    static func routes(in block: CodeBlock, diagnostics: inout [Diagnostic]) -> [Route] {
        var routes: [Route] = []
        for (offset, rawLine) in block.literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmedBlanks
            guard !line.isEmpty else { continue }
            let leading = rawLine.prefix { $0 == " " || $0 == "\t" }.count
            let location = SourceLocation(file: block.source.file, line: block.contentLine + offset, column: block.contentColumnOffset + leading)
            let word = line.prefix { $0.isLetter }
            let method = word.uppercased()
            let rest = line.dropFirst(word.count)
            if methods.contains(method), word == method {
                let path = rest.trimmedBlanks
                if path.isEmpty {
                    diagnostics.append(Diagnostic(.routeMalformed, "expected a path after '\(method)', found nothing", at: location, subject: line))
                    continue
                }
                if rest.first != " " && rest.first != "\t" {
                    diagnostics.append(Diagnostic(.routeMalformed, "expected a space between '\(method)' and the path, found '\(line.prefix(40))'", at: location, subject: line))
                }
                routes.append(Route(method: method, path: path, source: location))
            } else {
                diagnostics.append(Diagnostic(
                    .routeMalformed, "expected 'METHOD /path' in the HTTP request block, found '\(line.prefix(60))'",
                    at: location, subject: line))
            }
        }
        return routes
    }
}
