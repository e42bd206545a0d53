import Foundation

/// A documented Microsoft Graph route path, such as
/// `/users/{id | userPrincipalName}/authentication/phoneMethods`, that example URLs can be matched against.
///
/// A template is a list of `/`-separated segments. Each segment is a sequence of literal text and
/// placeholders (`{id}`, `{id | userPrincipalName}`, `<address>`), so function segments such as
/// `getEmailActivityCounts(period='{period_value}')` and keys such as `{id}.json` need no special
/// case. OData path items (`$ref`, `$value`, `$count`) and type casts (`microsoft.graph.user`) are
/// literals. A placeholder that follows a segment ending in `:` (`root:/{item-path}:/content`) stands
/// for a drive item path and may span several URL segments. A query string in the template is kept
/// but not used for matching: example URLs may always add query options.
public struct RouteTemplate: Sendable, Hashable, CustomStringConvertible {
    /// A part of a segment: literal text or a placeholder.
    public enum Piece: Sendable, Hashable {
        case literal(String)
        /// A placeholder and the alternative names it lists (`{id | userPrincipalName}` gives two).
        case placeholder([String])
    }

    /// One `/`-separated part of the path.
    public struct Segment: Sendable, Hashable {
        public var pieces: [Piece]
        /// Whether this segment may match several URL segments (a colon-delimited item path).
        public var spansPath: Bool

        public init(pieces: [Piece], spansPath: Bool = false) {
            self.pieces = pieces
            self.spansPath = spansPath
        }

        /// Whether the segment is a single placeholder (`{item-id}`).
        public var isPlaceholderOnly: Bool {
            guard pieces.count == 1, case .placeholder = pieces[0] else { return false }
            return true
        }

        /// The segment's text when it holds no placeholder.
        public var literalText: String? {
            guard pieces.count == 1, case .literal(let text) = pieces[0] else { return pieces.isEmpty ? "" : nil }
            return text
        }
    }

    /// Why a route path could not be read.
    public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        case empty
        case notAPath(String)
        case unbalanced(character: Character, offset: Int)

