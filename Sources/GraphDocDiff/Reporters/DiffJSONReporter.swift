import Foundation

/// The report as JSON (``DiffReport``'s fields: `formatVersion`, `semverBump`, `changes` with
/// `rule`, `impact`, `swiftBump`, `element`, `kind`, `name`, `target`, `message`, `old`, `new`),
/// sorted keys, so that two runs over the same input are byte-identical.
public enum DiffJSONReporter {
    public static func render(_ report: DiffReport) throws -> String {
        String(decoding: try encoded(report), as: UTF8.self)
    }

    /// `value` as pretty-printed JSON with sorted keys and a final newline: byte-identical across
    /// runs, the one JSON spelling of every file `graphdoc diff` writes.
    static func encoded(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value) + Data("\n".utf8)
    }
}
