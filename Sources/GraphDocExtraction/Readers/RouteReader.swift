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
            // A request shown whole (an example under an "HTTP request" heading): its headers and
            // body follow the request line and are no routes.
            if !routes.isEmpty, isHeader(line) { break }
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

    /// `Content-type: application/json`, `workbook-session-id: {session-id}`: a header field name
    /// (letters, digits, dashes), a colon and a value or nothing. `https://...` is no header.
    static func isHeader(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let name = line[..<colon]
        let after = line[line.index(after: colon)...]
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            && (after.isEmpty || after.first == " " || after.first == "\t")
    }
}
