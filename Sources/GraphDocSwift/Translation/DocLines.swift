import Foundation
import GraphDocIR

/// Builds `///` doc comment lines from a page description and its source location.
public enum DocLines {
    /// The description's lines, then `- Remark: Generated from <file>:<line>` when `source` is known.
    public static func make(_ description: String, source: SourceLocation?, fallback: String?) -> [String] {
        var lines = description.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        if lines.isEmpty, let fallback { lines = [fallback] }
        var out = lines.map { $0.isEmpty ? "///" : "/// " + $0 }
        if let source {
            if !out.isEmpty { out.append("///") }
            out.append("/// - Remark: Generated from \(source.file):\(source.line)")
        }
        return out
    }
}

