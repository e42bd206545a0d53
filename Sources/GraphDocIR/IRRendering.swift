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
        let pieces = try jsonPieces(model)
        var output = Data(capacity: pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { output.append(contentsOf: piece) }
        return output
    }

    /// ``jsonData(_:)`` as consecutive pieces, for writing out without first joining tens of
    /// megabytes into one buffer. The elements of the top-level arrays are written on all cores,
    /// a run of elements per piece.
    public static func jsonPieces(_ model: ApiModel) throws -> [[UInt8]] {
        var pieces: [[UInt8]] = [Array("{\n".utf8)]
        func member(_ name: String, first: Bool = false, _ value: () throws -> [[UInt8]]) rethrows {
            pieces.append(Array("\(first ? "" : ",\n")  \"\(name)\" : ".utf8))
            pieces += try value()
        }
        try member("diagnostics", first: true) { try array(model.diagnostics) }
        try member("enums") { try array(model.enums) }
        member("formatVersion") { [Array(String(model.formatVersion).utf8)] }
        try member("operations") { try array(model.operations) }
        try member("pages") { try array(model.pages) }
        try member("types") { try array(model.types) }
        pieces.append(Array("\n}\n".utf8))
        return pieces
    }

    /// An array value as it appears at depth one of the pretty-printed object.
    private static func array<T: Encodable & Sendable>(_ items: [T]) throws -> [[UInt8]] {
        // JSONEncoder writes an empty array as "[", a blank line, and the closing bracket indented.
        guard !items.isEmpty else { return [Array("[\n\n  ]".utf8)] }
        let runCount = min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let runLength = (items.count + runCount - 1) / runCount
        let runs = stride(from: 0, to: items.count, by: runLength).map { $0..<min(items.count, $0 + runLength) }
        let elements = try runs.concurrentMap { run in
            Result { try SortedJSONWriter.encodeElements(items[run], depth: 2) }
        }.map { try $0.get() }
        var pieces: [[UInt8]] = [Array("[\n".utf8)]
        for (index, run) in elements.enumerated() {
            if index > 0 { pieces.append(Array(",\n".utf8)) }
            pieces.append(run)
        }
        pieces.append(Array("\n  ]".utf8))
        return pieces
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
