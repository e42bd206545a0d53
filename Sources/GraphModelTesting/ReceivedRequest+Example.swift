import Foundation
import GraphModelSupport

extension ReceivedRequest {
    /// What differs between this request and a documented example request, one sentence each;
    /// empty when this is the example's request. Compared:
    /// - the method, ignoring case;
    /// - the path, segment by segment after percent-decoding and without the version, ignoring case
    ///   as Graph does (`url` may be absolute or relative);
    /// - the query items, in any order, names ignoring case, values exactly (see
    ///   ``GraphRequestURL/queryItems``: a `+` in the example is a plus);
    /// - the body as JSON values, so key order and spacing do not matter; a `nil` or blank
    ///   `body` expects none.
    public func differences(fromExample method: String, url: String, body: String? = nil) -> [String] {
        var differences: [String] = []
        if self.method.caseInsensitiveCompare(method) != .orderedSame {
            differences.append("expected method \(method.uppercased()), found \(self.method)")
        }
        let example = GraphRequestURL(url)
        if example.pathSegments.map({ $0.lowercased() }) != pathSegments.map({ $0.lowercased() }) {
            differences.append(
                "expected path /\(example.pathSegments.joined(separator: "/")), found /\(pathSegments.joined(separator: "/"))")
        }
        differences += queryDifferences(expected: example.queryItems)
        differences += bodyDifferences(expected: body)
        return differences
    }

    private func queryDifferences(expected: [GraphQueryItem]) -> [String] {
        var unmatched = queryItems
        var missing: [GraphQueryItem] = []
        for item in expected {
            if let index = unmatched.firstIndex(where: {
                $0.name.caseInsensitiveCompare(item.name) == .orderedSame && $0.value == item.value
            }) {
                unmatched.remove(at: index)
            } else {
                missing.append(item)
            }
        }
        func listed(_ items: [GraphQueryItem]) -> String { items.map { "\($0.name)=\($0.value)" }.joined(separator: "&") }
        var differences: [String] = []
        if !missing.isEmpty { differences.append("expected query \(listed(missing)), found none such") }
        if !unmatched.isEmpty { differences.append("expected no more query items, found \(listed(unmatched))") }
        return differences
    }

    private func bodyDifferences(expected text: String?) -> [String] {
        guard let text, !text.allSatisfy(\.isWhitespace) else {
            return body.isEmpty ? [] : ["expected no body, found \(body.count) bytes: \(bodyText.prefix(200))"]
        }
        guard let expected = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else {
            return ["the example body is not JSON: \(text.prefix(200))"]
        }
        guard let found = bodyJSON else {
            return ["expected a JSON body, found \(body.isEmpty ? "none" : "'\(bodyText.prefix(200))'")"]
        }
        guard found != expected else { return [] }
        return ["expected body \(Self.compact(expected)), found \(Self.compact(found))"]
    }

    private static func compact(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
    }
}
