import Foundation

/// The report as JSON (``DiffReport``'s fields: `formatVersion`, `semverBump`, `changes` with
/// `rule`, `impact`, `swiftBump`, `element`, `kind`, `name`, `target`, `message`, `old`, `new`),
/// sorted keys, so that two runs over the same input are byte-identical.
public enum DiffJSONReporter {
    public static func render(_ report: DiffReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
