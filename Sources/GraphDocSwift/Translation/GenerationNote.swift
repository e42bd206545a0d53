import GraphDocIR

/// The text of a generation note, in the compiler's style so editors and CI can jump to it.
enum GenerationNote {
    /// `file:line:column: note: message`, or `note: message` when the location is unknown. The
    /// message is one line (a name from the documentation may hold a line break).
    static func text(_ message: String, at location: SourceLocation?) -> String {
        let prefix = location.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
        return SwiftEscaping.commentText(prefix + "note: " + message)
    }
}
