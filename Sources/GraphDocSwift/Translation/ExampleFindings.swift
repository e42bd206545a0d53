import GraphDocIR

/// Documentation findings (from the linter, handed over as plain ``Diagnostic`` values) sorted onto
/// the example messages they are about, so generated tests can expect them as known issues.
///
/// A finding belongs to a message when it is in the message's file, at or after the message's first
/// line and before the next message of that file starts, and its subject (when it has one) names the
/// message's example. `$ref` route findings sit on the route line; they belong to the requests of
/// their page that use the route's method.
public struct ExampleFindings: Sendable {
    /// Rules whose findings predict a validation issue, with the kind.
    public static let validationRules: [String: String] = [
        RuleID.examplePlaceholderValue.id: "value", RuleID.exampleEnumValueUnknown.id: "value",
        RuleID.examplePropertyTypeMismatch.id: "value", RuleID.exampleReadOnlyProperty.id: "readOnly",
        RuleID.exampleRequiredPropertyMissing.id: "required",
    ]
    /// Rules whose findings predict that the request URL matches no route.
    public static let routeRules: Set<String> = [
        RuleID.routeExampleUnmatched.id, RuleID.routeExampleRoot.id, RuleID.routeExampleMethodMismatch.id,
    ]
    public static let jsonRule = RuleID.exampleJSONInvalid.id
    /// The rule whose findings predict that the example's status is not the documented one.
    public static let statusRule = RuleID.exampleStatusMismatch.id
    /// The rule whose findings predict that a response stated as a collection is one object.
    public static let collectionRule = RuleID.exampleResponseNotCollection.id
    public static let referenceRule = RuleID.routeRefWithObjectBody.id
    public static let malformedRouteRule = RuleID.routeMalformed.id

    private let byFile: [String: [Diagnostic]]
    /// First lines of every example message, by file, sorted.
    private let messageStarts: [String: [Int]]

    /// Indexes `findings` against the example messages of `model` (English and translated pages).
    public init(findings: [Diagnostic], model: ApiModel) {
        byFile = Dictionary(grouping: findings.filter { Self.isRelevant($0.rule) }, by: \.file)
        var starts: [String: Set<Int>] = [:]
        for operation in model.operations {
            let examples = operation.examples + operation.translations.flatMap(\.examples)
            for example in examples {
                for message in [example.request, example.response].compactMap({ $0 }) {
                    starts[message.source.file, default: []].insert(message.source.line)
                }
            }
        }
        messageStarts = starts.mapValues { $0.sorted() }
    }

    static func isRelevant(_ rule: String) -> Bool {
        validationRules[rule] != nil || routeRules.contains(rule) || rule == jsonRule || rule == referenceRule || rule == statusRule
            || rule == collectionRule
            || rule == malformedRouteRule
    }

    /// The findings about `message` of example `exampleName`, sorted by line and rule.
    public func findings(for message: HttpMessage, exampleName: String) -> [Diagnostic] {
        let file = message.source.file
        let start = message.source.line
        let end = messageStarts[file]?.first { $0 > start } ?? Int.max
        return (byFile[file] ?? []).filter { finding in
            guard finding.rule != Self.referenceRule, finding.rule != Self.malformedRouteRule, finding.line >= start, finding.line < end else { return false }
            // The location decides; a subject that names another example's message (`other/request/x`)
            // excludes it. Other subjects (`status 200:trailing comma`, or a URL when the example has
            // no name) do not name the example.
            guard let subject = finding.subject else { return true }
            let parts = subject.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count >= 2, parts[1] == "request" || parts[1] == "response" else { return true }
            return parts[0] == exampleName
        }.sorted()
    }

    /// The `route-malformed` findings of `routes` when every one of them has one (no route can be
    /// matched); otherwise none.
    public func unreadableRouteFindings(_ routes: [Route]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for route in routes {
            let onLine = (byFile[route.source.file] ?? []).filter { $0.rule == Self.malformedRouteRule && $0.line == route.source.line }
            guard !onLine.isEmpty else { return [] }
            result += onLine
        }
        return result.sorted()
    }

    /// `$ref` route findings of the page `file` for routes of `method`.
    public func referenceFindings(file: String, method: String, exampleName: String) -> [Diagnostic] {
        let prefix = "\(exampleName)/request/\(method.uppercased()) "
        return (byFile[file] ?? []).filter { finding in
            finding.rule == Self.referenceRule && (finding.subject ?? "").hasPrefix(prefix)
        }.sorted()
    }

    /// The JSON path a validation finding is about (`inference.confidenceScore`, `value[0].type`,
    /// `allowedAudiences[1]`): its subject after `<example>/<role>/`, without an `=value` suffix.
    public static func path(of finding: Diagnostic, exampleName: String) -> String? {
        guard let subject = finding.subject else { return nil }
        for role in ["request", "response"] {
            let prefix = exampleName + "/" + role + "/"
            guard subject.hasPrefix(prefix) else { continue }
            let rest = subject.dropFirst(prefix.count)
            return String(rest.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? rest)
        }
        return nil
    }

    /// `"<rule-id> at <file>:<line>: <message>"`, what a known issue's comment says.
    public static func comment(for findings: [Diagnostic]) -> String {
        findings.map { "\($0.rule) at \($0.file):\($0.line): \($0.message)" }.joined(separator: "\n")
    }
}
