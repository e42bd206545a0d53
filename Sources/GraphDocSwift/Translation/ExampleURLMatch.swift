import Foundation

/// An example request's URL read against a route: the value of each placeholder, and the query
/// options the example adds, so that a generated test can build the same request through the route's
/// function and compare what is sent with what the page shows.
struct ExampleURLMatch: Sendable {
    /// The values of the route's parameters, in ``RouteSignature/parameters`` order.
    var arguments: [String]
    /// Query options of the example that the route does not write itself, in the example's order.
    var extraQuery: [(name: String, value: String)]

    /// Matches `url` (`https://graph.microsoft.com/v1.0/me/events/{id}?$select=subject`, or a path)
    /// against `signature`; `nil` when the URL is not one of the route's (another route, a segment the
    /// route spells differently, an item path that spans segments).
    static func match(_ url: String, _ signature: RouteSignature) -> ExampleURLMatch? {
        guard let (path, query) = split(url) else { return nil }
        let urlSegments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let templateSegments = segments(of: signature.pathTemplate)
        guard urlSegments.count == templateSegments.count else { return nil }
        var pathValues: [String] = []
        for (template, segment) in zip(templateSegments, urlSegments) {
            guard let values = matchSegment(template, segment.removingPercentEncoding ?? segment) else { return nil }
            pathValues += values
        }
        let decodedQuery = query.map { pair in (name: pair.name.removingPercentEncoding ?? pair.name, value: pair.value.removingPercentEncoding ?? pair.value) }
        var arguments: [String] = []
        var nextPathValue = 0
        for parameter in signature.parameters {
            switch parameter.component {
            case .path:
                guard nextPathValue < pathValues.count else { return nil }
                arguments.append(pathValues[nextPathValue])
                nextPathValue += 1
            case .query(let name):
                // The whole value of an option the route writes as one placeholder; an option mixing
                // text and placeholders cannot be taken apart from the example's value.
                guard let item = signature.queryItems.first(where: { $0.name == name }), item.value.count == 1 else { return nil }
                guard let value = decodedQuery.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame })?.value else { return nil }
                arguments.append(value)
            }
        }
        guard nextPathValue == pathValues.count else { return nil }
        // An option the route writes as fixed text (`?$expand=manager`) must be the example's too:
        // an example asking for another value is not this route's request.
        for item in signature.queryItems {
            let literal = item.value.map { piece -> String? in
                if case .literal(let text) = piece { return text }
                return nil
            }
            guard literal.allSatisfy({ $0 != nil }) else { continue }
            let written = literal.compactMap { $0 }.joined()
            guard decodedQuery.contains(where: { $0.name.caseInsensitiveCompare(item.name) == .orderedSame && $0.value == written }) else {
                return nil
            }
        }
        let written = Set(signature.queryItems.map { $0.name.lowercased() })
        let extra = decodedQuery.filter { !written.contains($0.name.lowercased()) }
        return ExampleURLMatch(arguments: arguments, extraQuery: extra)
    }

    /// The path after the service root and version, and the raw query pairs.
    private static func split(_ url: String) -> (String, [(name: String, value: String)])? {
        var rest = Substring(url.trimmingCharacters(in: .whitespaces))
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            rest = rest[slash...]
        }
        guard rest.hasPrefix("/") else { return nil }
        let queryStart = rest.firstIndex(of: "?")
        var path = String(rest[..<(queryStart ?? rest.endIndex)])
        for version in ["/v1.0/", "/beta/"] where path.lowercased().hasPrefix(version) {
            path = String(path.dropFirst(version.count - 1))
        }
        var query: [(String, String)] = []
        if let queryStart {
            for pair in rest[rest.index(after: queryStart)...].split(separator: "&") {
                let name = pair.prefix { $0 != "=" }
                query.append((String(name), String(pair.dropFirst(name.count + 1))))
            }
        }
        return (path, query)
    }

    /// The `/`-separated segments of a template; a `/` inside braces does not split.
    private static func segments(of template: String) -> [String] {
        var result: [String] = []
        var current = ""
        var depth = 0
        for character in template.dropFirst() {
            switch character {
            case "{": depth += 1; current.append(character)
            case "}": depth = max(0, depth - 1); current.append(character)
            case "/" where depth == 0: result.append(current); current = ""
            default: current.append(character)
            }
        }
        result.append(current)
        return result
    }

    /// The placeholder values of one segment (`events` -> [], `{id}` -> [value],
    /// `lists('{id}')` -> [value]); literal text compares without case, as Graph's routing does.
    private static func matchSegment(_ template: String, _ segment: String) -> [String]? {
        var pieces: [(isPlaceholder: Bool, text: String)] = []
        var current = ""
        var inPlaceholder = false
        for character in template {
            if character == "{", !inPlaceholder {
                if !current.isEmpty { pieces.append((false, current)) }
                current = ""
                inPlaceholder = true
            } else if character == "}", inPlaceholder {
                pieces.append((true, current))
                current = ""
                inPlaceholder = false
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { pieces.append((inPlaceholder, current)) }
        var values: [String] = []
        var rest = Substring(segment)
        for (index, piece) in pieces.enumerated() {
            if !piece.isPlaceholder {
                guard rest.lowercased().hasPrefix(piece.text.lowercased()) else { return nil }
                rest = rest.dropFirst(piece.text.count)
                continue
            }
            // A placeholder runs to the next literal piece (or to the end of the segment).
            let next = pieces.dropFirst(index + 1).first { !$0.isPlaceholder }?.text
            guard let next else {
                guard !rest.isEmpty else { return nil }
                values.append(String(rest))
                rest = rest[rest.endIndex...]
                continue
            }
            guard let end = rest.range(of: next, options: [.caseInsensitive, .backwards])?.lowerBound, end > rest.startIndex else { return nil }
            values.append(String(rest[..<end]))
            rest = rest[end...]
        }
        return rest.isEmpty ? values : nil
    }
}
