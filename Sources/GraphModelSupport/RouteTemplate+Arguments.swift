import Foundation

extension RouteTemplate {
    /// A documented route with its placeholders filled: the request path and the query items the
    /// template itself writes.
    struct FilledRoute: Hashable, Sendable {
        /// Percent-encoded, starting with `/`, without the version segment (the service root has it).
        var path: String
        /// The template's own query (`?$format=text/csv`), placeholders filled, unencoded.
        var queryItems: [GraphQueryItem]
        /// How many `{...}` placeholders the template has, path and query together.
        var placeholderCount: Int
    }

    /// Fills the `{...}` placeholders of `template` with `arguments` in order of appearance: the
    /// n-th placeholder, wherever it stands and whatever it is called, gets `arguments[n]`, so
    /// `/me/calendars/{id}/events/{id}` takes two values. Missing arguments leave the placeholder
    /// as written (encoded); the caller compares ``FilledRoute/placeholderCount`` with what it passed.
    ///
    /// In the path a value is percent-encoded for a segment (``PercentEncoding/isPathArgument(_:)``);
    /// a placeholder that opens the segment after one ending in `:` (`root:/{item-path}:`) is a drive
    /// item path and keeps its `/`; a value between quotes in a function call or key
    /// (`getSchedule(period='{period}')`) has each `'` doubled, as OData string literals need. Only
    /// braces are placeholders here: literal function arguments (`period='D7'`) go out as written.
    static func fill(_ template: String, with arguments: [String]) throws(ParseError) -> FilledRoute {
        let parsed = try RouteTemplate(template)
        let (pathPart, query) = splitQuery(parsed.text)
        var rawSegments = splitPath(pathPart)
        if let first = rawSegments.first, GraphRequestURL.isVersion(first) { rawSegments.removeFirst() }
        var queue = ArgumentQueue(arguments)
        var segments: [String] = []
        var previousEndsWithColon = false
        for raw in rawSegments {
            segments.append(filledSegment(raw, isItemPath: previousEndsWithColon && raw.hasPrefix("{"), &queue))
            previousEndsWithColon = raw.hasSuffix(":")
        }
        let queryItems = (query ?? "").split(separator: "&").compactMap { filledQueryItem($0, &queue) }
        return FilledRoute(
            path: "/" + segments.joined(separator: "/"), queryItems: queryItems, placeholderCount: queue.placeholdersSeen)
    }

    /// The arguments still to place, and how many placeholders asked for one.
    private struct ArgumentQueue {
        private var remaining: ArraySlice<String>
        private(set) var placeholdersSeen = 0

        init(_ arguments: [String]) { remaining = arguments[...] }

        mutating func next() -> String? {
            placeholdersSeen += 1
            return remaining.popFirst()
        }
    }

    private static func filledSegment(_ raw: String, isItemPath: Bool, _ queue: inout ArgumentQueue) -> String {
        var result = ""
        var literal = ""
        var parenthesisDepth = 0
        var inQuote = false
        var placeholder: String?
        for character in raw {
            if var open = placeholder {
                guard character == "}" else {
                    open.append(character)
                    placeholder = open
                    continue
                }
                placeholder = nil
                result += PercentEncoding.encode(literal, keeping: PercentEncoding.isPathLiteral)
                literal = ""
                guard var value = queue.next() else {
                    result += PercentEncoding.encode("{\(open)}", keeping: PercentEncoding.isPathArgument)
                    continue
                }
                if inQuote { value = value.replacingOccurrences(of: "'", with: "''") }
                result += PercentEncoding.encode(
                    value, keeping: isItemPath ? PercentEncoding.isItemPathArgument : PercentEncoding.isPathArgument)
                continue
            }
            switch character {
            case "{": placeholder = ""; continue
            case "(" where !inQuote: parenthesisDepth += 1
            case ")" where !inQuote: parenthesisDepth -= 1
            case "'" where parenthesisDepth > 0: inQuote.toggle()
            default: break
            }
            literal.append(character)
        }
        // An unclosed brace cannot reach here (the template was checked for balance); keep it literal anyway.
        if let open = placeholder { literal += "{" + open }
        return result + PercentEncoding.encode(literal, keeping: PercentEncoding.isPathLiteral)
    }

    /// `name=value` from the template's query, placeholders filled with the raw argument (the query
    /// is encoded once, when the request is built); literal text is decoded so it is not encoded twice.
    private static func filledQueryItem(_ raw: Substring, _ queue: inout ArgumentQueue) -> GraphQueryItem? {
        let equals = raw.firstIndex(of: "=")
        let name = filledQueryText(raw[..<(equals ?? raw.endIndex)], &queue)
        let value = equals.map { filledQueryText(raw[raw.index(after: $0)...], &queue) } ?? ""
        return name.isEmpty ? nil : GraphQueryItem(name: name, value: value)
    }

    private static func filledQueryText(_ raw: Substring, _ queue: inout ArgumentQueue) -> String {
        var result = ""
        var rest = raw
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += decoded(rest[..<open])
            result += queue.next() ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + decoded(rest)
    }

    private static func decoded(_ text: Substring) -> String {
        String(text).removingPercentEncoding ?? String(text)
    }
}
