import Foundation

/// The checks generated example tests run against a documentation example: parse its JSON, decode
/// it into a model, re-encode it, compare, match its URL against the documented routes and sort
/// validation issues into those the docs' known defects explain and the rest.
///
/// Everything here is a pure function of its arguments (no file or network access), so generated
/// tests stay self-contained: the example text is a string literal in the test file.
public enum ExampleCheck {
    /// Parses `text` as JSON into a ``JSONValue``: strictly (RFC 8259, see ``StrictJSON``), or with
    /// `json5` by the tolerant JSON5 grammar (trailing commas, comments, unquoted keys).
    public static func json(_ text: String, json5: Bool = false) throws -> JSONValue {
        if !json5 { try StrictJSON.check(text) }
        return try decode(JSONValue.self, from: text, json5: json5)
    }

    /// Decodes `text` as a `T` with Foundation's `JSONDecoder` (JSON5 tolerated when `json5` is set).
    public static func decode<T: Decodable>(_ type: T.Type, from text: String, json5: Bool = false) throws -> T {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = json5
        return try decoder.decode(T.self, from: Data(text.utf8))
    }

    /// `value` encoded with `JSONEncoder` and read back as a ``JSONValue``, for comparison with the
    /// example it was decoded from (objects compare regardless of key order).
    public static func encoded<T: Encodable>(_ value: T) throws -> JSONValue {
        let data = try JSONEncoder().encode(value)
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// The issues of both lists, each once, in order of first appearance (the base and the derived
    /// reading of one body report their shared members alike).
    public static func union(_ first: [ValidationIssue], _ second: [ValidationIssue]) -> [ValidationIssue] {
        var seen: Set<ValidationIssue> = []
        return (first + second).filter { seen.insert($0).inserted }
    }

    /// Where `decoded`, encoded again, differs from `original`: one line per path, "lost" for what
    /// decoding dropped, "added" for what encoding invented, else both values. Empty when the round
    /// trip is exact, which is what an example test expects; numbers count as equal when they are
    /// the same `Double`, the precision of Graph's Double properties.
    public static func roundTripDifferences<T: Encodable>(_ decoded: T, _ original: JSONValue) throws -> [String] {
        var differences: [String] = []
        collectDifferences(try encoded(decoded), original, path: "", into: &differences)
        return differences
    }

    private static func collectDifferences(_ encoded: JSONValue, _ original: JSONValue, path: String, into differences: inout [String]) {
        switch (encoded, original) {
        case (.object(let mine), .object(let theirs)):
            for key in Set(mine.keys).union(theirs.keys).sorted() {
                let child = path.isEmpty ? key : "\(path).\(key)"
                switch (mine[key], theirs[key]) {
                case (let a?, let b?): collectDifferences(a, b, path: child, into: &differences)
                case (nil, let b?): differences.append("\(child): lost \(text(b))")
                case (let a?, nil): differences.append("\(child): added \(text(a))")
                case (nil, nil): break
                }
            }
        case (.array(let mine), .array(let theirs)) where mine.count == theirs.count:
            for (offset, pair) in zip(mine, theirs).enumerated() {
                collectDifferences(pair.0, pair.1, path: "\(path)[\(offset)]", into: &differences)
            }
        case (.number(let mine), .number(let theirs)) where mine.doubleValue == theirs.doubleValue:
            // A Double property keeps the nearest Double: 47.640568390488626 comes back as
            // 47.640568390488625, the same Double, which is no loss the model could avoid.
            break
        default:
            if encoded != original { differences.append("\(path.isEmpty ? "(body)" : path): \(text(original)) became \(text(encoded))") }
        }
    }

    /// Compact JSON text of a value, for messages.
    private static func text(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
    }

    /// Whether `url` (absolute or relative; host, version and query string ignored) addresses one
    /// of `routes` documented for `method`. A URL whose root is not Graph's (a mistyped host, a
    /// missing version, a `docs\api` path) matches nothing.
    public static func routeMatches(method: String, url: String, routes: [GraphRoute]) -> Bool {
        let request = GraphRequestURL(url)
        guard request.isGraphRoot, !request.rawPath.contains("\\") else { return false }
        return routes.contains { route in
            guard route.method.uppercased() == method.uppercased(), let template = try? RouteTemplate(route.template) else {
                return false
            }
            return template.matches(request)
        }
    }

    /// Whether `body` is what a `$ref` route takes: an object of `@odata.id` (and optionally
    /// `@odata.type`) only.
    public static func isReference(_ body: JSONValue) -> Bool {
        guard let members = body.objectValue, members.keys.contains(where: { $0.hasPrefix("@odata.id") }) else { return false }
        return members.keys.allSatisfy { $0.hasPrefix("@odata.id") || $0 == "@odata.type" }
    }

    /// Whether `body` is a collection page: an object with a `value` array.
    public static func isCollectionPage(_ body: JSONValue) -> Bool {
        guard case .array = body["value"] else { return false }
        return body.objectValue != nil
    }

    /// The `@odata.type` of an object body without its leading `#`, or `nil`.
    public static func odataType(of body: JSONValue) -> String? {
        body["@odata.type"]?.stringValue.map(ODataType.normalized)
    }

    /// The issues `pattern` describes.
    public static func issues(_ issues: [ValidationIssue], matching pattern: IssuePattern) -> [ValidationIssue] {
        issues.filter(pattern.matches)
    }

    /// The issues none of `patterns` describes: those no known documentation defect explains.
    public static func issues(_ issues: [ValidationIssue], notMatching patterns: [IssuePattern]) -> [ValidationIssue] {
        issues.filter { issue in !patterns.contains { $0.matches(issue) } }
    }

    /// Describes the validation issues one known documentation defect causes: where (a JSON path
    /// such as `inference.confidenceScore` or `value[0].phoneType`) and of which kind.
    public struct IssuePattern: Hashable, Sendable {
        /// The kinds of defect a documentation finding can predict.
        public enum Kind: String, Hashable, Sendable {
            /// A read-only property sent in a request.
            case readOnly
            /// A required property missing from a request.
            case required
            /// A wrong value: not an enum member, the wrong JSON type, a bad format or limit.
            case value
        }

        public var path: String
        public var kind: Kind

        public init(_ path: String, _ kind: Kind) {
            self.path = path
            self.kind = kind
        }

        /// Whether `issue` is at this path (or inside it, or is the container of it) and of this kind.
        public func matches(_ issue: ValidationIssue) -> Bool {
            let kindMatches: Bool
            switch kind {
            case .readOnly: kindMatches = issue.rule == .readOnly
            case .required: kindMatches = issue.rule == .required
            case .value: kindMatches = issue.rule != .readOnly && issue.rule != .required
            }
            return kindMatches && (Self.contains(path, issue.path) || Self.contains(issue.path, path))
        }

        /// Whether `inner` is `outer` or a path below it (`a` contains `a.b` and `a[0]`).
        static func contains(_ outer: String, _ inner: String) -> Bool {
            guard inner.hasPrefix(outer) else { return false }
            if outer.isEmpty || inner.count == outer.count { return true }
            let next = inner[inner.index(inner.startIndex, offsetBy: outer.count)]
            return next == "." || next == "["
        }
    }
}
