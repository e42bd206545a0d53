import Foundation

/// The two renderings of the IR that `graphdoc ir` prints.
public enum IRRendering {
    /// The IR as deterministic JSON (sorted keys, pretty-printed, trailing newline). Byte for byte what
    /// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` writes, but the
    /// elements of the top-level arrays are encoded on all cores.
    public static func json(_ model: ApiModel) throws -> String {
        let members: [(String, String)] = [
            ("diagnostics", try array(model.diagnostics)),
            ("enums", try array(model.enums)),
            ("formatVersion", String(model.formatVersion)),
            ("operations", try array(model.operations)),
            ("pages", try array(model.pages)),
            ("types", try array(model.types)),
        ]
        return "{\n" + members.map { "  \"\($0.0)\" : \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// An array value as it appears at depth one of the pretty-printed object.
    private static func array<T: Encodable & Sendable>(_ items: [T]) throws -> String {
        // JSONEncoder writes an empty array as "[", a blank line, and the closing bracket indented.
        guard !items.isEmpty else { return "[\n\n  ]" }
        let texts = try encodeConcurrently(items)
        // JSON strings hold no raw line breaks, so every line of an element is a line of layout;
        // blank lines (inside empty arrays) stay blank.
        let indented = texts.map { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        }
        return "[\n" + indented.joined(separator: ",\n") + "\n  ]"
    }

    private static func encodeConcurrently<T: Encodable & Sendable>(_ items: [T]) throws -> [String] {
        try items.concurrentMap { item in
            Result { String(decoding: try encoder().encode(item), as: UTF8.self) }
        }.map { try $0.get() }
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
