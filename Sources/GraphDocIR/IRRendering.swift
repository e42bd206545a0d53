import Foundation

/// The two renderings of the IR that `graphdoc ir` prints.
public enum IRRendering {
    /// The IR as deterministic JSON (sorted keys, two-space indent, trailing newline).
    public static func json(_ model: ApiModel) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(model), as: UTF8.self) + "\n"
    }

    /// Counts for humans: pages by kind and locale, types, enums, operations, examples, diagnostics by rule.
    public static func summary(_ model: ApiModel) -> String {
        var lines: [String] = []
        let kinds = Dictionary(grouping: model.pages, by: \.kind.rawValue).mapValues(\.count)
        let locales = Dictionary(grouping: model.pages, by: \.locale).mapValues(\.count)
        lines.append("pages: \(model.pages.count) (\(describe(kinds))); locales: \(describe(locales))")
        let inferred = model.types.filter { $0.origin == .example }.count
        lines.append("types: \(model.types.count) (\(inferred) inferred from examples)")
        lines.append("enums: \(model.enums.count)")
        let examples = model.operations.reduce(0) { $0 + $1.examples.count }
        let routes = model.operations.reduce(0) { $0 + $1.routes.count }
        lines.append("operations: \(model.operations.count) (\(routes) routes, \(examples) examples)")
        let byRule = Dictionary(grouping: model.diagnostics, by: \.rule).mapValues(\.count)
        lines.append("diagnostics: \(model.diagnostics.count)")
        for (rule, count) in byRule.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            lines.append("  \(rule): \(count)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ counts: [String: Int]) -> String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
