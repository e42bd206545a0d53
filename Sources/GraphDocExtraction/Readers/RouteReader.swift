import Foundation
import GraphDocIR
import GraphDocMarkdown

/// Reads `METHOD path` lines from an "HTTP request" code block. A route line may hold spaces
/// (`{id | userPrincipalName}`, `$filter=... eq '{x}'`), so the path is the rest of the line.
enum RouteReader {
    static let methods: Set<String> = ["GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS"]

    /// - Parameter pageVersion: the API version of the page (`v1.0`, `beta`), which a route written as a
    ///   full URL must name.
    static func routes(in block: CodeBlock, pageVersion: String? = nil, diagnostics: inout [Diagnostic]) -> [Route] {
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
                routes.append(fromServiceRoot(Route(method: method, path: path, source: location), pageVersion: pageVersion, diagnostics: &diagnostics))
            } else {
                diagnostics.append(Diagnostic(
                    .routeMalformed, "expected 'METHOD /path' in the HTTP request block, found '\(line.prefix(60))'",
                    at: location, subject: line))
            }
        }
        return routes
    }

    /// A route written as a full URL (`GET https://graph.microsoft.com/v1.0/policies/x`) is the path
    /// from the service root (`/policies/x`): models, example matching and the IR's route paths take
    /// that; the URL is reported where it is written, and so is a version other than the page's.
    static func fromServiceRoot(_ route: Route, pageVersion: String?, diagnostics: inout [Diagnostic]) -> Route {
        guard let path = route.serviceRootPath else { return route }
        var message = "expected route '\(route.method) \(route.path)' to be a path from the service root, found a full URL"
        if let pageVersion, let version = version(inURL: route.path[...]), version != pageVersion {
            message += " of \(version) on a \(pageVersion) page"
        }
        diagnostics.append(Diagnostic(
            .routeRelativePath, message + "; reading it as '\(path)'", at: route.source, subject: "\(route.method) \(route.path)"))
        return Route(method: route.method, path: path, source: route.source)
    }

    /// The API version a full-URL route line names (`v1.0`, `beta`), if any.
    static func version(inURL written: Substring) -> String? {
        guard let scheme = written.range(of: "://") else { return nil }
        let segments = written[scheme.upperBound...].split(separator: "/", maxSplits: 2)
        guard segments.count > 1 else { return nil }
        let version = segments[1].lowercased()
        return version == "v1.0" || version == "beta" ? version : nil
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
