import GraphDocIR

/// Builds `///` doc comment lines from a page description and its source location.
public enum DocLines {
    /// The description's lines, then `- Remark: Generated from <file>:<line>` when `source` is known.
    /// Every line, the fallback and the file name included, goes through ``SwiftEscaping``.
    public static func make(_ description: String, source: SourceLocation?, fallback: String?) -> [String] {
        var out = SwiftEscaping.docCommentLines(description)
        if out.isEmpty, let fallback { out = SwiftEscaping.docCommentLines(fallback) }
        if let source {
            if !out.isEmpty { out.append("///") }
            out.append("/// - Remark: Generated from " + SwiftEscaping.commentText("\(source.file):\(source.line)"))
        }
        return out
    }
}
