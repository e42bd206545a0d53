import Foundation
import GraphDocIR
import GraphDocMarkdown

/// Reads an example code block into an ``HttpMessage``: request line or status line, headers, body.
enum ExampleReader {
    enum Shape { case request, response, jsonOnly }

    /// How a block looks by its first line: `METHOD https://...` / `METHOD /path`, `HTTP/1.1 200 OK`, or `{`.
    static func shape(of literal: String) -> Shape? {
        guard let line = firstLine(of: literal) else { return nil }
        if line.hasPrefix("HTTP/") { return .response }
        if requestTarget(ofLine: line) != nil { return .request }
        if line.hasPrefix("{") || line.hasPrefix("[") { return .jsonOnly }
        return nil
    }

    /// What the block's request line calls (`https://graph.microsoft.com/...` or `/path`), when its
    /// first line is one.
    static func requestTarget(of literal: String) -> String? {
        firstLine(of: literal).flatMap(requestTarget(ofLine:))
    }

    private static func requestTarget(ofLine line: String) -> String? {
        let word = line.prefix { $0.isLetter }
        guard RouteReader.methods.contains(String(word)), line.dropFirst(word.count).first == " " else { return nil }
        let rest = line.dropFirst(word.count).trimmedBlanks
        return rest.hasPrefix("http") || rest.hasPrefix("/") ? rest : nil
    }

    /// The first line that is not blank, trimmed.
    private static func firstLine(of literal: String) -> String? {
        literal.utf8.split(separator: UInt8(ascii: "\n"), maxSplits: 8, omittingEmptySubsequences: false)
            .lazy.map({ Substring($0) }).first(where: { !$0.allSatisfy(\.isWhitespace) })?.trimmedBlanks
    }

    static func read(_ block: CodeBlock, shape: Shape, annotation: JSONValue?, diagnostics: inout [Diagnostic]) -> HttpMessage {
        let lines = lines(of: block.literal)
        var message = HttpMessage(source: block.source)
        var index = lines.firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? 0

        if shape != .jsonOnly, index < lines.count {
            let leading = lines[index].prefix { $0 == " " || $0 == "\t" }.utf8.count
            message.lineSource = SourceLocation(file: block.source.file, line: block.contentLine + index, column: block.contentColumnOffset + leading)
            let first = lines[index].trimmedBlanks
            if shape == .response {
                let parts = first.split(separator: " ", maxSplits: 2)
                message.status = parts.count > 1 ? Int(parts[1]) : nil
            } else {
                let word = first.prefix { $0.isLetter }
                message.method = String(word)
                var url = first.dropFirst(word.count).trimmedBlanks
                if url.hasSuffix(" HTTP/1.1") { url = String(url.dropLast(9)) }
                message.url = url
            }
            index += 1
            // Headers; a blank line between the request line and the headers is tolerated.
            if index < lines.count, lines[index].allSatisfy(\.isWhitespace), index + 1 < lines.count, isHeaderLine(lines[index + 1]) {
                index += 1
            }
            while index < lines.count, isHeaderLine(lines[index]) {
                let line = lines[index]
                let colon = line.firstIndex(of: ":")!
                message.headers.append(HttpHeader(
                    name: line[..<colon].trimmedBlanks,
                    value: line[line.index(after: colon)...].trimmedBlanks))
                index += 1
            }
        }
        while index < lines.count, lines[index].allSatisfy(\.isWhitespace) { index += 1 }
        var bodyEnd = lines.count
        while bodyEnd > index, lines[bodyEnd - 1].allSatisfy(\.isWhitespace) { bodyEnd -= 1 }
        // The lines are slices of the literal, so the body is the literal from its first line to the
        // end of its last one.
        message.bodyText = index < bodyEnd ? String(block.literal[lines[index].startIndex..<lines[bodyEnd - 1].endIndex]) : ""

        if let annotation {
            message.name = annotation["name"]?.stringValue
            let declared = (annotation["@odata.type"]?.stringValue ?? annotation["@type"]?.stringValue).map(Self.annotationType)
            message.odataType = declared?.name
            message.truncated = flag(annotation["truncated"])
            message.isCollection = flag(annotation["isCollection"]) || declared?.collection == true
            message.annotation = annotation
        }

        guard !message.bodyText.isEmpty else { return message }
        let bodyStart = SourceLocation(file: block.source.file, line: block.contentLine + index, column: block.contentColumnOffset)
        message.bodySource = bodyStart
        let contentType = message.header("Content-Type")?.lowercased() ?? ""
        let looksJSON = message.bodyText.first == "{" || message.bodyText.first == "["
        guard looksJSON, contentType.isEmpty || contentType.containsText("json") else {
            message.bodyIsValidJSON = false
            return message
        }
        let result = JSONReader.read(message.bodyText)
        message.body = result.value
        message.bodyIsValidJSON = result.isStrictlyValid
        for defect in result.defects.prefix(5) {
            let located = LocatedJSONDefect(defect, in: bodyStart, indentation: block.contentColumnOffset)
            diagnostics.append(Diagnostic(
                .exampleJSONInvalid, "example body is not valid JSON: \(located.message)",
                at: located.location, subject: "\(message.name ?? message.url ?? "status \(message.status ?? 0)"):\(defect.kind.rawValue)"))
        }
        return message
    }

    /// The lines of a code block's literal, as slices of it. cmark ends every line with a bare `\n`,
    /// so splitting the UTF-8 bytes is exact and avoids walking the text by grapheme clusters.
    private static func lines(of literal: String) -> [Substring] {
        literal.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    private static func isHeaderLine(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else { return false }
        let name = line[..<colon]
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } && !line.hasPrefix("{")
    }

    /// Whether a request URL is absolute and names a host other than Microsoft Graph's: a call the
    /// service makes to a bot's callback, or an upload to a storage URL.
    static func isForeign(url: String) -> Bool {
        guard let scheme = url.range(of: "://") else { return false }
        let host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != ":" }
        return !Vocabulary.graphHosts.contains(host.lowercased())
    }

    /// An annotation flag written as `true` or (leniently) `"true"`.
    static func flag(_ value: JSONValue?) -> Bool {
        switch value {
        case .bool(let b): b
        case .string(let s): s.lowercased() == "true"
        default: false
        }
    }

    /// The type an annotation's `@odata.type` names: `Collection(microsoft.graph.group)` is a
    /// collection of `microsoft.graph.group`, and a Markdown link (`[x](x.md)`) names `x`.
    static func annotationType(_ written: String) -> (name: String, collection: Bool) {
        var text = Substring(written.trimmedBlanks)
        var collection = false
        if text.lowercased().hasPrefix("collection("), text.hasSuffix(")") {
            text = text.dropFirst("collection(".count).dropLast()
            collection = true
        }
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            text = text[text.index(after: text.startIndex)..<close]
        }
        return (text.trimmedBlanks, collection)
    }
}