        public var description: String {
            switch self {
            case .empty: "the route path is empty"
            case .notAPath(let text): "expected a path starting with '/', found '\(text)'"
            case .unbalanced(let character, let offset): "unbalanced '\(character)' at offset \(offset)"
            }
        }
    }

    /// The path as written (trimmed).
    public let text: String
    public let segments: [Segment]
    /// The template's query string without `?`, when it has one.
    public let query: String?

    /// Reads a route path. Accepts a leading version segment (`/v1.0/me`) and drops it, since example
    /// URLs are matched without their version too.
    public init(_ path: String) throws(ParseError) {
        var trimmed = String(path.trimmingHorizontalSpace())
        guard !trimmed.isEmpty else { throw .empty }
        // Some pages write the route with the service root; the path after the host is the template.
        // A path (`/...`) has no scheme before it; only other text is searched for one.
        if !trimmed.hasPrefix("/"), let scheme = trimmed.firstRange(of: "://"), trimmed[..<scheme.lowerBound].allSatisfy(\.isLetter) {
            let afterHost = trimmed[scheme.upperBound...].firstIndex(of: "/") ?? trimmed.endIndex
            trimmed = String(trimmed[afterHost...])
            guard !trimmed.isEmpty else { throw .notAPath(path) }
        }
        guard trimmed.hasPrefix("/") else { throw .notAPath(trimmed) }
        try Self.checkBalance(trimmed)
        // Placeholders may hold `?` or `/` only in pathological text; split the query first at the first
        // `?` outside braces so `{id}` text stays intact.
        let (pathPart, query) = Self.splitQuery(trimmed)
        var rawSegments = Self.splitPath(pathPart)
        if let first = rawSegments.first, GraphRequestURL.isVersion(first) { rawSegments.removeFirst() }
        var segments: [Segment] = []
        for raw in rawSegments {
            let pieces = Self.pieces(of: Self.placeholderArguments(raw))
            let followsColon = segments.last.map { Self.endsWithColon($0) } ?? false
            let startsWithPlaceholder: Bool
            if case .placeholder = pieces.first { startsWithPlaceholder = true } else { startsWithPlaceholder = false }
            segments.append(Segment(pieces: pieces, spansPath: followsColon && startsWithPlaceholder))
        }
        self.text = trimmed
        self.segments = segments
        self.query = query
    }

    public var description: String { text }

    /// Whether an example URL (absolute or relative, with or without a version) addresses this route.
    public func matches(_ url: String) -> Bool {
        matches(GraphRequestURL(url))
    }

    /// Whether the path of `url` addresses this route. Host, version and query are not compared.
    public func matches(_ url: GraphRequestURL) -> Bool {
        Self.match(segments[...], url.pathSegments[...])
    }

    // MARK: Matching

    private static func match(_ template: ArraySlice<Segment>, _ url: ArraySlice<String>) -> Bool {
        guard let first = template.first else { return url.isEmpty || isODataSuffix(url) }
        if first.spansPath {
            // A drive item path: try every split, shortest first, so `:/content` after it still matches.
            var consumed = 1
            while consumed <= url.count {
                let joined = url.prefix(consumed).joined(separator: "/")
                if matchPieces(first.pieces[...], Substring(joined)),
                   match(template.dropFirst(), url.dropFirst(consumed)) {
                    return true
                }
                consumed += 1
            }
            return false
        }
        guard let segment = url.first else { return false }
        // Graph's `root` alias addresses a drive item: `/drive/root/children` is `/drive/items/{id}/children`.
        if first.literalText?.lowercased() == "items", template.count >= 2,
           template[template.index(after: template.startIndex)].isPlaceholderOnly, segment.lowercased() == "root",
           match(template.dropFirst(2), url.dropFirst()) {
            return true
        }
        return matchSegment(first, segment) && match(template.dropFirst(), url.dropFirst())
    }

    /// What OData allows after any collection or entity route: a type cast (`microsoft.graph.group`),
    /// then `$count` (or `$value`, `$ref`, which routes usually spell out): `/transitiveMemberOf/microsoft.graph.group/$count`.
    private static func isODataSuffix(_ rest: ArraySlice<String>) -> Bool {
        var rest = rest
        if let cast = rest.first, cast.lowercased().hasPrefix("microsoft.graph."), !cast.contains("(") { rest = rest.dropFirst() }
        if let last = rest.first, rest.count == 1, last == "$count" { rest = rest.dropFirst() }
        return rest.isEmpty
    }

    private static func matchSegment(_ template: Segment, _ segment: String) -> Bool {
        if matchPieces(template.pieces[...], Substring(segment)) { return true }
        // OData lets functions and actions be namespace-qualified, and parameterless functions may be
        // written with or without `()`; documentation uses both spellings for the same route.
        let unqualified = stripNamespace(segment)
        if unqualified != segment[...], matchPieces(template.pieces[...], unqualified) { return true }
        if let text = template.literalText, text.hasSuffix("()") || unqualified.hasSuffix("()") {
            let bare = text.hasSuffix("()") ? text.dropLast(2) : text[...]
            let urlBare = unqualified.hasSuffix("()") ? unqualified.dropLast(2) : unqualified
            if !bare.isEmpty, bare.lowercased() == urlBare.lowercased() { return true }
        }
        return false
    }

    /// Glob-style matching: literals compare case-insensitively (Graph paths are case-insensitive),
    /// a placeholder matches one or more characters.
    private static func matchPieces(_ pieces: ArraySlice<Piece>, _ text: Substring) -> Bool {
        guard let first = pieces.first else { return text.isEmpty }
        switch first {
        case .literal(let literal):
            guard text.count >= literal.count else { return false }
            let head = text.prefix(literal.count)
            guard head.lowercased() == literal.lowercased() else { return false }
            return matchPieces(pieces.dropFirst(), text.dropFirst(literal.count))
        case .placeholder:
            if pieces.count == 1 { return !text.isEmpty }
            var index = text.startIndex
            while index < text.endIndex {
                index = text.index(after: index)
                if matchPieces(pieces.dropFirst(), text[index...]) { return true }
            }
            return false
        }
    }

    private static func stripNamespace(_ segment: String) -> Substring {
        let prefix = "microsoft.graph."
        guard segment.count > prefix.count, segment.lowercased().hasPrefix(prefix), segment.contains("(") else {
            return segment[...]
        }
        return segment.dropFirst(prefix.count)
    }

    // MARK: Parsing

    private static func endsWithColon(_ segment: Segment) -> Bool {
        if case .literal(let text) = segment.pieces.last { return text.hasSuffix(":") }
        return false
    }

    /// Braces and parentheses must pair up; quoted function arguments may hold anything.
    static func checkBalance(_ text: String) throws(ParseError) {
        var stack: [(Character, Int)] = []
        var inQuote = false
        for (offset, character) in text.enumerated() {
            if inQuote {
                if character == "'" { inQuote = false }
                continue
            }
            switch character {
            case "'" where stack.last?.0 == "(":
                inQuote = true
            case "{", "(":
                stack.append((character, offset))
            case "}", ")":
                let opener: Character = character == "}" ? "{" : "("
                guard let last = stack.last, last.0 == opener else {
                    throw .unbalanced(character: character, offset: offset)
                }
                stack.removeLast()
            default:
                break
            }
        }
        if let open = stack.last { throw .unbalanced(character: open.0, offset: open.1) }
        if inQuote { throw .unbalanced(character: "'", offset: text.count - 1) }
    }

    static func splitQuery(_ text: String) -> (Substring, String?) {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "{": depth += 1
            case "}": depth -= 1
            case "?" where depth == 0:
                return (text[..<index], String(text[text.index(after: index)...]))
            default: break
            }
        }
        return (text[...], nil)
    }

    /// Splits at `/` outside braces and parentheses (function arguments may hold `/`).
    static func splitPath(_ path: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in path {
            switch character {
            case "{", "(": depth += 1; current.append(character)
            case "}", ")": depth -= 1; current.append(character)
            case "/" where depth <= 0:
                if !current.isEmpty { parts.append(current) }
                current = ""
            default: current.append(character)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// Function arguments in a route are always stand-ins (`period='D7'`, `includePersonalNotebooks=
    /// includePersonalNotebooks-value`), so each argument value becomes a placeholder: `f(a='x',b=1)`
    /// reads as `f(a='{x}',b={1})`. Values that already are placeholders are kept.
    static func placeholderArguments(_ segment: String) -> String {
        guard let open = segment.firstIndex(of: "("), segment.hasSuffix(")"), segment.index(after: open) < segment.endIndex else {
            return segment
        }
        let inner = segment[segment.index(after: open)..<segment.index(before: segment.endIndex)]
        guard !inner.isEmpty else { return segment }
        var arguments: [Substring] = []
        var start = inner.startIndex
        var inQuote = false
        var depth = 0
        for index in inner.indices {
            switch inner[index] {
            case "'": inQuote.toggle()
            case "{" where !inQuote, "(" where !inQuote: depth += 1
            case "}" where !inQuote, ")" where !inQuote: depth -= 1
            case "," where !inQuote && depth == 0:
                arguments.append(inner[start..<index])
                start = inner.index(after: index)
            default: break
            }
        }
        arguments.append(inner[start...])
        let rewritten = arguments.map { argument -> String in
            let (key, value): (Substring, Substring)
            if let equals = argument.firstIndex(of: "=") {
                (key, value) = (argument[...equals], argument[argument.index(after: equals)...])
            } else {
                (key, value) = (argument[argument.startIndex..<argument.startIndex], argument)
            }
            let trimmed = value.trimmingHorizontalSpace()
            if trimmed.isEmpty || trimmed.contains("{") || trimmed.contains("<") { return String(argument) }
            if trimmed.count >= 2, trimmed.hasPrefix("'"), trimmed.hasSuffix("'") {
                return "\(key)'{\(trimmed.dropFirst().dropLast())}'"
            }
            return "\(key){\(trimmed)}"
        }
        return String(segment[...open]) + rewritten.joined(separator: ",") + ")"
    }

    private static func pieces(of segment: String) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var placeholder: String?
        var closer: Character = "}"
        for character in segment {
            if var open = placeholder {
                if character == closer {
                    let names = open.split(separator: "|").map { String($0.trimmingHorizontalSpace()) }
                    pieces.append(.placeholder(names.filter { !$0.isEmpty }))
                    placeholder = nil
                } else {
                    open.append(character)
                    placeholder = open
                }
            } else if character == "{" || (character == "<" && segment.contains(">")) {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                placeholder = ""
                closer = character == "{" ? "}" : ">"
            } else {
                literal.append(character)
            }
        }
        if let open = placeholder { literal += (closer == "}" ? "{" : "<") + open }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }
}

/// An example request URL split into the parts route matching and root checks need.
///
/// `https://graph.microsoft.com/beta/users/kim%40contoso.com/authentication?$select=id` gives scheme
/// `https`, host `graph.microsoft.com`, version `beta`, path segments `users`, `kim@contoso.com`,
/// `authentication`, and the query. A relative URL (`/me/events`) has no scheme or host.
public struct GraphRequestURL: Sendable, Hashable {
    /// Hosts that serve Microsoft Graph (the global service and the national clouds).
    public static let graphHosts: Set<String> = [
        "graph.microsoft.com", "canary.graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us",
        "microsoftgraph.chinacloudapi.cn", "graph.microsoft.de",
    ]

    public var scheme: String?
    public var host: String?
    /// `v1.0` or `beta` when the path starts with one.
    public var version: String?
    /// The path segments after the version, percent-decoded.
    public var pathSegments: [String]
    public var query: String?
    /// The path as written, before decoding (after the host).
    public var rawPath: String

    public init(_ text: String) {
        var rest = text.trimmingHorizontalSpace()
        // A request line may end with the protocol version.
        if rest.hasSuffix(" HTTP/1.1") { rest = rest.dropLast(9) }
        if let range = rest.firstRange(of: "://") {
            scheme = String(rest[..<range.lowerBound]).lowercased()
            rest = rest[range.upperBound...]
            let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "\\" } ?? rest.endIndex
            host = String(rest[..<hostEnd]).lowercased()
            rest = rest[hostEnd...]
        }
        var path = rest
        if let question = rest.firstIndex(of: "?") {
            path = rest[..<question]
            query = String(rest[rest.index(after: question)...])
        }
        rawPath = String(path)
        var segments = path.split(separator: "/", omittingEmptySubsequences: true).map {
            // Most segments hold no escape; Foundation's decoding is the slow part of reading a URL.
            $0.utf8.contains(UInt8(ascii: "%")) ? String($0).removingPercentEncoding ?? String($0) : String($0)
        }
        if let first = segments.first, Self.isVersion(first) {
            version = first.lowercased()
            segments.removeFirst()
        }
        pathSegments = segments
    }

    /// Whether the URL is relative (no host) or names a Graph host and a version, which is what a
    /// reader can paste into Graph Explorer.
    public var isGraphRoot: Bool {
        guard let host else { return true }
        return Self.graphHosts.contains(host) && version != nil && (scheme == "https" || scheme == "http")
    }

    /// Whether the URL names a Graph host, or a host that looks like a mistyped one. Other hosts are
    /// services the docs show Graph calling (a bot's callback, a webhook), not Graph requests.
    public var isGraphHost: Bool {
        guard let host else { return false }
        return Self.graphHosts.contains(host) || host.contains("graph")
    }

    /// The service's versions match case-insensitively (`V1.0` works).
    static func isVersion(_ segment: some StringProtocol) -> Bool {
        let lowered = segment.lowercased()
        return lowered == "v1.0" || lowered == "beta"
    }
}
