import Foundation

/// The two renderings of the IR that `graphdoc ir` prints.
public enum IRRendering {
    /// The IR as deterministic JSON (sorted keys, pretty-printed, trailing newline). Byte for byte what
    /// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` writes, but
    /// written by ``SortedJSONWriter`` and with the elements of the top-level arrays on all cores.
    public static func json(_ model: ApiModel) throws -> String {
        String(decoding: try jsonData(model), as: UTF8.self)
    }

    /// ``json(_:)`` as UTF-8 bytes, without the round trip through `String` (the IR of the whole
    /// reference is tens of megabytes).
    public static func jsonData(_ model: ApiModel) throws -> Data {
        let members: [(String, [UInt8])] = [
            ("diagnostics", try array(model.diagnostics)),
            ("enums", try array(model.enums)),
            ("formatVersion", Array(String(model.formatVersion).utf8)),
            ("operations", try array(model.operations)),
            ("pages", try array(model.pages)),
            ("types", try array(model.types)),
        ]
        var output = Data(capacity: members.reduce(16) { $0 + $1.1.count + $1.0.utf8.count + 8 })
        output.append(contentsOf: Array("{\n".utf8))
        for (index, member) in members.enumerated() {
            if index > 0 { output.append(contentsOf: Array(",\n".utf8)) }
            output.append(contentsOf: Array("  \"\(member.0)\" : ".utf8))
            output.append(contentsOf: member.1)
        }
        output.append(contentsOf: Array("\n}\n".utf8))
        return output
    }

    /// An array value as it appears at depth one of the pretty-printed object, its elements
    /// written on all cores.
    private static func array<T: Encodable & Sendable>(_ items: [T]) throws -> [UInt8] {
        // JSONEncoder writes an empty array as "[", a blank line, and the closing bracket indented.
        guard !items.isEmpty else { return Array("[\n\n  ]".utf8) }
        let elements = try items.concurrentMap { item in
            Result { try SortedJSONWriter.encode(item, depth: 2) }
        }.map { try $0.get() }
        var output: [UInt8] = []
        output.reserveCapacity(elements.reduce(8) { $0 + $1.count + 6 })
        output.append(contentsOf: "[\n".utf8)
        for (index, element) in elements.enumerated() {
            if index > 0 { output.append(contentsOf: ",\n".utf8) }
            output.append(contentsOf: "    ".utf8)
            output.append(contentsOf: element)
        }
        output.append(contentsOf: "\n  ]".utf8)
        return output
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
